/**
 * The Regions screen's data and view-model (pure): one measure across every stored government, a row per
 * government with its figure of each stored year; the rows of one year, ranked, filtered by level or by words
 * (region, province), sorted by value or by change.
 */
import {getOrCreate} from '../../core/memo.js';
import type {Indicator} from '../../core/types.js';
import type {RegionsSort, RegionsState} from './state.js';

export interface RegionsMeasure {
	readonly id: string;
	readonly name: string;
	readonly unit: string;
	/** How many reports and regions have it (store-wide). */
	readonly reports: number;
	readonly regions: number;
}

/** One government: where it stands and its figure of the measure in each year of RegionsData.years. */
export interface RegionRow {
	readonly body: string;
	readonly region: string;
	readonly regionCode: string;
	/** province, city, county ('' when not in the table). */
	readonly level: string;
	/** The divisions above it, "山西省 晋城市". */
	readonly parents: string;
	readonly figures: readonly (Indicator | null)[];
}

/** What the shell loads for the screen (tui/run.tsx): a measure, the years stored, a row per government. */
export interface RegionsData {
	readonly measure: RegionsMeasure;
	/** The year the screen opens on (the figure's, else the report's, else the latest). */
	readonly year: number;
	readonly years: readonly number[];
	readonly rows: readonly RegionRow[];
}

/** A row as shown for one year. */
export interface RegionLine {
	readonly row: RegionRow;
	readonly rank: number;
	readonly figure: Indicator;
	/** Change from the government's figure of the year before; null when it has none. */
	readonly change: number | null;
}

const memo = new WeakMap<RegionsData, Map<string, readonly RegionLine[]>>();

/** The governments with a figure in the year shown, ranked by value (ties share a rank), filtered and sorted. */
export function regionLines(
	data: RegionsData,
	state: Pick<RegionsState, 'year' | 'level' | 'filter' | 'sort'>,
): readonly RegionLine[] {
	const key = `${state.year}\t${state.level}\t${state.filter.value}\t${state.sort}`;
	const byKey = getOrCreate(memo, data, () => new Map<string, readonly RegionLine[]>());
	const cached = byKey.get(key);
	if (cached) return cached;
	const k = data.years.indexOf(state.year);
	const words = state.filter.value.trim().split(/\s+/).filter(Boolean);
	const present = data.rows.flatMap(row => {
		const figure = k >= 0 ? row.figures[k] : null;
		if (!figure) return [];
		if (state.level !== 'all' && row.level !== state.level) return [];
		if (!words.every(w => row.region.includes(w) || row.parents.includes(w))) return [];
		const before = k > 0 ? row.figures[k - 1] : null;
		return [{row, figure, change: before ? Math.round((figure.value - before.value) * 1e6) / 1e6 : null}];
	});
	const byValue = [...present].sort(
		(a, b) => b.figure.value - a.figure.value || a.row.region.localeCompare(b.row.region, 'zh-CN'),
	);
	const ranked = byValue.map((x, i) => ({...x, rank: 0, at: i}));
	for (const [i, x] of ranked.entries())
		x.rank = i > 0 && ranked[i - 1]!.figure.value === x.figure.value ? ranked[i - 1]!.rank : i + 1;
	const lines = sortLines(
		ranked.map(({at: _, ...x}) => x),
		state.sort,
	);
	byKey.set(key, lines);
	return lines;
}

function sortLines(lines: RegionLine[], sort: RegionsSort): RegionLine[] {
	if (sort === 'value') return lines;
	// By the size of the change, largest first; governments without the year before last.
	return [...lines].sort((a, b) => Math.abs(b.change ?? -1) - Math.abs(a.change ?? -1) || a.rank - b.rank);
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** A sparkline of a government's figures over the years (a space where it has none), on its own range. */
export function regionSparkline(row: RegionRow): string {
	const values = row.figures.map(f => f?.value ?? null);
	const present = values.filter((v): v is number => v !== null);
	const min = Math.min(...present);
	const max = Math.max(...present);
	return values
		.map(v => (v === null ? ' ' : max === min ? BLOCKS[3]! : BLOCKS[Math.round(((v - min) / (max - min)) * 7)]!))
		.join('');
}
