/** Cursor movement in a list of `count` rows shown `page` at a time, and the window that keeps it visible. */
import type {ListAction} from './keys.js';

export function moveCursor(cursor: number, action: ListAction, count: number, page: number): number {
	const last = Math.max(0, count - 1);
	const step = Math.max(1, page - 1);
	const next = {up: cursor - 1, down: cursor + 1, pageUp: cursor - step, pageDown: cursor + step, top: 0, bottom: last}[
		action
	];
	return Math.min(last, Math.max(0, next));
}

export function isListAction(action: string): action is ListAction {
	return ['up', 'down', 'pageUp', 'pageDown', 'top', 'bottom'].includes(action);
}

/** First visible row so that `cursor` is on screen, scrolling as little as possible from `previousTop`. */
export function windowStart(cursor: number, count: number, height: number, previousTop = 0): number {
	if (count <= height) return 0;
	let top = Math.min(previousTop, count - height);
	if (cursor < top) top = cursor;
	if (cursor >= top + height) top = cursor - height + 1;
	return Math.max(0, top);
}
