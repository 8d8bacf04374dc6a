/** The Sections screen's slice of the state and its reducer (pure). */
import {type ListMove, moveCursor, moveScroll, windowStart} from '../list.js';
import {type BoxEdit, emptyBox, type TextBox} from '../text-box.js';

export interface SectionsState {
	/** Row of the outline under the cursor. */
	readonly cursor: number;
	readonly expanded: readonly string[];
	/** Which pane has the keys. */
	readonly pane: 'outline' | 'text';
	/** First line of the text pane on screen. */
	readonly scroll: number;
	/** The selected figure of the section (an index into its figures), or null. */
	readonly figure: number | null;
	readonly search: TextBox;
	/** The current match of the search (index into all matches), -1 when there is none. */
	readonly hit: number;
}

export const createSections = (): SectionsState => ({
	cursor: 0,
	expanded: [],
	pane: 'outline',
	scroll: 0,
	figure: null,
	search: emptyBox(),
	hit: -1,
});

export type SectionsAction =
	| {type: 'sections/move'; move: ListMove; count: number; page: number}
	| {type: 'sections/scroll'; move: ListMove; count: number; page: number}
	| {type: 'sections/figure'; figure: number | null; line: number; lines: number; page: number}
	| {type: 'sections/expand'; id: string}
	| {type: 'sections/collapse'; id: string; cursor: number}
	| {type: 'sections/pane'; pane: 'outline' | 'text'}
	| {type: 'sections/search'; edit: BoxEdit | {kind: 'open'}}
	| {
			type: 'sections/show';
			cursor: number;
			expanded?: string;
			pane: 'outline' | 'text';
			/** A line of the section's text to bring on screen (a figure, a match). */
			line?: number;
			lines?: number;
			page?: number;
			figure?: number | null;
			hit?: number;
	  };

/** A scroll offset that shows `line`, moving as little as possible from `scroll`. */
function showLine(scroll: number, line: number, lines: number, page: number): number {
	return windowStart(line, lines, page, scroll);
}

export function reduceSections(s: SectionsState, action: SectionsAction): SectionsState {
	switch (action.type) {
		case 'sections/move': {
			const cursor = moveCursor(s.cursor, action.move, action.count, action.page);
			return cursor === s.cursor ? s : {...s, cursor, scroll: 0, figure: null};
		}
		case 'sections/scroll':
			return {...s, scroll: moveScroll(s.scroll, action.move, action.count, action.page)};
		case 'sections/figure':
			return {
				...s,
				figure: action.figure,
				scroll: action.figure === null ? s.scroll : showLine(s.scroll, action.line, action.lines, action.page),
			};
		case 'sections/expand':
			return s.expanded.includes(action.id) ? s : {...s, expanded: [...s.expanded, action.id]};
		case 'sections/collapse':
			return {
				...s,
				expanded: s.expanded.filter(id => id !== action.id),
				cursor: action.cursor,
				scroll: 0,
				figure: null,
			};
		case 'sections/pane':
			return {...s, pane: action.pane};
		case 'sections/search': {
			const e = action.edit;
			// "/" opens an empty box: a new search, not more of the last one.
			if (e.kind === 'open') return {...s, search: {value: '', editing: true}, hit: -1};
			if (e.kind === 'set') return {...s, search: {value: e.value, editing: true}};
			if (e.kind === 'cancel') return {...s, search: emptyBox(), hit: -1};
			return {...s, search: {...s.search, editing: false}};
		}
		case 'sections/show': {
			const expanded =
				action.expanded && !s.expanded.includes(action.expanded) ? [...s.expanded, action.expanded] : s.expanded;
			const sameSection = action.cursor === s.cursor;
			const base = sameSection ? s.scroll : 0;
			const scroll =
				action.line === undefined ? base : showLine(base, action.line, action.lines ?? 0, action.page ?? 1);
			return {
				...s,
				cursor: action.cursor,
				expanded,
				pane: action.pane,
				scroll,
				figure: action.figure === undefined ? (sameSection ? s.figure : null) : action.figure,
				hit: action.hit ?? s.hit,
			};
		}
	}
}
