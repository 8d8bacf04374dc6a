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
import {type Indicator, PREAMBLE_SECTION, type Report} from '../core/types.js';
import {allParagraphs} from '../core/walk.js';
import {writeFileAtomic} from './atomic-file.js';
import {appendIndex, openIndexAppend, openIndexRead} from './index-open.js';
import {linesContaining, linesWith, needleBytes, rangeHolding} from './byte-search.js';
import {indexFolderName} from './keys.js';
import {sentenceIndex} from './record.js';
import {type CheckFindings, checkReport as checkContents, findingsOf} from '../core/checks.js';
import {KEYS_FILE, LINKS_FILE, type MeasureLine, MeasureFiles, type MeasureTable} from './measure-index.js';
import {
	figureLine,
	IndexDamaged,
	type IndexedFigure,
	type IndexedReport,
	type CheckLine,
	type Listed,
	oneLine,
	parseJsonLines,
	readCheckLine,
	readFigureLine,
	readMeasuresLine,
	readReportLine,
	readTitleLine,
	slotOf,
	titleLine,
} from './index-lines.js';

export {IndexDamaged, type IndexedFigure, type IndexedReport, type Listed, slotOf};

/** Every complete line of an NDJSON file, parsed (index-lines.ts). */
const jsonLines = (bytes: Buffer): unknown[] => parseJsonLines(bytes.toString('utf8', 0, bytes.lastIndexOf(10) + 1));

export interface IndexItem {
	readonly body: string;
	readonly report: Report;
	readonly indicators: readonly Indicator[];
	readonly importedAt?: string;
	readonly origin?: string | null;
	/** The body's nearest stored years before and after this one: the diff with them links measure keys. */
	readonly neighbours?: readonly {readonly report: Report; readonly indicators: readonly Indicator[]; year: number}[];
}
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

/** Numbers per line in `<year>.lines`: byte offset, source offset, section number. */
const LINE_FIELDS = 3;

/** Bytes of `<year>.txt` searched at once: memory stays flat however many reports a year has. */
const CHUNK = 8 << 20;

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
					titleLine({
						slot: slotOf(body, year),
						title: report.title,
						published: report.published,
						sections: report.sections.length,
						indicators: indicators.length,
						importedAt: importedAt ?? '',
						origin: origin ?? null,
						id: report.id,
						region: report.region,
					}),
				);
				const checked: CheckLine = [slotOf(body, year), findingsOf(checkContents(report, indicators))];
				checkLines.push(JSON.stringify(checked));
				sectionsAt += sectionBytes;
				const sentences = placed.map(p => p.s);
				for (const [k, i] of indicators.entries()) {
					const sentence = ranges[sentenceIndex(sentences, i.offset)] ?? [at, at];
					figureLines.push(figureLine(at, i, sentence, ids[k]!));
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
			const report = readReportLine(value, sectionsSize);
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
		for (const e of jsonLines(readOrEmpty(this.#file(year, 'titles.ndjson')))) {
			const l = readTitleLine(e, year);
			listed.set(l.slot, l);
		}
		return listed;
	}

	/** What `jcfz check` found in each report version of a year, by slot (superseded versions too). */
	async findings(year: number): Promise<Map<string, CheckFindings>> {
		const out = new Map<string, CheckFindings>();
		for (const e of jsonLines(readOrEmpty(this.#file(year, 'checks.ndjson')))) {
			const [slot, findings] = readCheckLine(e, year);
			out.set(slot, findings);
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
			for (const e of jsonLines(readOrEmpty(this.#file(year, 'measures.ndjson')))) {
				const line = readMeasuresLine(e, year);
				if (slots.has(line[0])) bySlot.set(line[0], line);
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
				const figure = readFigureLine(JSON.parse(line));
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
				const [, id, sectionId, label, value, unit, qualifier, raw, offset, from, to, keyId] = readFigureLine(
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
