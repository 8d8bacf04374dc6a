/** The key reader: terminal bytes → key events, several per read, sequences split over reads, pastes, mouse. */
import {describe, expect, test} from 'vitest';
import {createKeyReader, type KeyEvent} from '../../src/tui/input/read-keys.js';

const key = (name: string): KeyEvent => ({kind: 'key', name});
const text = (t: string): KeyEvent => ({kind: 'text', text: t});
const read = (...reads: string[]) => {
	const r = createKeyReader();
	return [...reads.flatMap(c => r.push(c)), ...r.flush()];
};

describe('one read, many keys', () => {
	test.each([
		['a pasted line ending in a newline', '法律援助\n', [text('法律援助'), key('return')]],
		['text then Enter', '复议\r', [text('复议'), key('return')]],
		['two Backspaces', '\u007F\u007F', [key('backspace'), key('backspace')]],
		['a character then Backspace', 'x\u007F', [text('x'), key('backspace')]],
		['keys typed fast', '/复议\r', [text('/复议'), key('return')]],
		['arrows and letters', '\u001B[Bj\u001B[A', [key('down'), text('j'), key('up')]],
		[
			'Ctrl-C, Ctrl-D, Tab, Shift-Tab',
			'\u0003\u0004\t\u001B[Z',
			[key('ctrl+c'), key('ctrl+d'), key('tab'), key('shift+tab')],
		],
		[
			'pages, Home, End (both spellings)',
			'\u001B[5~\u001B[6~\u001B[H\u001B[F\u001B[1~\u001B[4~\u001BOH',
			[key('pageup'), key('pagedown'), key('home'), key('end'), key('home'), key('end'), key('home')],
		],
		['a modified arrow is the arrow', '\u001B[1;5A', [key('up')]],
		['C1 controls are dropped', 'a\u009Bb', [text('a'), text('b')]],
	])('%s', (_, input, events) => expect(read(input)).toEqual(events));
});

describe('across reads', () => {
	test('an escape sequence cut between two reads is one key', () => {
		expect(read('\u001B[', 'B')).toEqual([key('down')]);
	});
	test('a lone ESC is Escape once nothing follows', () => {
		const r = createKeyReader();
		expect(r.push('\u001B')).toEqual([]);
		expect(r.flush()).toEqual([key('escape')]);
	});
	test('a bracketed paste is one event, newlines and all, even split over reads', () => {
		expect(read('\u001B[200~法律', '援助\n第二行\u001B[2', '01~x')).toEqual([
			{kind: 'paste', text: '法律援助\n第二行'},
			text('x'),
		]);
	});
});

describe('mouse (SGR reports)', () => {
	test('wheel and click, at 0-based cells', () => {
		expect(read('\u001B[<64;10;5M\u001B[<65;1;1M\u001B[<0;3;2M\u001B[<0;3;2m')).toEqual([
			{kind: 'mouse', action: 'wheelUp', x: 9, y: 4},
			{kind: 'mouse', action: 'wheelDown', x: 0, y: 0},
			{kind: 'mouse', action: 'click', x: 2, y: 1},
		]);
	});
});
