/**
 * The fast string-width (src/render/fast-string-width.ts, which the bundle and these tests put behind every
 * `import 'string-width'`) against the real package: the same width for every code point of the Basic
 * Multilingual Plane and for mixed text. Imported by path here, so that the alias does not apply.
 */
import {describe, expect, test} from 'vitest';
import fast from '../../src/render/fast-string-width.js';
import real from '../../node_modules/string-width/index.js';

describe('fast string-width = string-width', () => {
	test('every BMP code point alone (surrogates excepted)', () => {
		const differ: string[] = [];
		for (let code = 0; code <= 0xffff; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const ch = String.fromCharCode(code);
			if (fast(ch) !== real(ch)) differ.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
		}
		expect(differ).toEqual([]);
	});

	test.each([
		['办理行政复议案件102件，调解成功率达98%。'],
		['\u001B[31m红色\u001B[0m and plain'],
		['1.35万余条 · ①②③ · ＡＢＣ · ｱｲｳ'],
		['e\u0301 combining, 👍🏽 emoji, 👨‍👩‍👧 family, ☺️ variation'],
		['한국어 텍스트와 中文 混排'],
		['ไทย हिन्दी mixed 中文'],
		['tab\tand\nnewline'],
	])('%s', text => {
		expect(fast(text)).toBe(real(text));
		expect(fast(text, {ambiguousIsNarrow: false})).toBe(real(text, {ambiguousIsNarrow: false}));
	});
});
