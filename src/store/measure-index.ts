/**
 * The measures part of the cross-report index (see core/measures.ts for what a measure is). Three files:
 * - `keys.ndjson`: every figure key ever seen, one per line as `[key, label as first written]`; a key's id is its
 *   line number (0-based), so the file is only appended to;
 * - `links.ndjson`: `[keyId, keyId]` per pair of keys the diff joined between consecutive years of one body;
 * - `<year>.measures.ndjson`: per report version, `[slot, region, [keyId of each figure, in order], [its values]]`
 *   (`region`: the division code, else the name), superseded by a later line of the same slot.
 * `jcfz measures` reads the three (at 30,000 reports some megabytes) and groups keys into measures there: no file
 * holds the measures themselves, so an import only appends.
 */
import {getOrCreate} from '../core/memo.js';
import {
	type KeyCount,
	type Measure,
	groupMeasures,
	type KeyedYear,
	measureKeys,
	measureLabels,
	measureLinks,
} from '../core/measures.js';
import type {Indicator, Report} from '../core/types.js';
import {appendIndex} from './index-open.js';

/** What the measures need of a report: its sections (for areas) and figures. */
export interface Keyed {
	readonly report: Pick<Report, 'sections' | 'region' | 'department' | 'town'>;
	readonly indicators: readonly Indicator[];
}

const labelsMemo = new WeakMap<readonly Indicator[], string[]>();
const keysMemo = new WeakMap<readonly Indicator[], string[]>();

/** The labels a key is first written down with (measureLabels: the place's own name read as 本市), once per report. */
const labelsOf = (item: Keyed) =>
	getOrCreate(labelsMemo, item.indicators, () => measureLabels(item.report, item.indicators));

/** measureKeys, once per indicators array (a reindex asks for each year twice: as itself and as a neighbour). */
function keysOf(item: Keyed): string[] {
	return getOrCreate(keysMemo, item.indicators, () => measureKeys(item.report, item.indicators, labelsOf(item)));
}

const keyed = (item: Keyed): KeyedYear => ({indicators: item.indicators, keys: keysOf(item)});

export const KEYS_FILE = 'keys.ndjson';
export const LINKS_FILE = 'links.ndjson';

/** Parses complete NDJSON lines (the caller turns a throw into a damaged index). */
export type JsonLines = (bytes: Buffer) => unknown[];

export class MeasureFiles {
	readonly #folder: string;
	readonly #read: (name: string) => Buffer;
	readonly #lines: JsonLines;
	/** Key → id, as keys.ndjson holds them (read once, then kept up to date by prepare). */
	#ids: Map<string, number> | null = null;

	constructor(folder: string, read: (name: string) => Buffer, lines: JsonLines) {
		this.#folder = folder;
		this.#read = read;
		this.#lines = lines;
	}

	/** Forgets what was read: the folder was emptied (a rebuild). */
	reset(): void {
		this.#ids = null;
	}

	#keyIds(): Map<string, number> {
		if (!this.#ids) {
			this.#ids = new Map();
			for (const [k, e] of this.#lines(this.#read(KEYS_FILE)).entries()) {
				if (!Array.isArray(e) || typeof e[0] !== 'string') throw new Error(`${KEYS_FILE}: not a key line`);
				this.#ids.set(e[0], k);
			}
		}
		return this.#ids;
	}

	/**
	 * The key id of every figure of each item, appending the keys not seen before and the links each item makes with
	 * its neighbours (the body's nearest stored years before and after it).
	 */
	async prepare(
		items: readonly (Keyed & {readonly neighbours?: readonly (Keyed & {readonly year: number})[]; year: number})[],
	): Promise<number[][]> {
		const ids = this.#keyIds();
		const newKeys: string[] = [];
		const idOf = (key: string, label: string) => {
			let id = ids.get(key);
			if (id === undefined) {
				id = ids.size;
				ids.set(key, id);
				newKeys.push(`${JSON.stringify([key, label])}\n`);
			}
			return id;
		};
		const links = new Set<string>();
		const out = items.map(item => {
			const keys = keysOf(item);
			const labels = labelsOf(item);
			const own = keys.map((key, k) => idOf(key, labels[k]!));
			for (const n of item.neighbours ?? []) {
				const [a, b] = n.year < item.year ? [n, item] : [item, n];
				const nk = keysOf(n);
				if (nk.some(key => !ids.has(key))) {
					const labels = labelsOf(n);
					for (const [k, key] of nk.entries()) idOf(key, labels[k]!);
				}
				for (const [x, y] of measureLinks(keyed(a), keyed(b))) links.add(`[${ids.get(x)},${ids.get(y)}]\n`);
			}
			return own;
		});
		if (newKeys.length) await appendIndex(`${this.#folder}/${KEYS_FILE}`, newKeys.join(''));
		if (links.size) await appendIndex(`${this.#folder}/${LINKS_FILE}`, [...links].join(''));
		return out;
	}

	/**
	 * The measures of the live report versions (`rows`: per year, `[slot, region, keyIds]` of the live slots), with
	 * how many reports and regions have each, in most reports first (then by id).
	 */
	table(rows: readonly MeasureLine[]): MeasureTable {
		const keyLines = this.#lines(this.#read(KEYS_FILE)) as [string, string][];
		const counts: KeyCount[] = keyLines.map(([key, label]) => ({key, label, figures: 0}));
		for (const [, , ids] of rows)
			for (const id of ids) {
				const c = counts[id];
				if (!c) throw new Error(`a key id past ${KEYS_FILE}`);
				c.figures++;
			}
		const links = (this.#lines(this.#read(LINKS_FILE)) as [number, number][]).map(
			([a, b]) => [counts[a]?.key ?? '', counts[b]?.key ?? ''] as const,
		);
		// Keys no live report has are left out (a removed report's), and so are the links to them.
		const seen = counts.filter(c => c.figures > 0);
		const measures = groupMeasures(seen, links);
		const keyIndex = new Map(keyLines.map(([key], k) => [key, k]));
		const measureOf = new Int32Array(counts.length).fill(-1);
		for (const [k, m] of measures.entries()) for (const key of m.keys) measureOf[keyIndex.get(key)!] = k;
		// One pass over the reports grouped by region: a measure's regions are the times its region changes.
		const byRegion = [...rows].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
		const reports = new Uint32Array(measures.length);
		const regions = new Uint32Array(measures.length);
		const lastReport = new Int32Array(measures.length).fill(-1);
		const lastRegion = new Int32Array(measures.length).fill(-1);
		let region = -1;
		for (const [r, [, name, ids]] of byRegion.entries()) {
			if (r === 0 || name !== byRegion[r - 1]![1]) region++;
			for (const id of ids) {
				const m = measureOf[id]!;
				if (lastReport[m] === r) continue;
				lastReport[m] = r;
				reports[m]!++;
				if (lastRegion[m] !== region) {
					lastRegion[m] = region;
					regions[m]!++;
				}
			}
		}
		const rowsOut = measures
			.map((m, k) => ({
				...m,
				reports: reports[k]!,
				regions: regions[k]!,
				keyIds: m.keys.map(key => keyIndex.get(key)!),
			}))
			.sort((a, b) => b.reports - a.reports || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const byId = new Map<number, MeasureRow>();
		for (const m of rowsOut) for (const id of m.keyIds) byId.set(id, m);
		return {
			measures: rowsOut,
			measureOfKeyId: id => byId.get(id) ?? null,
			valuesOf: m => {
				const ids = new Set(m.keyIds);
				const out: {slot: string; year: number; value: number; figure: number}[] = [];
				for (const [slot, , keyIds, values, year] of rows) {
					const k = keyIds.findIndex(id => ids.has(id));
					if (k >= 0) out.push({slot, year, value: values[k] ?? Number.NaN, figure: k});
				}
				return out;
			},
		};
	}
}

export interface MeasureRow extends Measure {
	/** Live report versions with a figure of it. */
	readonly reports: number;
	/** Regions (division codes, else names) among them. */
	readonly regions: number;
	/** The ids of its keys in keys.ndjson. */
	readonly keyIds: readonly number[];
}

export interface MeasureTable {
	readonly measures: readonly MeasureRow[];
	readonly measureOfKeyId: (id: number) => MeasureRow | null;
	/** Each live report's first figure of a measure: its slot, year, value and place among its figures. */
	readonly valuesOf: (m: MeasureRow) => readonly {slot: string; year: number; value: number; figure: number}[];
}

/** A line of `<year>.measures.ndjson` as read: slot, region, key ids, values, and the year it is of. */
export type MeasureLine = readonly [
	slot: string,
	region: string,
	/** Each figure's measure key id, in the report's order of figures. */
	keyIds: readonly number[],
	/** Each figure's value (null for NaN), beside its key id. */
	values: readonly (number | null)[],
	year: number,
];
