/**
 * `jcfz export --panel`: the stored reports as a panel (core/panel.ts), read year by year from the cross-report
 * index (never the body documents), so that 30,000 reports stream in bounded memory: one year's figures at a time.
 */
import {pushAll} from '../core/arrays.js';
import {JcfzError} from '../core/errors.js';
import {type Cell, PANEL_COLUMNS, type PanelMeasure, panelRows, wideHeader, wideRow} from '../core/panel.js';
import {divisionByCode, within as isWithin, type Division} from '../core/region/gazetteer.js';
import {csvRows, toCsv} from '../render/csv.js';
import {toJson} from '../render/json.js';
import type {IndexedReport} from '../store/cross-index.js';
import type {Store} from '../store/store.js';

export interface PanelOptions {
	readonly format: 'csv' | 'json';
	readonly wide: boolean;
	/** Measures in at least this many of the reports exported. */
	readonly minReports: number;
	readonly within?: Division;
	readonly level?: 'province' | 'city' | 'county' | 'town';
	readonly area?: string;
	readonly years?: ReadonlySet<number>;
}

const LEVEL_OF = {province: 1, city: 2, county: 3} as const;
/** Rows written at once. */
const PIECE_ROWS = 2000;

/** `2021-2023`, `2021,2023` or `2023`: the years a panel covers. */
export function parseYears(text: string | undefined): Set<number> | undefined {
	if (text === undefined) return undefined;
	const years = new Set<number>();
	for (const part of text.split(/[,，\s]+/).filter(Boolean)) {
		const m = /^(\d{4})(?:\s*[-–~]\s*(\d{4}))?$/.exec(part);
		const [from, to] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [Number.NaN, Number.NaN];
		if (!m || from < 1949 || to > 2100 || to < from)
			throw new JcfzError(
				'usage',
				`bad --years "${text}": give years or ranges between 1949 and 2100, e.g. --years 2021-2023 or --years 2021,2023`,
				`--years“${text}”有误：请给出 1949–2100 之间的年份或区间，如 --years 2021-2023 或 --years 2021,2023`,
			);
		for (let y = from; y <= to; y++) years.add(y);
	}
	return years;
}

function inScope(r: IndexedReport, o: PanelOptions): boolean {
	if (o.level === 'town' ? !r.town : o.level && r.town) return false;
	const d = divisionByCode(r.regionCode);
	if (o.level && o.level !== 'town' && d?.level !== LEVEL_OF[o.level]) return false;
	return !o.within || (d !== undefined && isWithin(d, o.within));
}

/**
 * The panel as pieces of text, year by year. A store changed meanwhile (the index's stamp moved) ends it with an
 * error: the rows may mix two states.
 */
export async function* panelPieces(store: Store, o: PanelOptions): AsyncGenerator<string> {
	const index = await store.readyIndex();
	const before = await index.stampText();
	const years = [...new Set(store.bodies.flatMap(b => b.years))]
		.filter(y => !o.years || o.years.has(y))
		.sort((a, b) => a - b);
	const live = new Map<number, IndexedReport[]>();
	for (const year of years)
		live.set(
			year,
			(await index.reports(year)).filter(r => inScope(r, o)),
		);
	// Measures counted over the reports exported: --min-reports means reports of this panel.
	const slots = new Map([...live].map(([y, rs]) => [y, new Set(rs.map(r => r.slot))]));
	const table = index.measureTable(slots);
	const kept = table.measures.filter(m => m.reports >= o.minReports && (o.area === undefined || m.area === o.area));
	const keptIds = new Set(kept.map(m => m.id));
	const measureOf = (f: {keyId: number}): PanelMeasure | null => {
		const m = table.measureOfKeyId(f.keyId);
		return m && keptIds.has(m.id) ? m : null;
	};
	const column = new Map(kept.map((m, k) => [m.id, k]));
	let first = true;
	const emit = (rows: Cell[][], keys: readonly string[]) => {
		if (o.format === 'csv') return csvRows(rows);
		let text = '';
		for (const row of rows) {
			const object = Object.fromEntries(keys.map((k, j) => [k, row[j] ?? null]));
			text += `${first ? '' : ','}\n  ${toJson(object).replace(/\n/g, '\n  ')}`;
			first = false;
		}
		return text;
	};
	const keys = o.wide ? wideHeader(kept) : [...PANEL_COLUMNS];
	yield o.format === 'csv' ? toCsv(keys, []) : '[';
	for (const year of years) {
		const reports = live.get(year)!;
		if (reports.length === 0) continue;
		const listed = await index.listed(year);
		// A piece per some hundred reports: bounded memory, few writes.
		let rows: Cell[][] = [];
		for (const {report: r, figures} of index.reportFigures(year, reports)) {
			const head = {...r, published: listed.get(r.slot)?.published ?? null};
			if (o.wide) rows.push(wideRow(head, figures, f => f.indicator, measureOf, column));
			else
				pushAll(
					rows,
					panelRows(head, figures, f => f.indicator, measureOf),
				);
			if (rows.length >= PIECE_ROWS) {
				yield emit(rows, keys);
				rows = [];
			}
		}
		if (rows.length) yield emit(rows, keys);
	}
	yield o.format === 'csv' ? '' : first ? ']\n' : '\n]\n';
	if ((await index.stampText()) !== before)
		throw new JcfzError(
			'data',
			'the store changed while the panel was exported (an import or a reindex beside it): run the export again',
			'导出期间库有变动（同时有导入或重建索引）：请重新导出',
		);
}
