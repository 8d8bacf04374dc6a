/**
 * The Diff screen's view-model (pure): the diff of two years (computed once per pair), the rows the filter
 * language and the status keep, in the chosen order, grouped under their sections when sorted by section, and a
 * bar whose length follows the size of the change.
 */
import {type DiffRow, diffReports, type ReportDiff} from '../../core/diff/diff.js';
import {compileFilter} from '../../core/filter.js';
import {getOrCreate} from '../../core/memo.js';
import {rowSection} from '../../render/diff.js';
import type {TuiData} from '../data.js';
import type {DiffSort, StatusFilter} from './state.js';

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

const rowsCache = new WeakMap<DiffData, Map<string, readonly DiffRow[]>>();

/**
 * The rows the status and the filter keep, in order. The filter language is the one of the Indicators screen
 * (复议, u:%, >1000, s:5 …), applied to the later figure (the earlier one for a removed row); a plain word
 * matches either year's label.
 */
export function visibleRows(
	diff: DiffData | null,
	status: StatusFilter,
	filter: string,
	sort: DiffSort,
): readonly DiffRow[] {
	if (!diff) return [];
	const byKey = getOrCreate(rowsCache, diff, () => new Map<string, readonly DiffRow[]>());
	return getOrCreate(byKey, `${status}\t${filter}\t${sort}`, () => {
		const test = compileFilter(filter);
		const rows = diff.diff.rows.filter(
			r =>
				(status === 'all' || r.status === status) &&
				(test(r.to ?? r.from!) || (r.from !== null && r.to !== null && test({...r.to, label: r.from.label}))),
		);
		const size = (r: DiffRow, key: 'delta' | 'pct') => (r[key] === null ? -1 : Math.abs(r[key]!));
		if (sort === 'delta') return [...rows].sort((a, b) => size(b, 'delta') - size(a, 'delta'));
		if (sort === 'pct') return [...rows].sort((a, b) => size(b, 'pct') - size(a, 'pct'));
		if (sort === 'label') return [...rows].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
		return rows;
	});
}

/** A line of the table: a section heading, or a row (by its index among the rows). */
export type DisplayRow =
	| {readonly kind: 'heading'; readonly text: string}
	| {readonly kind: 'row'; readonly index: number};

/** Rows under their section headings (sorted by section), or the rows alone (sorted otherwise). */
export function displayRows(rows: readonly DiffRow[], grouped: boolean): DisplayRow[] {
	const out: DisplayRow[] = [];
	let section = '';
	rows.forEach((r, index) => {
		const s = rowSection(r);
		if (grouped && s.id !== section) {
			out.push({kind: 'heading', text: `${s.id} ${s.title}`});
			section = s.id;
		}
		out.push({kind: 'row', index});
	});
	return out;
}

/** The label of a row: both labels when the measure was reworded ("受理行政复议案件 → 办理行政复议案件"). */
export function rowLabel(r: DiffRow): string {
	return r.from && r.to && r.from.label !== r.to.label ? `${r.from.label} → ${r.to.label}` : r.label;
}

const EIGHTHS = ' ▏▎▍▌▋▊▉█';

/**
 * A bar of up to `cells` columns for the size of a relative change, on a log scale so that +1 %, +16 % and
 * +100 % look different: log10(1 + |Δ%|) / log10(101) of the width, drawn in eighths of a cell; 100 % or more
 * fills it.
 */
export function changeBar(pct: number | null, cells: number): string {
	if (pct === null || pct === 0) return '';
	const share = Math.min(1, Math.log10(1 + Math.abs(pct)) / Math.log10(101));
	const eighths = Math.max(1, Math.round(share * cells * 8));
	return '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 ? EIGHTHS[eighths % 8] : '');
}
