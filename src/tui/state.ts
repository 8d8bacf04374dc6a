/**
 * The explorer's state and its pure reducer (the Elm update). Views keep their own slices; actions are named
 * after intents. Data (reports, indicators) is not state: it arrives as props and bounds come in the actions.
 */
import {SORT_KEYS, type SortKey} from '../core/filter.js';
import type {RowStatus} from '../core/diff/diff.js';
import {moveCursor} from './list-state.js';
import type {ListAction} from './keys.js';

export type View = 'sections' | 'indicators' | 'diff';
export const VIEW_ORDER: readonly View[] = ['sections', 'indicators', 'diff'];
export type StatusFilter = 'all' | RowStatus;
export const STATUS_ORDER: readonly StatusFilter[] = ['all', 'changed', 'added', 'removed', 'unchanged'];

export interface TextBox {
	readonly value: string;
	readonly editing: boolean;
}

export interface State {
	readonly view: View;
	/** Index into the years of the current region, ascending. */
	readonly yearIndex: number;
	readonly showHelp: boolean;
	readonly sections: {
		readonly cursor: number;
		readonly expanded: readonly string[];
		readonly pane: 'tree' | 'text';
		/** Selected figure in the text pane. */
		readonly figure: number;
		readonly search: TextBox;
	};
	readonly indicators: {
		readonly cursor: number;
		readonly filter: TextBox;
		readonly sort: SortKey;
		readonly desc: boolean;
	};
	/** `pair`: indices (into the years) of the two reports compared, earlier first. */
	readonly diff: {
		readonly cursor: number;
		readonly filter: TextBox;
		readonly status: StatusFilter;
		readonly pair: readonly [number, number];
	};
}

export type Action =
	| {type: 'showView'; view: View}
	| {type: 'nextView'}
	| {type: 'toggleHelp'}
	| {type: 'cycleYear'; years: number}
	| {type: 'sectionsMove'; move: ListAction; count: number; page: number}
	| {type: 'figureMove'; move: ListAction; count: number; page: number}
	| {type: 'expand'; id: string}
	| {type: 'collapse'; id: string; cursor: number}
	| {type: 'setPane'; pane: 'tree' | 'text'}
	| {type: 'selectSection'; cursor: number; expanded?: string}
	| {type: 'editText'; box: 'search' | 'indicators' | 'diff'; value: string}
	| {type: 'startEditing'; box: 'search' | 'indicators' | 'diff'}
	| {type: 'stopEditing'; box: 'search' | 'indicators' | 'diff'; keep: boolean}
	| {type: 'indicatorsMove'; move: ListAction; count: number; page: number}
	| {type: 'cycleSort'}
	| {type: 'reverse'}
	| {type: 'diffMove'; move: ListAction; count: number; page: number}
	| {type: 'cycleStatus'}
	| {type: 'shiftDiff'; by: -1 | 1; years: number}
	| {type: 'jump'; yearIndex: number; cursor: number; expanded: string};

export interface InitialOptions {
	readonly view?: View;
	readonly yearIndex: number;
	readonly filter?: string;
	/** Indices of years A and B for the diff view. */
	readonly diffPair: readonly [number, number];
}

export function createState(options: InitialOptions): State {
	const box = (value = ''): TextBox => ({value, editing: false});
	return {
		view: options.view ?? 'sections',
		yearIndex: options.yearIndex,
		showHelp: false,
		sections: {cursor: 0, expanded: [], pane: 'tree', figure: 0, search: box()},
		indicators: {cursor: 0, filter: box(options.filter), sort: 'section', desc: false},
		diff: {cursor: 0, filter: box(), status: 'all', pair: options.diffPair},
	};
}

function setBox(state: State, box: 'search' | 'indicators' | 'diff', update: (b: TextBox) => TextBox): State {
	if (box === 'search') return {...state, sections: {...state.sections, search: update(state.sections.search)}};
	if (box === 'indicators')
		return {...state, indicators: {...state.indicators, filter: update(state.indicators.filter), cursor: 0}};
	return {...state, diff: {...state.diff, filter: update(state.diff.filter), cursor: 0}};
}

export function reduce(state: State, action: Action): State {
	switch (action.type) {
		case 'showView':
			return {...state, view: action.view, showHelp: false};
		case 'nextView':
			return {...state, view: VIEW_ORDER[(VIEW_ORDER.indexOf(state.view) + 1) % VIEW_ORDER.length]!, showHelp: false};
		case 'toggleHelp':
			return {...state, showHelp: !state.showHelp};
		case 'cycleYear': {
			const yearIndex = (state.yearIndex + 1) % Math.max(1, action.years);
			return {
				...state,
				yearIndex,
				sections: {...state.sections, cursor: 0, figure: 0},
				indicators: {...state.indicators, cursor: 0},
			};
		}
		case 'sectionsMove':
			return {
				...state,
				sections: {
					...state.sections,
					cursor: moveCursor(state.sections.cursor, action.move, action.count, action.page),
					figure: 0,
				},
			};
		case 'figureMove':
			return {
				...state,
				sections: {
					...state.sections,
					figure: moveCursor(state.sections.figure, action.move, action.count, action.page),
				},
			};
		case 'expand':
			return state.sections.expanded.includes(action.id)
				? state
				: {...state, sections: {...state.sections, expanded: [...state.sections.expanded, action.id]}};
		case 'collapse':
			return {
				...state,
				sections: {
					...state.sections,
					expanded: state.sections.expanded.filter(id => id !== action.id),
					cursor: action.cursor,
				},
			};
		case 'setPane':
			return {...state, sections: {...state.sections, pane: action.pane, figure: 0}};
		case 'selectSection': {
			const expanded =
				action.expanded && !state.sections.expanded.includes(action.expanded)
					? [...state.sections.expanded, action.expanded]
					: state.sections.expanded;
			return {...state, sections: {...state.sections, cursor: action.cursor, expanded, figure: 0}};
		}
		case 'editText':
			return setBox(state, action.box, b => ({...b, value: action.value}));
		case 'startEditing':
			return setBox(state, action.box, b => ({...b, editing: true}));
		case 'stopEditing':
			return setBox(state, action.box, b => ({value: action.keep ? b.value : '', editing: false}));
		case 'indicatorsMove':
			return {
				...state,
				indicators: {
					...state.indicators,
					cursor: moveCursor(state.indicators.cursor, action.move, action.count, action.page),
				},
			};
		case 'cycleSort':
			return {
				...state,
				indicators: {
					...state.indicators,
					sort: SORT_KEYS[(SORT_KEYS.indexOf(state.indicators.sort) + 1) % SORT_KEYS.length]!,
					cursor: 0,
				},
			};
		case 'reverse':
			return {...state, indicators: {...state.indicators, desc: !state.indicators.desc, cursor: 0}};
		case 'diffMove':
			return {
				...state,
				diff: {...state.diff, cursor: moveCursor(state.diff.cursor, action.move, action.count, action.page)},
			};
		case 'cycleStatus':
			return {
				...state,
				diff: {
					...state.diff,
					status: STATUS_ORDER[(STATUS_ORDER.indexOf(state.diff.status) + 1) % STATUS_ORDER.length]!,
					cursor: 0,
				},
			};
		case 'shiftDiff': {
			// Both years move together and stay within the store: [ and ] step through the year pairs.
			const [from, to] = state.diff.pair;
			if (from + action.by < 0 || to + action.by > action.years - 1) return state;
			return {...state, diff: {...state.diff, pair: [from + action.by, to + action.by], cursor: 0}};
		}
		case 'jump':
			return reduce(
				{
					...state,
					view: 'sections',
					yearIndex: action.yearIndex,
					showHelp: false,
					sections: {...state.sections, pane: 'tree'},
				},
				{type: 'selectSection', cursor: action.cursor, expanded: action.expanded},
			);
	}
}
