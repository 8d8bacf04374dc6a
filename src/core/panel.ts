/**
 * The corpus as a panel (`jcfz export --panel`): one row per (region, year, measure), or with `wide` one row per
 * report and one column per measure — for Excel, WPS, R or Stata. Pure: the rows of one report from its head and
 * its figures with their measures.
 */
import {NO_AREA} from './measures.js';
import type {Indicator, Reporter} from './types.js';
import {type Division, divisionByCode, parentOf} from './region/gazetteer.js';

/** Who reports, as a panel row says it. */
export interface PanelReport extends Reporter {
	readonly year: number;
	readonly published: string | null;
}

/** A measure as the panel names it. */
export interface PanelMeasure {
	readonly id: string;
	readonly name: string;
	readonly area: string;
	/** The kind of unit (unit-table.ts). */
	readonly unit: string;
}

export const PANEL_COLUMNS = [
	'region',
	'code',
	'level',
	'province',
	'department',
	'year',
	'published',
	'area',
	'measure',
	'measure_name',
	'label',
	'value',
	'unit',
	'qualifier',
	'section',
	'sentence',
] as const;

export const WIDE_HEAD = ['region', 'code', 'level', 'province', 'department', 'year', 'published'] as const;

export type Cell = string | number | null;

const LEVELS = ['province', 'city', 'county'] as const;

/** province, city, county or town; '' for a place not in the table. */
export function levelOf(
	report: Pick<PanelReport, 'regionCode' | 'town'>,
	d = divisionByCode(report.regionCode),
): string {
	if (report.town) return 'town';
	if (report.regionCode === '100000') return 'national';
	return d ? (LEVELS[d.level - 1] ?? '') : '';
}

/** The provincial-level division a place lies in ('' when unknown). */
export function provinceOf(d: Division | undefined): string {
	let top = d;
	for (let p = d && parentOf(d); p; p = parentOf(p)) top = p;
	return top?.name ?? '';
}

function head(report: PanelReport): Cell[] {
	const d = divisionByCode(report.regionCode);
	return [
		report.region,
		report.regionCode,
		levelOf(report, d),
		provinceOf(d),
		report.department,
		report.year,
		report.published,
	];
}

/**
 * A report's panel rows: its first figure of each measure (in reading order) that `keep` keeps, one row each.
 * `measureOf` gives a figure's measure (null: the figure is left out).
 */
export function panelRows<F>(
	report: PanelReport,
	figures: readonly F[],
	indicatorOf: (f: F) => Indicator,
	measureOf: (f: F) => PanelMeasure | null,
): Cell[][] {
	const seen = new Set<string>();
	const front = head(report);
	const rows: Cell[][] = [];
	for (const f of figures) {
		const m = measureOf(f);
		if (!m || seen.has(m.id)) continue;
		seen.add(m.id);
		const i = indicatorOf(f);
		rows.push([
			...front,
			m.area === NO_AREA ? '' : m.area,
			m.id,
			m.name,
			i.label,
			i.value,
			i.unit,
			i.qualifier,
			i.sectionId,
			i.sentence,
		]);
	}
	return rows;
}

/** The wide panel's header: the report columns, then one column per measure, `name (unit) [id]`. */
export function wideHeader(measures: readonly PanelMeasure[]): string[] {
	return [...WIDE_HEAD, ...measures.map(m => `${m.name} (${m.unit}) [${m.id}]`)];
}

/** A report's wide row: its first figure's value of each of `measures` (by their order), '' where it has none. */
export function wideRow<F>(
	report: PanelReport,
	figures: readonly F[],
	indicatorOf: (f: F) => Indicator,
	measureOf: (f: F) => PanelMeasure | null,
	column: ReadonlyMap<string, number>,
): Cell[] {
	const values: Cell[] = new Array(column.size).fill(null);
	for (const f of figures) {
		const m = measureOf(f);
		const k = m ? column.get(m.id) : undefined;
		if (k !== undefined && values[k] === null) values[k] = indicatorOf(f).value;
	}
	return [...head(report), ...values];
}
