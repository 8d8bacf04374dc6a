/**
 * The Indicators screen's view-model (pure): the year's indicators sorted (once per order) and filtered (a query
 * that only adds characters narrows the previous result), and the figure as a Chinese reader writes it.
 */
import {compileFilter, type FilterContext, queryIndicators} from '../../core/filter.js';
import {getOrCreate} from '../../core/memo.js';
import type {Indicator} from '../../core/types.js';
import {formatIndicatorValue} from '../../render/format.js';
import type {YearData} from '../data.js';
import type {IndicatorsState} from './state.js';

const sortCache = new WeakMap<YearData, Map<string, Indicator[]>>();

/** Sorted once per year and order, then reused: re-sorting 100,000 indicators per keystroke would be too slow. */
export function sortedIndicators(year: YearData, state: Pick<IndicatorsState, 'sort' | 'desc'>): Indicator[] {
	const byKey = getOrCreate(sortCache, year, () => new Map<string, Indicator[]>());
	return getOrCreate(byKey, `${state.sort}:${state.desc}`, () =>
		queryIndicators(year.indicators, {sort: state.sort, desc: state.desc}),
	);
}

/** Recent results per sorted list: typing narrows the last one, Backspace finds an earlier one here. */
const filterCache = new WeakMap<readonly Indicator[], Map<string, readonly Indicator[]>>();
const KEPT_QUERIES = 16;

/**
 * Filtering a sorted list keeps its order. A query that only adds characters to a plain word (复 → 复议) can
 * only narrow the result, so it filters the previous result instead of everything.
 */
export function filterIndicators(
	sorted: readonly Indicator[],
	query: string,
	ctx: FilterContext = {},
): readonly Indicator[] {
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
	const result = base.filter(compileFilter(query, ctx));
	cache.set(query, result);
	if (cache.size > KEPT_QUERIES) cache.delete(cache.keys().next().value!);
	return result;
}

/**
 * A figure as a Chinese reader writes it: 200余万 (元), 1.35万余 (条), 近32万 (件) rather than 2,000,000余; plain
 * counts with thousands separators (4,389). The unit is shown beside it.
 */
export function valueAsWritten(i: Pick<Indicator, 'raw' | 'unit' | 'value' | 'qualifier'>): string {
	const raw = i.raw.replace(/\s+/g, '');
	if (!/[万亿]/.test(raw)) return formatIndicatorValue(i);
	const unit = i.unit.replace(/（.*$/, '');
	return raw.endsWith(unit) ? raw.slice(0, raw.length - unit.length) : raw;
}
