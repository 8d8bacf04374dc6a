/**
 * The filter language shared by `jcfz indicators --filter` and the TUI's filter box.
 *
 *   复议          label contains 复议 (all words must match)
 *   unit:件       unit is 件            (also u:)
 *   sec:5         section 5 or any of its sub-sections (also s:)
 *   >1000  <=98   value comparisons (>, >=, <, <=, =)
 *   q:余          qualifier is 余; q:none for exact figures
 *   area:执法      the section is of that part of the national framework (areas.ts: a zh or en name, or its id)
 *   -复议          excludes labels containing 复议
 */
import {areaNamed} from './areas.js';
import type {Indicator} from './types.js';

export type Predicate = (indicator: Indicator) => boolean;

/** What a query needs beyond the indicators: the area of a section (see areas.ts), when areas are known. */
export interface FilterContext {
	readonly areaOf?: (sectionId: string) => string | null;
}

/** Section `sectionId` is `wanted` or one of its sub-sections (5.2 is in 5; 52 is not). */
export function inSection(sectionId: string, wanted: string): boolean {
	return sectionId === wanted || sectionId.startsWith(`${wanted}.`);
}

function term(token: string, ctx: FilterContext): Predicate {
	const area = /^area:(.+)$/.exec(token);
	if (area) {
		const wanted = areaNamed(area[1]!);
		const of = ctx.areaOf;
		return wanted && of ? i => of(i.sectionId) === wanted.id : () => false;
	}
	const compare = /^(>=|<=|>|<|=)(-?\d+(?:\.\d+)?)$/.exec(token);
	if (compare) {
		const n = Number(compare[2]);
		switch (compare[1]) {
			case '>':
				return i => i.value > n;
			case '>=':
				return i => i.value >= n;
			case '<':
				return i => i.value < n;
			case '<=':
				return i => i.value <= n;
			default:
				return i => i.value === n;
		}
	}
	const field = /^(unit|u|sec|s|q):(.*)$/.exec(token);
	if (field && field[2] !== '') {
		const v = field[2]!;
		if (field[1] === 'unit' || field[1] === 'u') return i => i.unit === v;
		if (field[1] === 'q') return v === 'none' ? i => i.qualifier === null : i => i.qualifier === v;
		return i => inSection(i.sectionId, v);
	}
	if (token.startsWith('-') && token.length > 1) {
		const contains = labelContains(token.slice(1));
		return i => !contains(i);
	}
	return labelContains(token);
}

/** Case-insensitive for Latin letters; a query without any (复议) skips lower-casing 100,000 labels. */
function labelContains(word: string): Predicate {
	if (!/[A-Za-z]/.test(word)) return i => i.label.includes(word);
	const lower = word.toLowerCase();
	return i => i.label.toLowerCase().includes(lower);
}

const QUALIFIERS = ['余', '多', '近', '约', '超', '逾', '以上', 'none'];

/** A term of the filter language folded as people type it: full-width ＞５０ and ｕ：件 read as >50 and u:件. */
function folded(token: string): string {
	return /^[＞＜＝>＜<=]|^[ａ-ｚa-z]+[：:]/u.test(token) ? token.normalize('NFKC') : token;
}

/**
 * What is wrong with a query, in words, or null when every term is well formed: a comparison without a number
 * (`>`, `>abc`, Arabic-Indic digits), a field without a value (`u:`, `sec:`), a section that is not a number, an
 * unknown approximation marker. A malformed term would match nothing, silently.
 */
export function filterProblem(query: string): {en: string; zh: string} | null {
	for (const raw of query.trim().split(/\s+/).filter(Boolean)) {
		const t = folded(raw);
		const op = /^(>=|<=|>|<|=)(.*)$/.exec(t);
		if (op && !/^-?\d+(?:\.\d+)?$/.test(op[2]!))
			return {
				en: `"${raw}": a comparison needs a number in digits 0–9, e.g. >50 or <=98.5`,
				zh: `“${raw}”：比较需要用 0–9 写的数字，如 >50 或 <=98.5`,
			};
		const field = /^(unit|u|sec|s|q|area):(.*)$/.exec(t);
		if (!field) continue;
		const [, name, value] = field as unknown as [string, string, string];
		if (value === '')
			return {
				en: `"${raw}": give a value after the colon, e.g. ${name}:${{unit: '件', u: '件', sec: '5', s: '5.2', q: '余', area: '执法'}[name]}`,
				zh: `“${raw}”：冒号后请写值，如 ${name}:${{unit: '件', u: '件', sec: '5', s: '5.2', q: '余', area: '执法'}[name]}`,
			};
		if ((name === 'sec' || name === 's') && !/^\d+(?:\.\d+)*$/.test(value))
			return {
				en: `"${raw}": a section is a number, e.g. sec:5 or sec:5.2`,
				zh: `“${raw}”：章节应为编号，如 sec:5 或 sec:5.2`,
			};
		if (name === 'q' && !QUALIFIERS.includes(value))
			return {
				en: `"${raw}": an approximation marker is one of ${QUALIFIERS.join(' ')}`,
				zh: `“${raw}”：约数标记应为 ${QUALIFIERS.join(' ')} 之一`,
			};
	}
	return null;
}

/** Compiles a query into one predicate; the empty query matches everything. */
export function compileFilter(query: string, ctx: FilterContext = {}): Predicate {
	const terms = query
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.map(t => term(folded(t), ctx));
	if (terms.length === 0) return () => true;
	if (terms.length === 1) return terms[0]!;
	return i => terms.every(t => t(i));
}

/**
 * Words every label a query matches contains, as written (case matters for them): the plain words of the query
 * without Latin letters. An index may search for these before it applies the query itself.
 */
export function requiredWords(query: string): string[] {
	return query
		.trim()
		.split(/\s+/)
		.filter(
			t =>
				t !== '' &&
				!/^(>=|<=|>|<|=)-?\d/.test(t) &&
				!/^(unit|u|sec|s|q|area):./.test(t) &&
				!(t.startsWith('-') && t.length > 1),
		)
		.filter(t => !/[A-Za-z]/.test(t));
}

export type SortKey = 'label' | 'value' | 'section';
export const SORT_KEYS: readonly SortKey[] = ['section', 'label', 'value'];

/** "5.10" after "5.9": section ids compare part by part as numbers. */
export function compareSectionIds(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
		const d = (pa[k] ?? -1) - (pb[k] ?? -1);
		if (d !== 0) return d;
	}
	return 0;
}

// Created on first use: building a zh-CN collator costs tens of milliseconds, which a lookup need not pay.
let collator: Intl.Collator | undefined;
export function zhCollator(): Intl.Collator {
	collator ??= new Intl.Collator('zh-CN');
	return collator;
}
const COMPARATORS: Readonly<Record<SortKey, (a: Indicator, b: Indicator) => number>> = {
	label: (a, b) => zhCollator().compare(a.label, b.label),
	value: (a, b) => a.value - b.value,
	section: (a, b) => compareSectionIds(a.sectionId, b.sectionId) || a.offset - b.offset,
};

export interface QueryOptions {
	readonly filter?: string;
	readonly section?: string;
	readonly unit?: string;
	readonly min?: number;
	readonly max?: number;
	readonly sort?: SortKey;
	readonly desc?: boolean;
	readonly limit?: number;
}

/** Filters, sorts and limits indicators. Stable: equal keys keep document order. */
export function queryIndicators(
	indicators: readonly Indicator[],
	options: QueryOptions,
	ctx: FilterContext = {},
): Indicator[] {
	const parts = [
		options.filter ?? '',
		options.section ? `sec:${options.section}` : '',
		options.unit ? `unit:${options.unit}` : '',
		options.min !== undefined ? `>=${options.min}` : '',
		options.max !== undefined ? `<=${options.max}` : '',
	];
	const predicate = compileFilter(parts.join(' '), ctx);
	let out = indicators.filter(predicate);
	if (options.sort && options.sort !== 'section') out = out.sort(COMPARATORS[options.sort]);
	if (options.desc) out = out.reverse();
	if (options.limit !== undefined) out = out.slice(0, options.limit);
	return out;
}
