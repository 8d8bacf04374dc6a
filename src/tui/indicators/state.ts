/** The Indicators screen's slice of the state and its reducer (pure). */
import {SORT_KEYS, type SortKey} from '../../core/filter.js';
import {type ListMove, moveCursor} from '../list.js';
import {type BoxEdit, editFilter, emptyBox, type TextBox} from '../text-box.js';

export interface IndicatorsState {
	readonly cursor: number;
	readonly filter: TextBox;
	readonly sort: SortKey;
	readonly desc: boolean;
}

export const createIndicators = (filter = ''): IndicatorsState => ({
	cursor: 0,
	filter: emptyBox(filter),
	sort: 'section',
	desc: false,
});

export type IndicatorsAction =
	| {type: 'indicators/move'; move: ListMove; count: number; page: number}
	| {type: 'indicators/select'; cursor: number}
	| {type: 'indicators/filter'; edit: BoxEdit | {kind: 'open'}}
	| {type: 'indicators/sort'}
	| {type: 'indicators/reverse'};

export function reduceIndicators(s: IndicatorsState, action: IndicatorsAction): IndicatorsState {
	switch (action.type) {
		case 'indicators/move':
			return {...s, cursor: moveCursor(s.cursor, action.move, action.count, action.page)};
		case 'indicators/select':
			return {...s, cursor: action.cursor};
		case 'indicators/filter': {
			const {box, changed} = editFilter(s.filter, action.edit);
			return {...s, filter: box, cursor: changed ? 0 : s.cursor};
		}
		case 'indicators/sort':
			return {...s, sort: SORT_KEYS[(SORT_KEYS.indexOf(s.sort) + 1) % SORT_KEYS.length]!, cursor: 0};
		case 'indicators/reverse':
			return {...s, desc: !s.desc, cursor: 0};
	}
}
