/**
 * The measures part of the cross-report index (see core/measures.ts for what a measure is). Three files:
 * - `keys.ndjson`: every figure key ever seen, one per line as `[key, label as first written]`; a key's id is its
 *   line number (0-based), so the file is only appended to;
 * - `links.ndjson`: `[keyId, keyId]` per pair of keys the diff joined between consecutive years of one body;
 * - `<year>.measures.ndjson`: per report version, `[slot, region, [keyId of each figure, in order]]` (`region`: the
 *   division code, else the name), superseded by a later line of the same slot.
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

const keysMemo = new WeakMap<readonly Indicator[], string[]>();

/** measureKeys, once per indicators array (a reindex asks for each year twice: as itself and as a neighbour). */
function keysOf(item: Keyed): string[] {
	return getOrCreate(keysMemo, item.indicators, () => measureKeys(item.report, item.indicators));
}

/** The labels a key is first written down with (measureLabels: the place's own name read as 本市). */
const labelsOf = (item: Keyed) => measureLabels(item.report, item.indicators);

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
	table(rows: Iterable<readonly [string, string, readonly number[]]>): MeasureTable {
		const keyLines = this.#lines(this.#read(KEYS_FILE)) as [string, string][];
		const counts: KeyCount[] = keyLines.map(([key, label]) => ({key, label, figures: 0}));
		const reportsOf: (readonly number[])[] = [];
		const regionOf: string[] = [];
		for (const [, region, ids] of rows) {
			for (const id of ids) {
				const c = counts[id];
				if (!c) throw new Error(`a key id past ${KEYS_FILE}`);
				c.figures++;
			}
			reportsOf.push(ids);
			regionOf.push(region);
		}
		const links = (this.#lines(this.#read(LINKS_FILE)) as [number, number][]).map(
			([a, b]) => [counts[a]?.key ?? '', counts[b]?.key ?? ''] as const,
		);
		// Keys no live report has are left out (a removed report's), and so are the links to them.
		const seen = counts.filter(c => c.figures > 0);
		const measures = groupMeasures(seen, links);
		const byKeyId = new Map<number, number>();
		const keyIndex = new Map(keyLines.map(([key], k) => [key, k]));
		measures.forEach((m, k) => {
			for (const key of m.keys) byKeyId.set(keyIndex.get(key)!, k);
		});
		const reports = new Uint32Array(measures.length);
		const regions = measures.map(() => new Set<string>());
		const mark = new Int32Array(measures.length).fill(-1);
		reportsOf.forEach((ids, r) => {
			for (const id of ids) {
				const m = byKeyId.get(id)!;
				if (mark[m] === r) continue;
				mark[m] = r;
				reports[m]!++;
				regions[m]!.add(regionOf[r]!);
			}
		});
		const rowsOut = measures
			.map((m, k) => ({
				...m,
				reports: reports[k]!,
				regions: regions[k]!.size,
				keyIds: m.keys.map(key => keyIndex.get(key)!),
			}))
			.sort((a, b) => b.reports - a.reports || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const byId = new Map<number, MeasureRow>();
		for (const m of rowsOut) for (const id of m.keyIds) byId.set(id, m);
		return {measures: rowsOut, measureOfKeyId: id => byId.get(id) ?? null};
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
}
