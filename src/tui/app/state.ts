/**
 * The explorer's state: which screen, which year, an overlay (help, report picker, section jump, export prompt),
 * a one-line message, and each screen's own slice. The root reducer only routes an action to its slice
 * (the glow habit: the root model routes between screens).
 */
import {type DiffAction, type DiffState, createDiff, reduceDiff} from '../diff/state.js';
import {type IndicatorsAction, type IndicatorsState, createIndicators, reduceIndicators} from '../indicators/state.js';
import {moveScroll, type ListMove} from '../list.js';
import {type PickerAction, type PickerState, reducePicker} from '../picker/state.js';
import {type RegionsAction, type RegionsState, createRegions, reduceRegions} from '../regions/state.js';
import {type SectionsAction, type SectionsState, createSections, reduceSections} from '../sections/state.js';

export type View = 'sections' | 'indicators' | 'diff' | 'regions';
/** The views in the order of their keys (1, 2, 3, 4) and tabs. */
export const VIEW_ORDER: readonly View[] = ['sections', 'indicators', 'diff', 'regions'];

export type Overlay =
	| {readonly kind: 'help'; readonly scroll: number}
	| ({readonly kind: 'picker'} & PickerState)
	| {readonly kind: 'jump'; readonly value: string}
	| {readonly kind: 'export'};

/** A message in both languages, shown on the status line until the next key. */
export type Message = readonly [en: string, zh: string];

export interface State {
	readonly view: View;
	/** Index into the years of the report's body, ascending. */
	readonly yearIndex: number;
	readonly overlay: Overlay | null;
	readonly message: Message | null;
	readonly sections: SectionsState;
	readonly indicators: IndicatorsState;
	readonly diff: DiffState;
	readonly regions: RegionsState;
}

export interface InitialOptions {
	readonly view?: View;
	readonly yearIndex: number;
	readonly filter?: string;
	/** Indices of years A and B for the diff view. */
	readonly diffPair: readonly [number, number];
}

export function createState(options: InitialOptions): State {
	return {
		view: options.view ?? 'sections',
		yearIndex: options.yearIndex,
		overlay: null,
		message: null,
		sections: createSections(),
		indicators: createIndicators(options.filter),
		diff: createDiff(options.diffPair),
		regions: createRegions(),
	};
}

export type Action =
	| SectionsAction
	| IndicatorsAction
	| DiffAction
	| RegionsAction
	| PickerAction
	| {type: 'view'; view: View}
	| {type: 'year'; yearIndex: number}
	| {type: 'overlay'; overlay: Overlay | null}
	| {type: 'help/scroll'; move: ListMove; count: number; page: number}
	| {type: 'jump/value'; value: string}
	| {type: 'message'; message: Message | null}
	/** New data (another report opened, the store changed): positions are kept where they still fit. */
	| {type: 'data'; years: number; yearIndex: number; sameBody: boolean};

export function reduce(state: State, action: Action): State {
	const t = action.type;
	if (t.startsWith('sections/')) return {...state, sections: reduceSections(state.sections, action as SectionsAction)};
	if (t.startsWith('indicators/'))
		return {...state, indicators: reduceIndicators(state.indicators, action as IndicatorsAction)};
	if (t.startsWith('diff/')) return {...state, diff: reduceDiff(state.diff, action as DiffAction)};
	if (t.startsWith('regions/')) return {...state, regions: reduceRegions(state.regions, action as RegionsAction)};
	if (t.startsWith('picker/')) {
		if (state.overlay?.kind !== 'picker') return state;
		const {kind: _, ...picker} = state.overlay;
		return {...state, overlay: {kind: 'picker', ...reducePicker(picker, action as PickerAction)}};
	}
	const a = action as Exclude<Action, SectionsAction | IndicatorsAction | DiffAction | RegionsAction | PickerAction>;
	switch (a.type) {
		case 'view':
			return {...state, view: a.view, overlay: null};
		case 'year':
			return a.yearIndex === state.yearIndex
				? state
				: {
						...state,
						yearIndex: a.yearIndex,
						sections: {...state.sections, cursor: 0, scroll: 0, figure: null, hit: -1},
						indicators: {...state.indicators, cursor: 0},
					};
		case 'overlay':
			return {...state, overlay: a.overlay};
		case 'help/scroll':
			return state.overlay?.kind === 'help'
				? {...state, overlay: {kind: 'help', scroll: moveScroll(state.overlay.scroll, a.move, a.count, a.page)}}
				: state;
		case 'jump/value':
			return state.overlay?.kind === 'jump' ? {...state, overlay: {kind: 'jump', value: a.value}} : state;
		case 'message':
			return state.message === a.message ? state : {...state, message: a.message};
		case 'data': {
			const last = Math.max(0, a.years - 1);
			const [from, to] = state.diff.pair;
			// The pair shown stays when it still fits; else (or when there was only one year) the two latest.
			const pair: [number, number] = to <= last && from < to ? [from, to] : [Math.max(0, last - 1), last];
			return {
				...state,
				yearIndex: Math.min(a.yearIndex, last),
				overlay: null,
				sections: a.sameBody && a.yearIndex === state.yearIndex ? state.sections : createSections(),
				indicators: {...state.indicators, cursor: 0},
				diff: {...state.diff, pair, cursor: 0},
			};
		}
	}
}
