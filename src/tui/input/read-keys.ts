/**
 * Terminal input → key events (pure). A read from a terminal may hold many keys at once — a paste ending in a
 * newline (`法律援助\r`), `复议` then Enter, two Backspaces, `x` then Backspace — and each must be handled in turn.
 * Escape sequences (arrows, pages, Home/End, Shift-Tab), control characters, bracketed pastes (ESC[200~ … ESC[201~)
 * and SGR mouse reports are recognised; a run of printable characters is one `text` event (an IME commit), which a
 * text box takes whole and the views take character by character.
 */

export type KeyEvent =
	| {readonly kind: 'key'; readonly name: string}
	| {readonly kind: 'text'; readonly text: string}
	| {readonly kind: 'paste'; readonly text: string}
	| {
			readonly kind: 'mouse';
			readonly action: 'wheelUp' | 'wheelDown' | 'click';
			readonly x: number;
			readonly y: number;
	  };

const CSI_KEYS: Readonly<Record<string, string>> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	H: 'home',
	F: 'end',
	Z: 'shift+tab',
	'1~': 'home',
	'7~': 'home',
	'4~': 'end',
	'8~': 'end',
	'3~': 'delete',
	'5~': 'pageup',
	'6~': 'pagedown',
	'2~': 'insert',
	'12~': 'f2',
};
const SS3_KEYS: Readonly<Record<string, string>> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	H: 'home',
	F: 'end',
	Q: 'f2',
};
const PASTE_START = '\u001B[200~';
const PASTE_END = '\u001B[201~';

/** The name of a control character: Enter, Tab, Backspace, Escape, ctrl+letter; null for a printable one. */
function controlName(code: number): string | null {
	if (code === 0x0d || code === 0x0a) return 'return';
	if (code === 0x09) return 'tab';
	if (code === 0x7f || code === 0x08) return 'backspace';
	if (code === 0x1b) return 'escape';
	if (code === 0x00) return 'ctrl+space';
	if (code < 0x20) return `ctrl+${String.fromCharCode(code + 0x60)}`;
	if (code >= 0x80 && code < 0xa0) return 'ignored';
	return null;
}

/** An escape sequence at `i` (text[i] is ESC): its length and event; length 0 when it may continue in the next read. */
function escapeAt(text: string, i: number): {length: number; event: KeyEvent | null} {
	const next = text[i + 1];
	if (next === undefined) return {length: 0, event: null};
	if (next === '[') {
		let j = i + 2;
		while (j < text.length && /[0-9;<?]/.test(text[j]!)) j++;
		if (j >= text.length) return {length: 0, event: null};
		const body = text.slice(i + 2, j + 1);
		const length = j + 1 - i;
		const mouse = /^<(\d+);(\d+);(\d+)([Mm])$/.exec(body);
		if (mouse) {
			const button = Number(mouse[1]);
			const [x, y] = [Number(mouse[2]) - 1, Number(mouse[3]) - 1];
			if (button === 64) return {length, event: {kind: 'mouse', action: 'wheelUp', x, y}};
			if (button === 65) return {length, event: {kind: 'mouse', action: 'wheelDown', x, y}};
			if (button === 0 && mouse[4] === 'M') return {length, event: {kind: 'mouse', action: 'click', x, y}};
			return {length, event: null};
		}
		// Modified keys (ESC[1;5A is Ctrl-Up): the modifier is dropped, the key kept.
		const key = CSI_KEYS[body] ?? CSI_KEYS[body.replace(/^1;\d+/, '')] ?? CSI_KEYS[body.replace(/;\d+~$/, '~')];
		return {length, event: key ? {kind: 'key', name: key} : null};
	}
	if (next === 'O') {
		const final = text[i + 2];
		if (final === undefined) return {length: 0, event: null};
		const key = SS3_KEYS[final];
		return {length: 3, event: key ? {kind: 'key', name: key} : null};
	}
	if (next === '\u001B') return {length: 1, event: {kind: 'key', name: 'escape'}};
	// Alt+key arrives as ESC and the key: read as the key.
	return {length: 1, event: null};
}

export interface KeyReader {
	/** The events of one read; an incomplete sequence at its end waits for the next read. */
	push(chunk: string): KeyEvent[];
	/** What was held back as possibly incomplete (a lone ESC is Escape once nothing follows). */
	flush(): KeyEvent[];
}

export function createKeyReader(): KeyReader {
	let pending = '';
	let paste: string[] | null = null;

	const read = (text: string, final: boolean): KeyEvent[] => {
		const events: KeyEvent[] = [];
		let run = '';
		const endRun = () => {
			if (run) events.push({kind: 'text', text: run});
			run = '';
		};
		let i = 0;
		while (i < text.length) {
			if (paste) {
				const end = text.indexOf(PASTE_END, i);
				if (end < 0) {
					// The end marker may be cut between reads: keep its possible start for the next one.
					const keep = final ? text.length : Math.max(i, text.length - PASTE_END.length + 1);
					paste.push(text.slice(i, keep));
					pending = text.slice(keep);
					return events;
				}
				paste.push(text.slice(i, end));
				events.push({kind: 'paste', text: paste.join('')});
				paste = null;
				i = end + PASTE_END.length;
				continue;
			}
			if (text.startsWith(PASTE_START, i)) {
				endRun();
				paste = [];
				i += PASTE_START.length;
				continue;
			}
			const code = text.charCodeAt(i);
			if (code === 0x1b) {
				endRun();
				const {length, event} = escapeAt(text, i);
				if (length === 0) {
					if (final) {
						events.push({kind: 'key', name: 'escape'});
						i = text.length;
						break;
					}
					pending = text.slice(i);
					return events;
				}
				if (event) events.push(event);
				i += length;
				continue;
			}
			const name = controlName(code);
			if (name !== null) {
				endRun();
				if (name !== 'ignored') events.push({kind: 'key', name});
				i++;
				continue;
			}
			const ch = String.fromCodePoint(text.codePointAt(i)!);
			run += ch;
			i += ch.length;
		}
		endRun();
		pending = '';
		return events;
	};

	return {
		push: chunk => read(pending + chunk, false),
		flush: () => (pending ? read(pending, true) : []),
	};
}
