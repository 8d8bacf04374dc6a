/** Expected failures in both languages: what the explorer and the CLI show of an error. */
import {describe, expect, test} from 'vitest';
import {JcfzError, saidOf} from '../../src/core/errors.js';
import {pathFault} from '../../src/core/path-fault.js';

describe('errors', () => {
	test('a JcfzError says its Chinese text in Chinese, another error its message in both (shown, not lost)', () => {
		expect(saidOf(new JcfzError('data', 'the store is damaged', '库已损坏'))).toEqual([
			'the store is damaged',
			'库已损坏',
		]);
		// One with no Chinese (an empty text) is shown in English rather than as nothing.
		expect(saidOf(new JcfzError('data', 'only English', ''))).toEqual(['only English', 'only English']);
		expect(new JcfzError('data', 'only English', '').text('zh')).toBe('only English');
		expect(saidOf(new Error('EIO: i/o error'))).toEqual(['EIO: i/o error', 'EIO: i/o error']);
		expect(saidOf('thrown text')).toEqual(['thrown text', 'thrown text']);
	});
	test('an error about a file names the file in both languages', () => {
		const e = new JcfzError('usage', 'no year found', '没有年份').about('a.txt');
		expect([e.text('en'), e.text('zh'), e.kind]).toEqual(['a.txt: no year found', 'a.txt：没有年份', 'usage']);
	});
	test("a path fault says the reason in the reader's language", () => {
		const fault = pathFault('/x/y', Object.assign(new Error('x'), {code: 'ENOTDIR'}), 'usage');
		expect(fault.text('en')).toBe(
			'cannot read /x/y (ENOTDIR: a part of the path is a file, not a folder); check the path',
		);
		expect(fault.text('zh')).toBe('无法读取 /x/y（ENOTDIR：路径中有一段是文件而不是文件夹）；请检查路径');
	});
});
