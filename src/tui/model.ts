/**
 * What the explorer shows, derived from the data and the state (pure): the current report, the filtered and
 * sorted indicators, the diff of the chosen years. Memoised by the caller.
 */
import {diffReports, type ReportDiff} from '../core/diff/diff.js';
import {getOrCreate} from '../core/memo.js';
import {compileFilter, queryIndicators} from '../core/filter.js';
import type {Indicator, Report} from '../core/types.js';
import type {Context} from './controller.js';
import type {State} from './state.js';
import {outlineRows, sectionText, type OutlineRow} from './views/sections-model.js';

export interface YearData {
	readonly report: Report;
	readonly indicators: readonly Indicator[];
}

/** The reports of one region, by year (ascending). */
export interface TuiData {
	readonly region: string;
	readonly years: readonly number[];
	readonly byYear: ReadonlyMap<number, YearData>;
}

export function currentYear(data: TuiData, state: State): YearData {
	return data.byYear.get(data.years[state.yearIndex]!)!;
}

const sortCache = new WeakMap<YearData, Map<string, Indicator[]>>();

/** Sorted once per year and order, then reused: re-sorting 100,000 indicators per keystroke would be too slow. */
export function sortedIndicators(year: YearData, state: State): Indicator[] {
	const key = `${state.indicators.sort}:${state.indicators.desc}`;
	const byKey = getOrCreate(sortCache, year, () => new Map<string, Indicator[]>());
	return getOrCreate(byKey, key, () =>
		queryIndicators(year.indicators, {sort: state.indicators.sort, desc: state.indicators.desc}),
	);
}

/** Recent results per sorted list: typing narrows the last one, Backspace finds an earlier one here. */
const filterCache = new WeakMap<readonly Indicator[], Map<string, readonly Indicator[]>>();
const KEPT_QUERIES = 16;

/**
 * Filtering a sorted list keeps its order. A query that only adds characters to a plain word (复 → 复议) can
 * only narrow the result, so it filters the previous result instead of everything.
 */
export function filterIndicators(sorted: readonly Indicator[], query: string): readonly Indicator[] {
	if (!query.trim()) return sorted;
	const cache = getOrCreate(filterCache, sorted, () => new Map<string, readonly Indicator[]>());
	const hit = cache.get(query);
	if (hit) return hit;
	let base: readonly Indicator[] = sorted;
	if (/^[^\s:<>=-]+$/.test(query)) {
		for (let k = query.length - 1; k > 0; k--) {
			const narrower = cache.get(query.slice(0, k));
			if (narrower) {
				base = narrower;
				break;
			}
		}
	}
	const result = base.filter(compileFilter(query));
	cache.set(query, result);
	if (cache.size > KEPT_QUERIES) cache.delete(cache.keys().next().value!);
	return result;
}

export interface DiffData {
	readonly years: readonly [number, number];
	readonly diff: ReportDiff;
}

const diffCache = new WeakMap<TuiData, Map<string, DiffData>>();

/** The diff of two years of the data (by index), computed once per pair; null with fewer than two years. */
export function diffFor(data: TuiData, [from, to]: readonly [number, number]): DiffData | null {
	const a = data.years[from];
	const b = data.years[to];
	if (a === undefined || b === undefined || from >= to) return null;
	const byPair = getOrCreate(diffCache, data, () => new Map<string, DiffData>());
	return getOrCreate(byPair, `${a}:${b}`, () => ({
		years: [a, b] as const,
		diff: diffReports(data.byYear.get(a)!, data.byYear.get(b)!),
	}));
}

export function visibleDiffRows(diff: DiffData | null, status: State['diff']['status'], filter: string) {
	if (!diff) return [];
	const words = filter.trim().toLowerCase();
	return diff.diff.rows.filter(
		r => (status === 'all' || r.status === status) && (!words || r.label.toLowerCase().includes(words)),
	);
}

export function outlineFor(year: YearData, state: State): OutlineRow[] {
	return outlineRows(year.report, state.sections.expanded);
}

/** The figures of the section under the outline cursor, in reading order. */
export function selectedSection(year: YearData, state: State): OutlineRow['section'] | undefined {
	return outlineFor(year, state)[state.sections.cursor]?.section;
}

export function sectionFigures(
	year: YearData,
	section: OutlineRow['section'] | undefined,
	columns: number,
): Indicator[] {
	return section ? sectionText(section, year.indicators, columns, null).figures : [];
}

/** Everything key handling needs to know about the screen, derived from the latest state. */
export function contextFor(data: TuiData, state: State, textWidth: number, page: number): Context {
	const year = currentYear(data, state);
	const diff = state.view === 'diff' ? diffFor(data, state.diff.pair) : null;
	return {
		years: data.years,
		year,
		outline: outlineFor(year, state),
		figures: state.view === 'sections' ? sectionFigures(year, selectedSection(year, state), textWidth).length : 0,
		indicators: filterIndicators(sortedIndicators(year, state), state.indicators.filter.value),
		diff,
		diffRows: visibleDiffRows(diff, state.diff.status, state.diff.filter.value),
		page,
		yearIndexOf: y => data.years.indexOf(y),
		reportOf: y => data.byYear.get(y),
	};
}
