/** Keys → commands: every key the help lists does something, and typing goes to the filter box first. */
import {describe, expect, test} from 'vitest';
import {keyToCommand} from '../../src/tui/controller.js';
import {DIFF_KEYS, GLOBAL_KEYS, INDICATORS_KEYS, SECTIONS_KEYS} from '../../src/tui/keys.js';
import {contextFor} from '../../src/tui/model.js';
import {createState, reduce, type State} from '../../src/tui/state.js';
import {TWO_YEARS} from './frames.js';

const base = createState({yearIndex: 1, diffPair: [0, 1], filter: ''});
const ctx = (state: State) => contextFor(TWO_YEARS, state, 40, 10);
const key = (state: State, name: string, input = name) => keyToCommand(state, ctx(state), name, input);

describe('every bound key does something', () => {
	const views = [
		['sections', SECTIONS_KEYS],
		['indicators', INDICATORS_KEYS],
		['diff', DIFF_KEYS],
	] as const;
	for (const [view, bindings] of views) {
		test(`${view} view`, () => {
			// In the text pane, or on a row that can be collapsed, the in/out keys have work to do.
			let state: State = {...base, view, indicators: {...base.indicators, cursor: 1}, diff: {...base.diff, cursor: 1}};
			state = reduce(state, {type: 'expand', id: '1'});
			state = reduce(state, {type: 'editText', box: 'search', value: '复议'});
			for (const b of [...bindings, ...GLOBAL_KEYS]) {
				for (const name of b.keys) {
					const s = b.action === 'out' ? reduce(state, {type: 'setPane', pane: 'text'}) : state;
					expect(key(s, name), `${view}: ${name} (${b.action})`).not.toBeNull();
				}
			}
		});
	}
});

describe('commands', () => {
	test('view keys win over global ones: Tab switches panes in Sections, views elsewhere', () => {
		expect(key(base, 'tab')).toEqual({type: 'setPane', pane: 'text'});
		expect(key({...base, view: 'indicators'}, 'tab')).toEqual({type: 'nextView'});
	});
	test('while a filter is edited, letters are text, not commands', () => {
		const editing = reduce({...base, view: 'indicators'}, {type: 'startEditing', box: 'indicators'});
		expect(key(editing, 'q')).toEqual({type: 'editText', box: 'indicators', value: 'q'});
		expect(key(editing, '复议')).toEqual({type: 'editText', box: 'indicators', value: '复议'});
		const typed = reduce(editing, {type: 'editText', box: 'indicators', value: '复议'});
		expect(key(typed, 'backspace', '')).toEqual({type: 'editText', box: 'indicators', value: '复'});
		expect(key(typed, 'return', '\r')).toEqual({type: 'stopEditing', box: 'indicators', keep: true});
		expect(key(typed, 'escape', '')).toEqual({type: 'stopEditing', box: 'indicators', keep: false});
		expect(key(typed, 'ctrl+c', 'c')).toEqual({type: 'quit'});
	});
	test('Enter on an indicator jumps to its section (parent expanded, cursor on the sub-section)', () => {
		const state = {
			...base,
			view: 'indicators' as const,
			indicators: {...base.indicators, filter: {value: '复议', editing: false}},
		};
		expect(key(state, 'return', '\r')).toEqual({type: 'jump', yearIndex: 1, cursor: 6, expanded: '5'});
	});
	test('n/N step through the sections that contain the search', () => {
		const state = reduce(base, {type: 'editText', box: 'search', value: '复议'});
		expect(key(state, 'n')).toEqual({type: 'selectSection', cursor: 6, expanded: '5'});
	});
	test('[ and ] move the diff between year pairs; f cycles what is shown', () => {
		expect(key({...base, view: 'diff'}, '[')).toEqual({type: 'shiftDiff', by: -1, years: 2});
		expect(key({...base, view: 'diff'}, 'f')).toEqual({type: 'cycleStatus'});
	});
	test('any key closes the help overlay; q still quits', () => {
		const help = reduce(base, {type: 'toggleHelp'});
		expect(key(help, 'x')).toEqual({type: 'toggleHelp'});
		expect(key(help, 'q')).toEqual({type: 'quit'});
	});
});
