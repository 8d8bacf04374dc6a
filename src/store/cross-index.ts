/**
 * The cross-report index: what `rank` and `search --all` read instead of every body document (at 30,000 reports
 * those are 800 MB of JSON). Derived from the body documents, never the only copy: `jcfz reindex` rebuilds it,
 * and so does the first query after a write that did not finish.
 *
 * One set of files per year in `jcfz.index/`, appended to by every import (under the store's lock):
 * - `<year>.txt`: every sentence of every report version, one per line (UTF-8), searched as bytes;
 * - `<year>.lines`: per line of `<year>.txt`, its byte offset there, the sentence's offset in its source and the
 *   number of its section in its report (three float64 each: binary, read without parsing);
 * - `<year>.sections`: per report version, its sections as "id<TAB>title" lines (decoded only where a query hits);
 * - `<year>.map.ndjson`: per report version, who reports, where its sentences and sections are;
 * - `<year>.figures.ndjson`: one figure per line, with the byte range of its sentence;
 * - `<year>.titles.ndjson`: per report version, [slot, title, published, sections, indicators, importedAt, origin,
 *   id, region]
 *   (`jcfz list`, the explorer's report list);
 * - `<year>.checks.ndjson`: per report version, [slot, what `jcfz check` finds in it] (core/checks.ts)
 *   (`jcfz list` and the explorer's report list);
 * - `<year>.measures.ndjson`, `keys.ndjson`, `links.ndjson`: the figures' measure keys (and values) and the links
 *   between keys (measure-index.ts), for `jcfz measures`, `export --panel`, rank/trend by measure, the Regions view.
 * A later map line of the same slot (body and year) supersedes an earlier one (a replaced report), and a line
 * `{"slot", "removed": true}` ends it (a removed or moved report); `stamp.json` names the store generation the files
 * are complete for.
 */
import {pushAll} from '../core/arrays.js';
import {closeSync, fstatSync, lstatSync, readFileSync, readSync, promises as fsp} from 'node:fs';
import {dirname, join} from 'node:path';
import {randomHex} from '../core/lazy-crypto.js';
import {getOrCreate} from '../core/memo.js';
import {type Indicator, PREAMBLE_SECTION, type Qualifier, type Report} from '../core/types.js';
import {allParagraphs} from '../core/walk.js';
import {writeFileAtomic} from './atomic-file.js';
import {appendIndex, openIndexAppend, openIndexRead} from './index-open.js';
import {linesContaining, linesWith, needleBytes, rangeHolding} from './byte-search.js';
import {indexFolderName} from './keys.js';
import {sentenceIndex} from './record.js';
import {type CheckFindings, checkReport as checkContents, findingsOf, PARTS} from '../core/checks.js';
import {KEYS_FILE, LINKS_FILE, type MeasureLine, MeasureFiles, type MeasureTable} from './measure-index.js';

/** A report version as the index knows it. */
export interface IndexedReport {
	/** `<body>@<year>`: one report per body and year; a later line of the same slot supersedes an earlier one. */
	readonly slot: string;
	readonly id: string;
	readonly body: string;
	readonly region: string;
	readonly regionCode: string;
	readonly department: string;
	/** Report.town (absent when it is not a town's). */
	readonly town?: string;
	readonly year: number;
	/** Byte range of its sentences in `<year>.txt`; `start` also names this version in `<year>.figures.ndjson`. */
	readonly start: number;
	readonly end: number;
	/** Byte range of its sections ("id<TAB>title" lines, in reading order) in `<year>.sections`. */
	readonly sections: readonly [number, number];
}

/**
 * One figure per line: the `start` of its report version, then id, section id, label, value, unit, qualifier, raw,
 * offset, the byte range of its sentence in `<year>.txt`, and the id of its measure key (keys.ndjson). One figure
 * per line lets a query find its candidate lines with a byte search and parse only those.
 */
export type IndexedFigure = readonly [
	number,
	string,
	string,
	string,
	number,
	string,
	Qualifier | null,
	string,
	number,
	number,
	number,
	number,
];

/** What an import hands over: a stored report and the body it went into. */
export interface IndexItem {
	readonly body: string;
	readonly report: Report;
	readonly indicators: readonly Indicator[];
	readonly importedAt?: string;
	readonly origin?: string | null;
	/** The body's nearest stored years before and after this one: the diff with them links measure keys. */
	readonly neighbours?: readonly {readonly report: Report; readonly indicators: readonly Indicator[]; year: number}[];
}

/** What `jcfz list` shows of a report version, read from `<year>.titles.ndjson`. */
export interface Listed {
	readonly slot: string;
	readonly title: string;
	readonly published: string | null;
	readonly sections: number;
	readonly indicators: number;
	readonly importedAt: string;
	readonly origin: string | null;
	/** The report's id and its region as filed that year (a body's name can change from one year to the next). */
	readonly id: string;
	readonly region: string;
}

/** `<body>@<year>`: where a report version is filed in the index. */
export const slotOf = (body: string, year: number) => `${body}@${year}`;

export interface FoundSentence {
	readonly report: IndexedReport;
	readonly sectionId: string;
	readonly sectionTitle: string;
	readonly sentence: string;
	/** The sentence's offset in its report's normalised source. */
	readonly offset: number;
}

type Kind =
	| 'txt'
	| 'lines'
	| 'sections'
	| 'map.ndjson'
	| 'figures.ndjson'
	| 'titles.ndjson'
	| 'checks.ndjson'
	| 'measures.ndjson';
const YEAR_FILES: readonly Kind[] = [
	'txt',
	'lines',
	'sections',
	'map.ndjson',
	'figures.ndjson',
	'titles.ndjson',
	'checks.ndjson',
	'measures.ndjson',
];
/** Files of the whole index, not of a year (measure-index.ts). */
const STORE_FILES = [KEYS_FILE, LINKS_FILE];

/**
 * The files' format: 2 added `<year>.titles.ndjson`, 3 the size of every file in the stamp, 4 removed slots and
 * what `jcfz list` shows in the titles, 5 what `jcfz check` finds, 6 the id and region in the titles (list reads
 * no map), 7 the measures (keys, links, a key id per figure), 8 each report's values beside its key ids. An index of
 * another format is rebuilt.
 */
const FORMAT = 8;

const isSectionOrNull = (v: unknown) => v === null || typeof v === 'string';

function isFindings(v: unknown): v is CheckFindings {
	const f = v as CheckFindings | null;
	return (
		typeof f === 'object' &&
		f !== null &&
		Array.isArray(f.sections) &&
		f.sections.length === PARTS.length &&
		f.sections.every(isSectionOrNull) &&
		typeof f.perThousand === 'number' &&
		Array.isArray(f.areas) &&
		f.areas.every(a => typeof a === 'string')
	);
}

/** Numbers per line in `<year>.lines`: byte offset, source offset, section number. */
const LINE_FIELDS = 3;

/** Bytes of `<year>.txt` searched at once: memory stays flat however many reports a year has. */
const CHUNK = 8 << 20;

/** A sentence or title as one line of text: no line break inside. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/**
 * A line of the index that is not what jcfz writes (hand-edited, truncated, a range past its file): the store
 * rebuilds the index and reads again (Store.readIndex), rather than answer from it.
 */
export class IndexDamaged extends Error {}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function checkReport(value: unknown, sectionsSize: number): IndexedReport {
	const r = value as IndexedReport | null;
	const strings =
		r && ['slot', 'id', 'body', 'region', 'regionCode', 'department'].every(k => typeof r[k as 'id'] === 'string');
	if (
		!strings ||
		!Number.isInteger(r.year) ||
		!isCount(r.start) ||
		!isCount(r.end) ||
		r.end < r.start ||
		!Array.isArray(r.sections) ||
		!isCount(r.sections[0]) ||
		!isCount(r.sections[1]) ||
		r.sections[0] > r.sections[1] ||
		r.sections[1] > sectionsSize
	)
		throw new IndexDamaged('a report line that is not what jcfz writes');
	return r;
}

/** Key ids (counts) and values (numbers, null for NaN) of a measures line, checked in one loop. */
function measureArrays(ids: readonly unknown[], values: readonly unknown[]): boolean {
	for (let k = 0; k < ids.length; k++) {
		const id = ids[k];
		const v = values[k];
		if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || (typeof v !== 'number' && v !== null))
			return false;
	}
	return true;
}

function checkFigure(value: unknown): IndexedFigure {
	const f = value as unknown[];
	if (
		!Array.isArray(f) ||
		f.length !== 12 ||
		!isCount(f[0]) ||
		typeof f[1] !== 'string' ||
		typeof f[2] !== 'string' ||
		typeof f[3] !== 'string' ||
		typeof f[4] !== 'number' ||
		!isCount(f[9]) ||
		!isCount(f[10]) ||
		(f[10] as number) < (f[9] as number) ||
		!isCount(f[11])
	)
		throw new IndexDamaged('a figure line that is not what jcfz writes');
	return f as unknown as IndexedFigure;
}

/** A file's bytes (sync: a query reads its files one after the other), empty when there is none. */
function readOrEmpty(path: string): Buffer {
	const fd = openIndexRead(path);
	if (fd === null) return Buffer.alloc(0);
	try {
		return readFileSync(fd);
	} finally {
		closeSync(fd);
	}
}

/**
 * Every complete line of an NDJSON file, parsed: one JSON.parse of them all as an array (a year's map or titles
 * is thousands of lines; a line that is not JSON fails the whole parse, and the index is rebuilt).
 */
function jsonLines(bytes: Buffer): unknown[] {
	const end = bytes.lastIndexOf(10) + 1;
	if (end === 0) return [];
	let text = bytes.toString('utf8', 0, end - 1);
	// jcfz writes no blank line; a file with one is read all the same.
	if (text.includes('\n\n') || text.startsWith('\n')) text = text.split('\n').filter(Boolean).join('\n');
	text = text.replaceAll('\n', ',');
	try {
		return JSON.parse(`[${text}]`) as unknown[];
	} catch {
		throw new IndexDamaged('a line that is not JSON');
	}
}

/** The line table of a year (see LINE_FIELDS), copied when the bytes are not aligned for a Float64Array. */
function lineTable(bytes: Buffer): Float64Array {
	const count = Math.floor(bytes.length / (8 * LINE_FIELDS)) * LINE_FIELDS;
	if (bytes.byteOffset % 8 === 0) return new Float64Array(bytes.buffer, bytes.byteOffset, count);
	return new Float64Array(new Uint8Array(bytes.subarray(0, count * 8)).buffer);
}

/** The entry of the line that starts at byte `start` of `<year>.txt`, -1 when there is none. */
function lineAt(lines: Float64Array, start: number): number {
	const count = lines.length / LINE_FIELDS;
	const k = rangeHolding(
		count,
		i => lines[LINE_FIELDS * i]!,
		i => (i + 1 < count ? lines[LINE_FIELDS * (i + 1)]! : Number.POSITIVE_INFINITY),
		start,
	);
	return k >= 0 && lines[LINE_FIELDS * k] === start ? k : -1;
}

/** The k-th line of `bytes` between `from` and `to`, decoded; '' when there are fewer. */
function nthLine(bytes: Buffer, from: number, to: number, k: number): string {
	let start = from;
	for (let n = 0; n < k; n++) {
		start = bytes.indexOf(10, start) + 1;
		if (start === 0 || start >= to) return '';
	}
	const end = bytes.indexOf(10, start);
	return bytes.toString('utf8', start, end < 0 || end > to ? to : end);
}

export class CrossIndex {
	readonly folder: string;
	/** `<year>.sections` of the years a query has touched. */
	readonly #sectionFiles = new Map<number, Buffer>();
	#sizes: Map<string, number> | undefined;

	readonly #chunk: number;
	readonly #measures: MeasureFiles;

	/** `chunk`: bytes of text searched at once (tests make it small to cross chunk boundaries). */
	constructor(storePath: string, {chunk = CHUNK}: {readonly chunk?: number} = {}) {
		this.folder = join(dirname(storePath), indexFolderName(storePath));
		this.#chunk = chunk;
		this.#measures = new MeasureFiles(this.folder, name => readOrEmpty(join(this.folder, name)), jsonLines);
	}

	#file(year: number, kind: Kind): string {
		return join(this.folder, `${year}.${kind}`);
	}

	/**
	 * The store generation the index is complete for: -1 when there is none, or when it was written in an older
	 * format (then the next query rebuilds it).
	 */
	async stamp(): Promise<number> {
		const text = await this.stampText();
		const format = Number((/"format":\s*(\d+)/.exec(text) ?? [])[1] ?? 1);
		if (format !== FORMAT) return -1;
		const value = Number((/"generation":\s*(\d+)/.exec(text) ?? [])[1] ?? -1);
		return Number.isInteger(value) ? value : -1;
	}

	/**
	 * The stamp as written ('' when there is none). Each write of it carries a nonce of its own, so a reader that
	 * finds the same text before and after its reading knows no append or rebuild happened in between.
	 */
	async stampText(): Promise<string> {
		return fsp.readFile(join(this.folder, 'stamp.json'), 'utf8').catch(() => '');
	}

	/**
	 * Stamps the index complete for `generation`, with the size of each of its files: a file cut short, grown or
	 * deleted by anything but jcfz no longer matches, and the index is rebuilt instead of answering short.
	 */
	async #setStamp(generation: number): Promise<void> {
		const sizes: Record<string, number> = {};
		for (const name of (await fsp.readdir(this.folder)).sort())
			if (/^\d{4}\./.test(name) || STORE_FILES.includes(name))
				sizes[name] = (await fsp.lstat(join(this.folder, name))).size;
		await writeFileAtomic(
			join(this.folder, 'stamp.json'),
			`${JSON.stringify({generation, format: FORMAT, build: randomHex(8), sizes})}\n`,
		);
		this.#sizes = undefined;
	}

	/** The file sizes the stamp records (read once per reading). */
	#stampedSizes(): Map<string, number> {
		if (this.#sizes) return this.#sizes;
		let sizes: unknown;
		try {
			sizes = (JSON.parse(readFileSync(join(this.folder, 'stamp.json'), 'utf8')) as {sizes?: unknown}).sizes;
		} catch {
			throw new IndexDamaged('stamp.json cannot be read');
		}
		if (typeof sizes !== 'object' || sizes === null) throw new IndexDamaged('stamp.json records no file sizes');
		this.#sizes = new Map(Object.entries(sizes as Record<string, number>));
		return this.#sizes;
	}

	/** Checks a year's files against the sizes the stamp records. */
	#checkYear(year: number): void {
		this.#checkFiles(YEAR_FILES.map(kind => `${year}.${kind}`));
	}

	/** Checks files against the sizes the stamp records (a store-level file may be absent: nothing written yet). */
	#checkFiles(names: readonly string[], optional = false): void {
		const sizes = this.#stampedSizes();
		for (const name of names) {
			const expected = sizes.get(name);
			if (optional && expected === undefined && !lstatSync(join(this.folder, name), {throwIfNoEntry: false})) continue;
			const actual = lstatSync(join(this.folder, name), {throwIfNoEntry: false})?.size;
			if (expected === undefined || actual !== expected)
				throw new IndexDamaged(
					actual === undefined ? `${name} is missing` : `${name} is ${actual} bytes where the index wrote ${expected}`,
				);
		}
	}

	/**
	 * Appends report versions (after the store has written them), then stamps the generation they complete. The
	 * `removed` slots (`body@year`: removed or moved reports) are ended first.
	 */
	async append(
		items: readonly IndexItem[],
		generation: number,
		stampAfter = true,
		removed: readonly string[] = [],
	): Promise<void> {
		await fsp.mkdir(this.folder, {recursive: true});
		const ends = new Map<number, string[]>();
		for (const slot of removed) getOrCreate(ends, Number(slot.slice(-4)), () => []).push(slot);
		for (const [year, slots] of ends)
			await appendIndex(
				this.#file(year, 'map.ndjson'),
				slots.map(slot => `${JSON.stringify({slot, removed: true})}\n`).join(''),
			);
		// Key ids first: keys.ndjson and links.ndjson hold every id a figure line will name.
		const ids = await this.#measures.prepare(items.map(i => ({...i, year: i.report.year})));
		const keyIds = new Map(items.map((item, k) => [item, ids[k]!]));
		const byYear = new Map<number, IndexItem[]>();
		for (const item of items) getOrCreate(byYear, item.report.year, () => []).push(item);
		for (const [year, group] of byYear) await this.#appendYear(year, group, keyIds);
		if (stampAfter) await this.#setStamp(generation);
	}

	async #appendYear(year: number, group: readonly IndexItem[], keyIds: Map<IndexItem, number[]>): Promise<void> {
		const handle = await openIndexAppend(this.#file(year, 'txt'));
		let at = (await handle.stat()).size;
		let sectionsAt = await fileSize(this.#file(year, 'sections'));
		const maps: string[] = [];
		const lines: number[] = [];
		const sectionText: string[] = [];
		const figureLines: string[] = [];
		const titleLines: string[] = [];
		const checkLines: string[] = [];
		const measureLines: string[] = [];
		try {
			for (const item of group) {
				const {body, report, indicators, importedAt, origin} = item;
				const ids = keyIds.get(item)!;
				measureLines.push(
					JSON.stringify([slotOf(body, year), report.regionCode || report.region, ids, indicators.map(i => i.value)]),
				);
				const placed = allParagraphs(report).flatMap(p =>
					p.paragraph.sentences.map(s => ({s, section: p.sectionId, title: p.sectionTitle})),
				);
				const ranges: (readonly [number, number])[] = [];
				const sections: string[] = [];
				let last = '';
				let chunk = '';
				let bytes = 0;
				for (const {s, section, title} of placed) {
					if (sections.length === 0 || section !== last) sections.push(`${oneLine(section)}\t${oneLine(title)}\n`);
					last = section;
					lines.push(at + bytes, s.offset, sections.length - 1);
					const line = `${oneLine(s.text)}\n`;
					const length = Buffer.byteLength(line);
					ranges.push([at + bytes, at + bytes + length - 1]);
					chunk += line;
					bytes += length;
				}
				await handle.write(chunk);
				const sectionBytes = Buffer.byteLength(sections.join(''));
				pushAll(sectionText, sections);
				maps.push(
					JSON.stringify({
						slot: slotOf(body, year),
						id: report.id,
						body,
						region: report.region,
						regionCode: report.regionCode,
						department: report.department,
						...(report.town ? {town: report.town} : {}),
						year,
						start: at,
						end: at + bytes,
						sections: [sectionsAt, sectionsAt + sectionBytes],
					} satisfies IndexedReport),
				);
				titleLines.push(
					JSON.stringify([
						slotOf(body, year),
						report.title,
						report.published,
						report.sections.length,
						indicators.length,
						importedAt ?? '',
						origin ?? null,
						report.id,
						report.region,
					]),
				);
				checkLines.push(JSON.stringify([slotOf(body, year), findingsOf(checkContents(report, indicators))]));
				sectionsAt += sectionBytes;
				const sentences = placed.map(p => p.s);
				for (const [k, i] of indicators.entries()) {
					const [s, e] = ranges[sentenceIndex(sentences, i.offset)] ?? [at, at];
					const figure: IndexedFigure = [
						at,
						i.id,
						i.sectionId,
						i.label,
						i.value,
						i.unit,
						i.qualifier,
						i.raw,
						i.offset,
						s,
						e,
						ids[k]!,
					];
					figureLines.push(JSON.stringify(figure));
				}
				at += bytes;
			}
		} finally {
			await handle.close();
		}
		// Everything a map line points to is written before the map line.
		await appendIndex(this.#file(year, 'lines'), new Uint8Array(new Float64Array(lines).buffer));
		await appendIndex(this.#file(year, 'sections'), sectionText.join(''));
		await appendIndex(this.#file(year, 'figures.ndjson'), figureLines.map(l => `${l}\n`).join(''));
		await appendIndex(this.#file(year, 'titles.ndjson'), titleLines.map(l => `${l}\n`).join(''));
		await appendIndex(this.#file(year, 'checks.ndjson'), checkLines.map(l => `${l}\n`).join(''));
		await appendIndex(this.#file(year, 'measures.ndjson'), measureLines.map(l => `${l}\n`).join(''));
		await appendIndex(this.#file(year, 'map.ndjson'), maps.map(l => `${l}\n`).join(''));
	}

	/** Starts over: every file removed, then `fill` appends every stored report, then the stamp. */
	async rebuild(
		generation: number,
		fill: (append: (items: readonly IndexItem[]) => Promise<void>) => Promise<void>,
	): Promise<void> {
		await fsp.rm(this.folder, {recursive: true, force: true});
		await fsp.mkdir(this.folder, {recursive: true});
		this.#sectionFiles.clear();
		this.#measures.reset();
		await fill(items => this.append(items, generation, false));
		await this.#setStamp(generation);
	}

	/** The years indexed: those the stamp records and those on disk (a year whose files went is then damaged). */
	async years(): Promise<number[]> {
		const names = await fsp.readdir(this.folder).catch(() => [] as string[]);
		let stamped: string[] = [];
		try {
			stamped = [...this.#stampedSizes().keys()];
		} catch {}
		const years = new Set([...names, ...stamped].flatMap(n => /^(\d{4})\.map\.ndjson$/.exec(n)?.[1] ?? []));
		return [...years].map(Number).sort((a, b) => a - b);
	}

	/** The live report versions of a year, in the order they were stored. */
	async reports(year: number): Promise<IndexedReport[]> {
		const bySlot = new Map<string, IndexedReport>();
		// A year's files as the index wrote them: one cut short or deleted would make answers silently short.
		this.#checkYear(year);
		// The size the stamp records, which #checkYear has just found on disk (the file itself is not read).
		const sectionsSize = this.#stampedSizes().get(`${year}.sections`) ?? 0;
		for (const value of jsonLines(readOrEmpty(this.#file(year, 'map.ndjson'))) as ({
			slot?: unknown;
			removed?: unknown;
		} | null)[]) {
			if (value?.removed === true && typeof value.slot === 'string') {
				bySlot.delete(value.slot);
				continue;
			}
			const report = checkReport(value, sectionsSize);
			bySlot.delete(report.slot);
			bySlot.set(report.slot, report);
		}
		return [...bySlot.values()];
	}

	/** The title of each report of a year, by slot (kept apart from the map, which every query reads). */
	async titles(year: number): Promise<Map<string, string>> {
		return new Map([...(await this.listed(year))].map(([slot, l]) => [slot, l.title]));
	}

	/** What `jcfz list` shows of each report version of a year, by slot (superseded versions too: ask `reports`). */
	async listed(year: number): Promise<Map<string, Listed>> {
		// A year's files as the index wrote them (as reports() checks them).
		this.#checkYear(year);
		const listed = new Map<string, Listed>();
		for (const e of jsonLines(readOrEmpty(this.#file(year, 'titles.ndjson'))) as unknown[][]) {
			const ok =
				Array.isArray(e) &&
				e.length === 9 &&
				typeof e[0] === 'string' &&
				typeof e[1] === 'string' &&
				(e[2] === null || typeof e[2] === 'string') &&
				isCount(e[3]) &&
				isCount(e[4]) &&
				typeof e[5] === 'string' &&
				(e[6] === null || typeof e[6] === 'string') &&
				typeof e[7] === 'string' &&
				typeof e[8] === 'string';
			if (!ok) throw new IndexDamaged(`${year}.titles.ndjson: a line that is not what jcfz writes`);
			const [slot, title, published, sections, indicators, importedAt, origin, id, region] = e as [
				string,
				string,
				string | null,
				number,
				number,
				string,
				string | null,
				string,
				string,
			];
			listed.set(slot, {slot, title, published, sections, indicators, importedAt, origin, id, region});
		}
		return listed;
	}

	/** What `jcfz check` found in each report version of a year, by slot (superseded versions too). */
	async findings(year: number): Promise<Map<string, CheckFindings>> {
		const out = new Map<string, CheckFindings>();
		for (const e of jsonLines(readOrEmpty(this.#file(year, 'checks.ndjson'))) as unknown[][]) {
			if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string' || !isFindings(e[1]))
				throw new IndexDamaged(`${year}.checks.ndjson: a line that is not what jcfz writes`);
			out.set(e[0], e[1]);
		}
		return out;
	}

	/**
	 * The measures of the live report versions (`live`: their slots, by year), with how many reports and regions have
	 * each (measure-index.ts).
	 */
	measureTable(live: ReadonlyMap<number, ReadonlySet<string>>): MeasureTable {
		this.#checkFiles(STORE_FILES, true);
		const rows: MeasureLine[] = [];
		for (const [year, slots] of live) {
			this.#checkYear(year);
			const bySlot = new Map<string, MeasureLine>();
			for (const e of jsonLines(readOrEmpty(this.#file(year, 'measures.ndjson'))) as unknown[][]) {
				if (
					!Array.isArray(e) ||
					e.length !== 4 ||
					typeof e[0] !== 'string' ||
					typeof e[1] !== 'string' ||
					!Array.isArray(e[2]) ||
					!Array.isArray(e[3]) ||
					e[3].length !== e[2].length ||
					!measureArrays(e[2], e[3])
				)
					throw new IndexDamaged(`${year}.measures.ndjson: a line that is not what jcfz writes`);
				if (slots.has(e[0])) bySlot.set(e[0], [e[0], e[1], e[2], e[3], year] as MeasureLine);
			}
			for (const slot of slots)
				if (!bySlot.has(slot)) throw new IndexDamaged(`${year}.measures.ndjson: no line for ${slot}`);
			pushAll(rows, [...bySlot.values()]);
		}
		try {
			return this.#measures.table(rows);
		} catch (error) {
			throw new IndexDamaged(error instanceof Error ? error.message : String(error));
		}
	}

	#sectionsFile(year: number): Buffer {
		return getOrCreate(this.#sectionFiles, year, () => readOrEmpty(this.#file(year, 'sections')));
	}

	/** A report version's sections, [id, title] in reading order. */
	sections(report: IndexedReport): (readonly [string, string])[] {
		const [from, to] = report.sections;
		return this.#sectionsFile(report.year)
			.toString('utf8', from, to)
			.split('\n')
			.slice(0, -1)
			.map(line => {
				const tab = line.indexOf('\t');
				return [line.slice(0, tab), line.slice(tab + 1)] as const;
			});
	}

	/** The k-th section of a report version, decoding that line only. */
	#section(report: IndexedReport, k: number): readonly [string, string] {
		const line = nthLine(this.#sectionsFile(report.year), report.sections[0], report.sections[1], k);
		const tab = line.indexOf('\t');
		return tab < 0 ? [PREAMBLE_SECTION.id, ''] : [line.slice(0, tab), line.slice(tab + 1)];
	}

	/**
	 * The figures of a year's live report versions whose line contains every one of `words` (all figures when there
	 * are none): a byte search over the file, then JSON only for the lines it finds.
	 */
	figures(
		year: number,
		live: readonly IndexedReport[],
		words: readonly string[] = [],
		keyIds?: readonly number[],
	): IndexedFigure[] {
		const data = readOrEmpty(this.#file(year, 'figures.ndjson'));
		const starts = new Set(live.map(r => r.start));
		const found: IndexedFigure[] = [];
		const wanted = words.map(w => Buffer.from(JSON.stringify(w).slice(1, -1)));
		// A measure's figures: a line ends in its key id (`,17]`), found by bytes, then checked.
		const searches = keyIds ? keyIds.map(id => [...wanted, Buffer.from(`,${id}]`)]) : [wanted];
		for (const search of searches)
			for (const line of linesContaining(data, search)) {
				const figure = checkFigure(JSON.parse(line));
				if (starts.has(figure[0]) && (!keyIds || keyIds.includes(figure[11]))) found.push(figure);
			}
		return found;
	}

	/**
	 * The figures of `live` report versions whose labels may contain `words`, as indicators (sentence and section
	 * title included), by report slot. Sentences are read from `<year>.txt` one by one: a query touches few.
	 */
	indicators(
		year: number,
		live: readonly IndexedReport[],
		words: readonly string[],
		keyIds?: readonly number[],
	): Map<string, Indicator[]> {
		const bySlot = new Map<string, Indicator[]>();
		for (const [slot, figures] of this.keyedIndicators(year, live, words, keyIds))
			bySlot.set(
				slot,
				figures.map(f => f.indicator),
			);
		return bySlot;
	}

	/**
	 * Every figure of each live report version of a year, report by report in the order they were stored, each with
	 * the id of its measure key: the figure file read line by line, each report's sentences in one read of its range
	 * of `<year>.txt`. For a whole year (export --panel): one report's figures in memory at a time.
	 */
	*reportFigures(
		year: number,
		live: readonly IndexedReport[],
	): Generator<{report: IndexedReport; figures: {indicator: Indicator; keyId: number}[]}> {
		const byStart = new Map(live.map(r => [r.start, r]));
		const data = readOrEmpty(this.#file(year, 'figures.ndjson'));
		const fd = openIndexRead(this.#file(year, 'txt'));
		if (fd === null) return;
		const end = data.lastIndexOf(10) + 1;
		try {
			const size = fstatSync(fd).size;
			let current: IndexedReport | null = null;
			let text = Buffer.alloc(0);
			let titles = new Map<string, string>();
			// Figures of one sentence share its text: decoded once.
			let sentences = new Map<number, string>();
			let figures: {indicator: Indicator; keyId: number}[] = [];
			for (let at = 0; at < end; ) {
				const stop = data.indexOf(10, at);
				const line = data.toString('utf8', at, stop);
				at = stop + 1;
				const start = Number(line.slice(1, line.indexOf(',')));
				const report = byStart.get(start);
				if (!report) continue;
				if (report !== current) {
					if (current && figures.length) yield {report: current, figures};
					current = report;
					figures = [];
					if (report.end > size) throw new IndexDamaged(`${year}.txt: a report past the end of the file`);
					text = Buffer.alloc(report.end - report.start);
					readSync(fd, text, 0, text.length, report.start);
					titles = new Map(this.sections(report));
					sentences = new Map();
				}
				const [, id, sectionId, label, value, unit, qualifier, raw, offset, from, to, keyId] = checkFigure(
					JSON.parse(line),
				);
				if (from < report.start || to > report.end)
					throw new IndexDamaged(`${year}.figures.ndjson: a sentence outside its report`);
				figures.push({
					indicator: {
						id,
						region: report.region,
						year,
						sectionId,
						sectionTitle: titles.get(sectionId) ?? PREAMBLE_SECTION.title,
						label,
						value: value ?? Number.NaN,
						unit,
						qualifier,
						raw,
						sentence: getOrCreate(sentences, from, () => text.toString('utf8', from - report.start, to - report.start)),
						offset,
					},
					keyId,
				});
			}
			if (current && figures.length) yield {report: current, figures};
		} finally {
			closeSync(fd);
		}
	}

	/** indicators, each with the id of its measure key (keys.ndjson), in the order of the figure file. */
	keyedIndicators(
		year: number,
		live: readonly IndexedReport[],
		words: readonly string[] = [],
		keyIds?: readonly number[],
	): Map<string, {indicator: Indicator; keyId: number}[]> {
		const byStart = new Map(live.map(r => [r.start, r]));
		const bySlot = new Map<string, {indicator: Indicator; keyId: number}[]>();
		const titles = new Map<IndexedReport, Map<string, string>>();
		const titleOf = (report: IndexedReport, sectionId: string) =>
			getOrCreate(titles, report, () => new Map(this.sections(report))).get(sectionId) ?? PREAMBLE_SECTION.title;
		const figures = this.figures(year, live, words, keyIds);
		if (figures.length === 0) return bySlot;
		const fd = openIndexRead(this.#file(year, 'txt'));
		if (fd === null) return bySlot;
		try {
			const size = fstatSync(fd).size;
			for (const [start, id, sectionId, label, value, unit, qualifier, raw, offset, from, to, keyId] of figures) {
				const report = byStart.get(start)!;
				if (to > size) throw new IndexDamaged(`${year}.txt: a sentence past the end of the file`);
				const buffer = Buffer.alloc(to - from);
				readSync(fd, buffer, 0, buffer.length, from);
				getOrCreate(bySlot, report.slot, () => []).push({
					indicator: {
						id,
						region: report.region,
						year,
						sectionId,
						sectionTitle: titleOf(report, sectionId),
						label,
						value: value ?? Number.NaN,
						unit,
						qualifier,
						raw,
						sentence: buffer.toString('utf8'),
						offset,
					},
					keyId,
				});
			}
		} finally {
			closeSync(fd);
		}
		return bySlot;
	}

	/**
	 * Every sentence of a year that contains `needle` (ASCII letters in any case), with its report and section, in
	 * the order the reports were stored; sentences of superseded versions are skipped. The text is read and searched
	 * in chunks of whole lines.
	 */
	*sentences(year: number, live: readonly IndexedReport[], needle: string): Generator<FoundSentence> {
		const {bytes: wanted, caseless} = needleBytes(needle);
		if (wanted.length === 0) return;
		const sorted = [...live].sort((a, b) => a.start - b.start);
		const lines = lineTable(readOrEmpty(this.#file(year, 'lines')));
		const fd = openIndexRead(this.#file(year, 'txt'));
		if (fd === null) return;
		try {
			const size = fstatSync(fd).size;
			let chunk = Buffer.allocUnsafe(Math.max(1, Math.min(this.#chunk, size)));
			let pos = 0;
			while (pos < size) {
				const read = readSync(fd, chunk, 0, Math.min(chunk.length, size - pos), pos);
				// Whole lines only; a line longer than the chunk (never a sentence, but still) doubles the chunk.
				const usable = pos + read < size ? chunk.lastIndexOf(10, read - 1) + 1 : read;
				if (usable === 0) {
					chunk = Buffer.allocUnsafe(chunk.length * 2);
					continue;
				}
				const text = chunk.subarray(0, usable);
				for (const [start, end] of linesWith(text, wanted, caseless)) {
					const at = pos + start;
					const k = rangeHolding(
						sorted.length,
						i => sorted[i]!.start,
						i => sorted[i]!.end,
						at,
					);
					const line = lineAt(lines, at);
					if (k < 0 || line < 0) continue;
					const report = sorted[k]!;
					const [sectionId, sectionTitle] = this.#section(report, lines[LINE_FIELDS * line + 2]!);
					yield {
						report,
						sectionId,
						sectionTitle,
						sentence: text.toString('utf8', start, end),
						offset: lines[LINE_FIELDS * line + 1]!,
					};
				}
				pos += usable;
			}
		} finally {
			closeSync(fd);
		}
	}
}

async function fileSize(path: string): Promise<number> {
	const handle = await openIndexAppend(path);
	try {
		return (await handle.stat()).size;
	} finally {
		await handle.close();
	}
}
