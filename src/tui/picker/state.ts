/** The report picker's state (an overlay): what is typed and the row under the cursor. */
import {type ListMove, moveCursor} from '../list.js';

export interface PickerState {
	readonly query: string;
	readonly cursor: number;
}

export type PickerAction =
	| {type: 'picker/query'; query: string}
	| {type: 'picker/move'; move: ListMove; count: number; page: number}
	| {type: 'picker/select'; cursor: number};

export function reducePicker(s: PickerState, action: PickerAction): PickerState {
	switch (action.type) {
		case 'picker/query':
			return {query: action.query, cursor: 0};
		case 'picker/move':
			return {...s, cursor: moveCursor(s.cursor, action.move, action.count, action.page)};
		case 'picker/select':
			return {...s, cursor: action.cursor};
	}
}
