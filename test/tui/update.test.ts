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
import {type RegionsData, regionLines} from '../../src/tui/regions/model.js';

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
		for (const view of ['sections', 'indicators', 'diff', 'regions'] as const) {
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

describe('the Regions screen (invented figures written for this test)', () => {
	const figure = (region: string, year: number, value: number) => ({
		id: `${region}-${year}:5.1:1`,
		region,
		year,
		sectionId: '5.1',
		sectionTitle: '行政复议',
		label: '行政复议案件',
		value,
		unit: '件',
		qualifier: null,
		raw: `${value}件`,
		sentence: `办理行政复议案件${value}件。`,
		offset: 0,
	});
	const row = (region: string, code: string, level: string, parents: string, values: (number | null)[]) => ({
		body: code,
		region,
		regionCode: code,
		level,
		parents,
		figures: values.map((v, k) => (v === null ? null : figure(region, 2022 + k, v))),
	});
	const regions: RegionsData = {
		measure: {id: 'm00000001', name: '行政复议案件', unit: '件', reports: 7, regions: 4},
		year: 2023,
		years: [2022, 2023],
		rows: [
			row('晋城市', '140500', 'city', '山西省', [80, 102]),
			row('长治市', '140400', 'city', '山西省', [130, 102]),
			row('泽州县', '140525', 'county', '山西省 晋城市', [null, 40]),
			row('山西省', '140000', 'province', '', [900, 950]),
		],
	};
	const withRegions = {...env, regions};
	const loaded = (view: State['view'] = 'regions') =>
		update(start(view), {kind: 'message', message: ['', '']}, withRegions).state;
	const pressIn = (state: State, ...names: string[]) => {
		let s = state;
		const effects = [];
		for (const name of names) {
			const r = update(s, {kind: 'key', name}, withRegions);
			s = r.state;
			effects.push(...r.effects);
		}
		return {state: s, effects};
	};
	const shown = (s: State) => regionLines(regions, s.regions).map(l => `${l.rank} ${l.row.region} ${l.figure.value}`);
	const at2023 = (s: State) => ({...s, regions: {...s.regions, year: 2023}});

	test('4 shows the screen and asks the shell for its data the first time only', () => {
		expect(press(start(), '4')).toEqual({
			state: expect.objectContaining({view: 'regions'}),
			effects: [{kind: 'regions'}],
		});
		expect(pressIn(start(), '4').effects).toEqual([]);
	});

	test('ranked by value, ties sharing a rank; l keeps one level; s sorts by the change from the year before', () => {
		const s = at2023(loaded());
		expect(shown(s)).toEqual(['1 山西省 950', '2 晋城市 102', '2 长治市 102', '4 泽州县 40']);
		// Ranked among what is shown, as rank --level ranks.
		expect(shown(pressIn(s, 'l', 'l').state)).toEqual(['1 晋城市 102', '1 长治市 102']);
		expect(shown(pressIn(s, 's').state)).toEqual(['1 山西省 950', '2 长治市 102', '2 晋城市 102', '4 泽州县 40']);
	});

	test('/ filters by region or province; [ goes to the year before, with its own ranks', () => {
		const s = at2023(loaded());
		const typed = pressIn(s, '/').state;
		const filtered = update(typed, {kind: 'text', text: '晋城'}, withRegions).state;
		// Ranked within what the filter keeps, as rank --within ranks.
		expect(shown(filtered)).toEqual(['1 晋城市 102', '2 泽州县 40']);
		expect(shown(pressIn(s, '[').state)).toEqual(['1 山西省 900', '2 长治市 130', '3 晋城市 80']);
	});

	test('Enter opens the government’s report at the figure; m in Indicators takes a figure’s measure there', () => {
		const s = at2023(loaded());
		const {effects} = pressIn(s, 'j', 'return');
		expect(effects).toEqual([
			{
				kind: 'open',
				ref: {body: '140500', region: '晋城市', regionCode: '140500', year: 2023, title: ''},
				figure: figure('晋城市', 2023, 102),
			},
		]);
		const i = derive(env, start('indicators')).indicators[0]!;
		expect(press(start('indicators'), 'm')).toEqual({
			state: expect.objectContaining({view: 'regions'}),
			effects: [{kind: 'regions', figure: i}],
		});
	});
});
