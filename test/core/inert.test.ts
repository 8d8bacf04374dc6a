import {describe, expect, test} from 'vitest';
import {inert, inertLine} from '../../src/core/inert.js';

describe('inert', () => {
	test.each([
		['OSC title, BEL-terminated', 'a\u001B]0;pwned\u0007b', 'ab'],
		['OSC 52 clipboard, ST-terminated', 'a\u001B]52;c;cHduZWQ=\u001B\\b', 'ab'],
		['CSI colour', '\u001B[31m红\u001B[0m', '红'],
		['CSI cursor movement', 'x\u001B[2J\u001B[Hy', 'xy'],
		['DCS', 'a\u001BPq#0;2;0;0;0\u001B\\b', 'ab'],
		['8-bit CSI', 'a\u009B2Jb', 'ab'],
		['backspace and CR', 'ab\bc\rd', 'abcd'],
		['bidi override', '行政\u202E复议', '行政复议'],
		['a lone ESC (what follows is plain text once ESC is gone)', 'a\u001Bcb', 'acb'],
		['8-bit OSC', 'a\u009D0;t\u009Cb', 'ab'],
		['plain Chinese', '办理行政复议案件102件。', '办理行政复议案件102件。'],
	])('%s', (_name, input, output) => expect(inert(input)).toBe(output));

	test('inertLine also folds newlines and tabs', () => {
		expect(inertLine('一\n二\t三')).toBe('一 二 三');
		expect(inert('一\n二')).toBe('一\n二');
	});
});
