/**
 * A one-line text box (filter, search, jump, picker query), pure: keys and text edit it. Text is appended whole
 * (an IME commit, a paste); app/update.ts turns a pasted line's newline into Enter.
 */
export interface TextBox {
	readonly value: string;
	readonly editing: boolean;
}

export const emptyBox = (value = ''): TextBox => ({value, editing: false});

export type BoxEdit =
	| {readonly kind: 'set'; readonly value: string}
	| {readonly kind: 'enter'}
	| {readonly kind: 'cancel'};

/** What a key or text does to a box being edited; null when it does nothing to it. */
export function editBox(box: TextBox, key: {name?: string; text?: string}): BoxEdit | null {
	if (key.text !== undefined)
		return {kind: 'set', value: box.value + key.text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '')};
	switch (key.name) {
		case 'return':
			return {kind: 'enter'};
		case 'escape':
			return {kind: 'cancel'};
		case 'backspace':
			return {kind: 'set', value: [...box.value].slice(0, -1).join('')};
		case 'ctrl+u':
			return {kind: 'set', value: ''};
		case 'ctrl+w':
			return {kind: 'set', value: box.value.replace(/\s*\S+\s*$/u, '')};
		default:
			return null;
	}
}

/**
 * A filter box edited in place: "/" reopens it with its query (a query is refined, not retyped), Esc clears it,
 * Enter keeps it. `changed` tells the caller to go back to the first row.
 */
export function editFilter(box: TextBox, edit: BoxEdit | {kind: 'open'}): {box: TextBox; changed: boolean} {
	if (edit.kind === 'open') return {box: {...box, editing: true}, changed: false};
	if (edit.kind === 'set') return {box: {value: edit.value, editing: true}, changed: true};
	if (edit.kind === 'cancel') return {box: emptyBox(), changed: true};
	return {box: {...box, editing: false}, changed: false};
}
