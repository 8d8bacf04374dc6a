/**
 * Traditional-script reports (a portal's big5 gateway, a mirror site): jcfz reads them through a
 * character-by-character fold to simplified script, which keeps every index where it is, so that figures, units
 * and labels come out as in any other report while sentences stay as written.
 */
import {T2S_PAIRS} from './data/t2s.js';

/** The simplified form of each BMP code unit, 0 where there is none: a typed array, read millions of times. */
let table: Uint16Array | undefined;

function t2s(): Uint16Array {
	if (!table) {
		table = new Uint16Array(0x10000);
		for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) table[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
	}
	return table;
}

/** The text with every traditional character replaced by its simplified form; same length. */
export function toSimplified(text: string): string {
	const map = t2s();
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const to = map[text.charCodeAt(i)]!;
		if (to === 0) continue;
		out += text.slice(from, i) + String.fromCharCode(to);
		from = i + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}

/**
 * Whether a text is written in traditional script: more than 3% of its Han characters are traditional-only.
 * (A few characters of the table, such as 著 or 乾, are also simplified words, so the fold is applied to whole
 * documents in traditional script only, never character by character to simplified text.)
 */
export function isTraditional(text: string): boolean {
	const map = t2s();
	let han = 0;
	let traditional = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x3400 || code > 0x9fff) continue;
		han++;
		if (map[code] !== 0) traditional++;
	}
	return han > 0 && traditional / han > 0.03;
}
