/**
 * The explorer's update called directly, as glow's pager tests call its model: an event and a state in, the next
 * state and the effects out — the root routes an overlay's keys to it, then a screen's (screens/), then the
 * global keys.
 */
import {describe, expect, test} from 'vitest';
import {derive} from '../../src/tui/app/derive.js';
import {layoutOf} from '../../src/tui/app/layout.js';
import {SCREENS} from '../../src/tui/app/screens/index.js';
import {createState, type State} from '../../src/tui/app/state.js';
import {update} from '../../src/tui/app/update.js';
import {theme} from '../../src/render/theme.js';
import {CATALOGUE, TWO_YEARS} from './frames.js';

const env = {data: TWO_YEARS, catalogue: CATALOGUE, layout: layoutOf(80, 24), lang: 'en' as const, colors: theme()};
const start = (view: State['view'] = 'sections') => createState({view, yearIndex: 1, diffPair: [0, 1]});
const press = (state: State, ...names: string[]) => {
	let s = state;
	const effects = [];
	for (const name of names) {
		const r = update(s, {kind: 'key', name}, env);
		s = r.state;
		effects.push(...r.effects);
	}
	return {state: s, effects};
};

describe('update routes', () => {
	test("a screen's own key goes to that screen (j moves the Indicators cursor), a global one after it", () => {
		const {state} = press(start('indicators'), 'j', 'j');
		expect(state.indicators.cursor).toBe(2);
		expect(press(state, '3').state.view).toBe('diff');
	});

	test('an overlay takes every key: j in the picker moves nothing behind it; Esc closes it', () => {
		const opened = press(start('indicators'), 'p').state;
		expect(opened.overlay?.kind).toBe('picker');
		const after = press(opened, 'down', 'escape').state;
		expect([after.overlay, after.indicators.cursor]).toEqual([null, 0]);
	});

	test('every view is in the registry, and its status and copy come from it', () => {
		for (const view of ['sections', 'indicators', 'diff'] as const) {
			const s = start(view);
			const d = derive(env, s);
			expect(SCREENS[view].view).toBe(view);
			expect(typeof SCREENS[view].status(s, d, 'en')).toBe('string');
		}
		const s = start('indicators');
		const i = derive(env, s).indicators[0]!;
		expect(press(s, 'c').effects).toEqual([{kind: 'copy', text: `${i.label} ${i.value} ${i.unit}\t${i.sentence}`}]);
	});
});
