/** The Diff screen's slice of the state and its reducer (pure). */
import type {RowStatus} from '../../core/diff/diff.js';
import {type ListMove, moveCursor} from '../list.js';
import {type BoxEdit, editFilter, emptyBox, type TextBox} from '../text-box.js';

export type StatusFilter = 'all' | RowStatus;
export const STATUS_ORDER: readonly StatusFilter[] = ['all', 'changed', 'added', 'removed', 'unchanged', 'uncertain'];
export type DiffSort = 'section' | 'delta' | 'pct' | 'label';
export const DIFF_SORTS: readonly DiffSort[] = ['section', 'delta', 'pct', 'label'];

export interface DiffState {
	/** Index into the rows shown (section headings are not rows). */
	readonly cursor: number;
	readonly filter: TextBox;
	readonly status: StatusFilter;
	readonly sort: DiffSort;
	/** Indices (into the years) of the two reports compared, earlier first. */
	readonly pair: readonly [number, number];
}

export const createDiff = (pair: readonly [number, number]): DiffState => ({
	cursor: 0,
	filter: emptyBox(),
	status: 'all',
	sort: 'section',
	pair,
});

export type DiffAction =
	| {type: 'diff/move'; move: ListMove; count: number; page: number}
	| {type: 'diff/select'; cursor: number}
	| {type: 'diff/filter'; edit: BoxEdit | {kind: 'open'}}
	| {type: 'diff/status'}
	| {type: 'diff/sort'}
	| {type: 'diff/pair'; pair: readonly [number, number]};

export function reduceDiff(s: DiffState, action: DiffAction): DiffState {
	switch (action.type) {
		case 'diff/move':
			return {...s, cursor: moveCursor(s.cursor, action.move, action.count, action.page)};
		case 'diff/select':
			return {...s, cursor: action.cursor};
		case 'diff/filter': {
			const {box, changed} = editFilter(s.filter, action.edit);
			return {...s, filter: box, cursor: changed ? 0 : s.cursor};
		}
		case 'diff/status':
			return {...s, status: STATUS_ORDER[(STATUS_ORDER.indexOf(s.status) + 1) % STATUS_ORDER.length]!, cursor: 0};
		case 'diff/sort':
			return {...s, sort: DIFF_SORTS[(DIFF_SORTS.indexOf(s.sort) + 1) % DIFF_SORTS.length]!, cursor: 0};
		case 'diff/pair':
			return {...s, pair: action.pair, cursor: 0};
	}
}
