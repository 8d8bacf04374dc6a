/**
 * A section number as people type it — 5, 5.2, 五, 五、, 五.2, （二）under 五 as 5.2, ５．２, :五.2 — read once, for
 * `jcfz show`, `--section` and the explorer's `:` alike. Pure.
 */
import {parseChineseNumeral} from './numbers.js';

/** The section id a typed number means (`5.2`; the introduction is `0`), or null when it is not a section number. */
export function sectionIdOf(typed: string): string | null {
	const text = typed
		.normalize('NFKC')
		.trim()
		.replace(/^[:：]/, '')
		.replace(/^第/, '')
		.replace(/[、．。]/g, '.')
		.replace(/[（(]([一二三四五六七八九十]+)[）)]/g, '.$1')
		.replace(/(?:部分|章|节)$/, '')
		.replace(/\.$/, '');
	if (text === '') return null;
	const parts = text.split('.');
	const ids: number[] = [];
	for (const part of parts) {
		const n = /^\d+$/.test(part)
			? Number(part)
			: /^[一二三四五六七八九十]{1,3}$/.test(part)
				? parseChineseNumeral(part)
				: null;
		if (n === null || !Number.isInteger(n)) return null;
		ids.push(n);
	}
	if (ids.length === 0 || (ids[0] === 0 && ids.length > 1)) return null;
	return ids.join('.');
}
