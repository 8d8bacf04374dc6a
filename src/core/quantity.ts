/**
 * Finds the quantities written in a sentence — "1.35万余条", "近32万件", "百分之九十八", "十一年" — and
 * rejects what only looks like one: dates, years, ordinals, quoted names and codes, idioms and slogans.
 */
import {NOT_A_UNIT_BEFORE, namesCounted, UNITS} from './unit-table.js';
import {QUOTE_CLOSERS, STRAIGHT_QUOTE} from './marks.js';
import {CHINESE_NUMERAL_CHARS, multiplierExponent, parseChineseNumeral, scaleDecimal} from './numbers.js';
import type {Qualifier} from './types.js';

export interface Quantity {
	/** Index of the first character (including a leading qualifier such as 近) in the sentence. */
	readonly start: number;
	/** Index of the number itself. */
	readonly numberStart: number;
	readonly end: number;
	readonly raw: string;
	readonly value: number;
	readonly unit: string;
	readonly qualifier: Qualifier | null;
}

/** Units as written (unit-table.ts), longest first so that 人次 wins over 人. 万元 is 元 with a multiplier. */
export {UNITS} from './unit-table.js';

/** Political slogans and names that contain numerals but are not figures. */
const SLOGAN =
	/两个(?:确立|维护)|四个(?:意识|自信|全面)|三个(?:务必|表率)|十个明确|[一二三四五六七八九十]位一体|四个全面/g;
/** A count of sessions that is the session's ordinal: 省委十二届二次全会, 八届二次、六次全会, 第八次党代会. */
const SESSION_AFTER = /^(?:[、，和及]\s*[一二三四五六七八九十\d]+次)*\s*(?:全会|全体会议|党代会|代表大会|全委会)/;

const ARABIC = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const CHINESE = `[${CHINESE_NUMERAL_CHARS}]+`;
const UNIT_ALTERNATION = UNITS.join('|');
/** A unit may carry a parenthetical: 场（次）, 个（次）. */
const QUANTITY = new RegExp(
	`(近|约|超过|超|逾|将近)?(${ARABIC}|${CHINESE})\\s*(余|多)?\\s*(万亿|千万|万|亿)?\\s*(余|多)?\\s*((?:${UNIT_ALTERNATION})(?:（(?:次|个|件|家|项|人|名)）)?)(以上)?`,
	'g',
);
const PERCENT_WORDS = new RegExp(`(近|约|超过|超|逾)?百分之(${CHINESE})`, 'g');
/** Dates and year ranges: boundaries for labels, never figures. */
const DATE =
	/(?:19|20)\d{2}\s*(?:[-—–~至]\s*(?:19|20)?\d{2,4}\s*)?年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s*[-—–~至]/g;

const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = {
	近: '近',
	将近: '近',
	约: '约',
	超过: '超',
	超: '超',
	逾: '逾',
	余: '余',
	多: '多',
	以上: '以上',
};

/** Whether text has any quote or title mark at all (most label fragments do not). */
export const HAS_QUOTE = /[“‘《「『"]/;
const masks = new Map<string, Uint8Array>();

/**
 * For each character: 1 when it is inside “…”, ‘…’, "…", 《…》, 「…」 or 『…』 (names and codes live there). Asked for
 * every figure of a sentence and every label fragment, so recent results are kept.
 */
export function quotedMask(text: string): Uint8Array {
	const known = masks.get(text);
	if (known) return known;
	const mask = new Uint8Array(text.length);
	if (HAS_QUOTE.test(text)) {
		const stack: number[] = [];
		let straight = false;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === STRAIGHT_QUOTE) {
				straight = !straight;
				mask[i] = 1;
				continue;
			}
			const closer = QUOTE_CLOSERS.get(code);
			if (closer !== undefined) stack.push(closer);
			if (stack.length > 0 || straight) mask[i] = 1;
			if (stack.length > 0 && code === stack[stack.length - 1]) stack.pop();
		}
	}
	if (masks.size >= 16) masks.delete(masks.keys().next().value!);
	masks.set(text, mask);
	return mask;
}

function spansOf(pattern: RegExp, text: string): [number, number][] {
	return [...text.matchAll(pattern)].map(m => [m.index, m.index + m[0].length]);
}

/** Date spans in a sentence ("2023年", "2023 年 8 月", "2021-2025 年"); labels never reach across them. */
export function dateSpans(text: string): [number, number][] {
	return spansOf(DATE, text);
}

function overlaps(spans: readonly [number, number][], a: number, b: number): boolean {
	return spans.some(([s, e]) => a < e && b > s);
}

function qualifierOf(
	prefix: string | undefined,
	infix: string | undefined,
	suffix: string | undefined,
): Qualifier | null {
	const word = prefix ?? infix ?? suffix;
	return word ? (QUALIFIER_WORDS[word] ?? null) : null;
}

function baseUnit(unit: string): {unit: string; exponent: number} {
	if (unit === '万元') return {unit: '元', exponent: 4};
	if (unit === '亿元') return {unit: '元', exponent: 8};
	return {unit, exponent: 0};
}

function numberValue(digits: string, exponent: number): number | null {
	if (/^[\d,.]+$/.test(digits)) return scaleDecimal(digits, exponent);
	const value = parseChineseNumeral(digits);
	// A lone 一 is an article far more often than a count (一次性, 一批, 一个): never a figure.
	if (value === null || value === 1) return null;
	return value * 10 ** exponent;
}

export function findQuantities(text: string): Quantity[] {
	const quoted = quotedMask(text);
	const dates = dateSpans(text);
	const slogans = spansOf(SLOGAN, text);
	const found: Quantity[] = [];

	for (const m of text.matchAll(QUANTITY)) {
		const [raw, prefix, digits, infix1, multiplier, infix2, written, suffix] = m as unknown as string[];
		// The unit without its parenthetical (个 of 个（次）): what the checks below look at.
		const unitWord = written!.replace(/（.*$/, '');
		const start = m.index;
		const numberStart = start + (prefix?.length ?? 0);
		const end = start + raw!.length;
		if (quoted[numberStart] || overlaps(dates, numberStart, end) || overlaps(slogans, start, end)) continue;
		if (text[numberStart - 1] === '第' || /[\d.]/.test(text[numberStart - 1] ?? '')) continue;
		if (
			/^\s*[-—–~]\s*\d/.test(text.slice(end, end + 6)) ||
			/\d\s*[-—–~]\s*$/.test(text.slice(Math.max(0, start - 6), start))
		)
			continue; // ranges, codes
		const follow = NOT_A_UNIT_BEFORE[unitWord];
		if (follow && !suffix && follow.test(text.slice(end, end + 4))) continue;
		// 2市4县 counts cities and counties; 三区三州, 两区 are names.
		if (namesCounted(unitWord) && (!/^\d+$/.test(digits!) || multiplier)) continue;
		if (unitWord === '次' && (text[start - 1] === '届' || SESSION_AFTER.test(text.slice(end)))) continue;
		// 三个“一号工程”, 两个“确立”: a numeral in words before a quoted name is part of the name.
		if (unitWord === '个' && !/\d/.test(digits!) && text[end] === '“') continue;
		// Durations count only as a streak ("连续十一年"), not as time spans ("近三年来").
		if (unitWord === '年' && !/连续\s*$/.test(text.slice(Math.max(0, start - 4), start))) continue;
		const {unit: base, exponent: unitExponent} = baseUnit(unitWord);
		const unit = base + written!.slice(unitWord.length);
		const value = numberValue(digits!.replace(/\s+/g, ''), multiplierExponent(multiplier ?? '') + unitExponent);
		// Beyond 2^53 a number is no longer exact, and no count or sum in a report comes near it (a digit string
		// of hundreds of digits is a code or an attack): not a figure.
		if (value === null || !Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) continue;
		found.push({
			start,
			numberStart,
			end,
			raw: raw!,
			value,
			unit,
			qualifier: qualifierOf(prefix, infix1 ?? infix2, suffix),
		});
	}

	for (const m of text.matchAll(PERCENT_WORDS)) {
		const start = m.index;
		if (quoted[start] || found.some(q => q.start <= start && q.end > start)) continue;
		const value = parseChineseNumeral(m[2]!);
		if (value === null) continue;
		found.push({
			start,
			numberStart: start + (m[1]?.length ?? 0),
			end: start + m[0].length,
			raw: m[0],
			value,
			unit: '%',
			qualifier: qualifierOf(m[1], undefined, undefined),
		});
	}
	return found.sort((a, b) => a.start - b.start);
}
