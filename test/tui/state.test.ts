/** The explorer's reducer, action by action, without Ink. */
import {describe, expect, test} from 'vitest';
import {createState, reduce, type State} from '../../src/tui/state.js';

const initial = createState({yearIndex: 1, diffPair: [0, 1], filter: ''});
const apply = (state: State, ...actions: Parameters<typeof reduce>[1][]) => actions.reduce(reduce, state);

describe('reducer', () => {
	test('initial state', () => {
		expect(initial).toEqual({
			view: 'sections',
			yearIndex: 1,
			showHelp: false,
			sections: {cursor: 0, expanded: [], pane: 'tree', figure: 0, search: {value: '', editing: false}},
			indicators: {cursor: 0, filter: {value: '', editing: false}, sort: 'section', desc: false},
			diff: {cursor: 0, filter: {value: '', editing: false}, status: 'all', pair: [0, 1]},
		});
		expect(
			createState({view: 'indicators', yearIndex: 0, diffPair: [0, 0], filter: 'unit:件'}).indicators.filter,
		).toEqual({value: 'unit:件', editing: false});
	});

	test('showView, nextView (wraps), toggleHelp', () => {
		expect(apply(initial, {type: 'showView', view: 'diff'}).view).toBe('diff');
		expect(apply(initial, {type: 'nextView'}, {type: 'nextView'}).view).toBe('diff');
		expect(apply(initial, {type: 'nextView'}, {type: 'nextView'}, {type: 'nextView'}).view).toBe('sections');
		expect(apply(initial, {type: 'toggleHelp'}).showHelp).toBe(true);
		expect(apply(initial, {type: 'toggleHelp'}, {type: 'showView', view: 'indicators'}).showHelp).toBe(false);
	});

	test('cycleYear wraps and resets the cursors', () => {
		const moved = apply(initial, {type: 'indicatorsMove', move: 'down', count: 10, page: 5});
		const next = apply(moved, {type: 'cycleYear', years: 2});
		expect([next.yearIndex, next.indicators.cursor]).toEqual([0, 0]);
		expect(apply(next, {type: 'cycleYear', years: 2}).yearIndex).toBe(1);
	});

	test('list moves are clamped; page moves keep one row of context', () => {
		const m = (move: 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom', from = 0) =>
			apply(
				{...initial, indicators: {...initial.indicators, cursor: from}},
				{type: 'indicatorsMove', move, count: 20, page: 6},
			).indicators.cursor;
		expect([m('up'), m('down'), m('pageDown'), m('pageDown', 18), m('pageUp', 10), m('top', 9), m('bottom')]).toEqual([
			0, 1, 5, 19, 5, 0, 19,
		]);
		expect(apply(initial, {type: 'sectionsMove', move: 'bottom', count: 7, page: 20}).sections.cursor).toBe(6);
		expect(apply(initial, {type: 'figureMove', move: 'down', count: 3, page: 20}).sections.figure).toBe(1);
		expect(apply(initial, {type: 'diffMove', move: 'down', count: 0, page: 20}).diff.cursor).toBe(0);
	});

	test('expand, collapse, setPane, selectSection', () => {
		const expanded = apply(initial, {type: 'expand', id: '5'}, {type: 'expand', id: '5'});
		expect(expanded.sections.expanded).toEqual(['5']);
		expect(apply(expanded, {type: 'collapse', id: '5', cursor: 4}).sections).toMatchObject({expanded: [], cursor: 4});
		expect(apply(initial, {type: 'setPane', pane: 'text'}).sections.pane).toBe('text');
		expect(apply(initial, {type: 'selectSection', cursor: 7, expanded: '5'}).sections).toMatchObject({
			cursor: 7,
			expanded: ['5'],
			figure: 0,
		});
	});

	test('text boxes: start, edit, keep with Enter, clear with Esc', () => {
		const typing = apply(
			initial,
			{type: 'startEditing', box: 'indicators'},
			{type: 'editText', box: 'indicators', value: '复议'},
		);
		expect(typing.indicators.filter).toEqual({value: '复议', editing: true});
		expect(apply(typing, {type: 'stopEditing', box: 'indicators', keep: true}).indicators.filter).toEqual({
			value: '复议',
			editing: false,
		});
		expect(apply(typing, {type: 'stopEditing', box: 'indicators', keep: false}).indicators.filter).toEqual({
			value: '',
			editing: false,
		});
		expect(apply(initial, {type: 'startEditing', box: 'search'}).sections.search.editing).toBe(true);
		expect(apply(initial, {type: 'editText', box: 'diff', value: '率'}).diff.filter.value).toBe('率');
	});

	test('cycleSort, reverse', () => {
		expect(apply(initial, {type: 'cycleSort'}).indicators.sort).toBe('label');
		expect(apply(initial, {type: 'cycleSort'}, {type: 'cycleSort'}, {type: 'cycleSort'}).indicators.sort).toBe(
			'section',
		);
		expect(apply(initial, {type: 'reverse'}).indicators.desc).toBe(true);
	});

	test('cycleStatus and shiftDiff (both years move together and stay within the store)', () => {
		expect(apply(initial, {type: 'cycleStatus'}).diff.status).toBe('changed');
		expect(apply(initial, ...Array(5).fill({type: 'cycleStatus'})).diff.status).toBe('all');
		const latest = {...initial, diff: {...initial.diff, pair: [1, 2] as const}};
		expect(apply(latest, {type: 'shiftDiff', by: -1, years: 3}).diff.pair).toEqual([0, 1]);
		expect(
			apply(latest, {type: 'shiftDiff', by: -1, years: 3}, {type: 'shiftDiff', by: -1, years: 3}).diff.pair,
		).toEqual([0, 1]);
		expect(apply(latest, {type: 'shiftDiff', by: 1, years: 3}).diff.pair).toEqual([1, 2]);
		const apart = {...initial, diff: {...initial.diff, pair: [0, 2] as const}};
		expect(apply(apart, {type: 'shiftDiff', by: 1, years: 3}).diff.pair).toEqual([0, 2]);
	});

	test('jump opens the sections view on the section, its parent expanded', () => {
		const from = {...initial, view: 'indicators' as const, sections: {...initial.sections, pane: 'text' as const}};
		expect(apply(from, {type: 'jump', yearIndex: 0, cursor: 6, expanded: '5'})).toMatchObject({
			view: 'sections',
			yearIndex: 0,
			sections: {cursor: 6, expanded: ['5'], pane: 'tree'},
		});
	});
});

describe('initial state from the command line', () => {
	test('--diff A B picks the pair (in either order); a year not in the store is a usage error', async () => {
		const {initialOptions} = await import('../../src/tui/run.js');
		const {TWO_YEARS} = await import('./frames.js');
		const options = {view: 'diff', filter: '', lang: 'zh'} as const;
		expect(initialOptions(TWO_YEARS, {...options, diff: [2023, 2022]})).toEqual({
			view: 'diff',
			yearIndex: 1,
			filter: '',
			diffPair: [0, 1],
		});
		expect(initialOptions(TWO_YEARS, options).diffPair).toEqual([0, 1]);
		expect(() => initialOptions(TWO_YEARS, {...options, diff: [2019, 2023]})).toThrow(
			'--diff wants two different years of 晋城市 from the store (2022, 2023), e.g. --diff 2022 2023',
		);
		expect(() => initialOptions(TWO_YEARS, {...options, year: 2020})).toThrow(
			'no 晋城市 report for 2020: the store has 2022, 2023',
		);
	});
});
