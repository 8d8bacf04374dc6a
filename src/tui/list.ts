/** Cursor movement in a list of `count` rows shown `page` at a time, and the window that keeps it visible. */

export type ListMove = 'up' | 'down' | 'pageUp' | 'pageDown' | 'halfUp' | 'halfDown' | 'top' | 'bottom';
export const LIST_MOVES: readonly ListMove[] = [
	'up',
	'down',
	'pageUp',
	'pageDown',
	'halfUp',
	'halfDown',
	'top',
	'bottom',
];

export function isListMove(action: string): action is ListMove {
	return (LIST_MOVES as readonly string[]).includes(action);
}

export function moveCursor(cursor: number, move: ListMove, count: number, page: number): number {
	const last = Math.max(0, count - 1);
	const step = Math.max(1, page - 1);
	const half = Math.max(1, Math.floor(page / 2));
	const next = {
		up: cursor - 1,
		down: cursor + 1,
		pageUp: cursor - step,
		pageDown: cursor + step,
		halfUp: cursor - half,
		halfDown: cursor + half,
		top: 0,
		bottom: last,
	}[move];
	return Math.min(last, Math.max(0, next));
}

/** A scroll offset moved like a pager (less): stays within [0, count - page]. */
export function moveScroll(top: number, move: ListMove, count: number, page: number): number {
	const max = Math.max(0, count - page);
	const next = moveCursor(top, move, max + 1, page);
	return Math.min(max, Math.max(0, next));
}

/** First visible row so that `cursor` is on screen, scrolling as little as possible from `previousTop`. */
export function windowStart(cursor: number, count: number, height: number, previousTop = 0): number {
	if (count <= height) return 0;
	let top = Math.min(previousTop, count - height);
	if (cursor < top) top = cursor;
	if (cursor >= top + height) top = cursor - height + 1;
	return Math.max(0, top);
}
