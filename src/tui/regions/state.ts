/** The Regions screen's slice of the state and its reducer (pure). */
import {type ListMove, moveCursor} from '../list.js';
import {type BoxEdit, editFilter, emptyBox, type TextBox} from '../text-box.js';

export type RegionsSort = 'value' | 'change';
export type RegionsLevel = 'all' | 'province' | 'city' | 'county';
export const REGION_LEVELS: readonly RegionsLevel[] = ['all', 'province', 'city', 'county'];

export interface RegionsState {
	/** Index into the lines shown. */
	readonly cursor: number;
	/** The year shown (0 until the data is there: then the report's year, or the latest stored). */
	readonly year: number;
	readonly level: RegionsLevel;
	readonly sort: RegionsSort;
	/** Words a region or its parents must hold. */
	readonly filter: TextBox;
}

export const createRegions = (): RegionsState => ({
	cursor: 0,
	year: 0,
	level: 'all',
	sort: 'value',
	filter: emptyBox(),
});

export type RegionsAction =
	| {type: 'regions/move'; move: ListMove; count: number; page: number}
	| {type: 'regions/year'; year: number}
	/** New data (another measure): the year it opens on, the first row. */
	| {type: 'regions/loaded'; year: number}
	| {type: 'regions/level'}
	| {type: 'regions/sort'}
	| {type: 'regions/filter'; edit: BoxEdit | {kind: 'open'}};

export function reduceRegions(s: RegionsState, action: RegionsAction): RegionsState {
	switch (action.type) {
		case 'regions/move':
			return {...s, cursor: moveCursor(s.cursor, action.move, action.count, action.page)};
		case 'regions/year':
			return action.year === s.year ? s : {...s, year: action.year, cursor: 0};
		case 'regions/loaded':
			return {...s, year: action.year, cursor: 0};
		case 'regions/level':
			return {...s, level: REGION_LEVELS[(REGION_LEVELS.indexOf(s.level) + 1) % REGION_LEVELS.length]!, cursor: 0};
		case 'regions/sort':
			return {...s, sort: s.sort === 'value' ? 'change' : 'value', cursor: 0};
		case 'regions/filter': {
			const {box, changed} = editFilter(s.filter, action.edit);
			return {...s, filter: box, cursor: changed ? 0 : s.cursor};
		}
	}
}
