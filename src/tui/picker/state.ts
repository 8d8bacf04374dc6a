/**
 * The report picker's state (an overlay): what is typed, the row under the cursor, and a change of the store being
 * confirmed (removing the selected report: y or n; refiling it: the region and year typed, then Enter).
 */
import type {ReportRef} from '../data.js';
import {type ListMove, moveCursor} from '../list.js';

export type PickerConfirm =
	| {readonly kind: 'remove'; readonly ref: ReportRef}
	| {readonly kind: 'move'; readonly ref: ReportRef; readonly value: string};

export interface PickerState {
	readonly query: string;
	readonly cursor: number;
	readonly confirm?: PickerConfirm | null;
}

export type PickerAction =
	| {type: 'picker/query'; query: string}
	| {type: 'picker/move'; move: ListMove; count: number; page: number}
	| {type: 'picker/select'; cursor: number}
	| {type: 'picker/confirm'; confirm: PickerConfirm | null};

/** What is typed to refile a report — `长治市 2022`, `2021`, `长治市` — as a region and a year, or null. */
export function moveTarget(
	value: string,
	ref: Pick<ReportRef, 'region' | 'year'>,
): {region: string; year: number} | null {
	const words = value.trim().split(/\s+/u).filter(Boolean);
	const last = words[words.length - 1];
	const year = last && /^\d{4}$/.test(last) ? Number(words.pop()) : ref.year;
	const region = words.join('') || ref.region;
	if (year < 1949 || year > 2100) return null;
	if (region === ref.region && year === ref.year) return null;
	return {region, year};
}

export function reducePicker(s: PickerState, action: PickerAction): PickerState {
	switch (action.type) {
		case 'picker/query':
			return {query: action.query, cursor: 0};
		case 'picker/confirm':
			return {...s, confirm: action.confirm};
		case 'picker/move':
			return {...s, cursor: moveCursor(s.cursor, action.move, action.count, action.page)};
		case 'picker/select':
			return {...s, cursor: action.cursor};
	}
}
