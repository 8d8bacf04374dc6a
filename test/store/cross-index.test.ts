/**
 * The cross-report index against the store of record: what it returns must be exactly what reading every body
 * document returns — after imports, a replaced report, an import cut short, and a deleted index.
 */
import {readFileSync, rmSync, truncateSync, writeFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../src/core/analyze.js';
import type {Analysis} from '../../src/core/analyze.js';
import {allParagraphs} from '../../src/core/walk.js';
import {linesContaining, linesWith, needleBytes} from '../../src/store/byte-search.js';
import {CrossIndex} from '../../src/store/cross-index.js';
import {Store} from '../../src/store/store.js';
import {SEED, SYNTHETIC_2022, tempDir} from '../helpers.js';

const seedText = readFileSync(SEED, 'utf8');
const syntheticText = readFileSync(SYNTHETIC_2022, 'utf8');

/** Synthetic: the synthetic 2022 report moved to another city, with a Latin word in one sentence. */
const elsewhere = (region: string) =>
	analyze(syntheticText.replaceAll('晋城市', region).replace('12345', `12345 App ${region}`));

/** What a naive reader finds: every sentence of every stored report that holds `needle` (any case for Latin). */
async function naiveSentences(store: Store, needle: string): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await store.allEntries()) {
		const {report} = await store.load(entry);
		for (const {sectionId, sectionTitle, paragraph} of allParagraphs(report))
			for (const s of paragraph.sentences)
				if (s.text.toLowerCase().includes(needle.toLowerCase()))
					found.push(JSON.stringify([entry.body, entry.year, sectionId, sectionTitle, s.text, s.offset]));
	}
	return found.sort();
}

async function indexedSentences(store: Store, needle: string, chunk?: number): Promise<string[]> {
	await store.readyIndex();
	const index = chunk === undefined ? store.crossIndex : new CrossIndex(store.path, {chunk});
	const found: string[] = [];
	for (const year of await index.years()) {
		for (const h of index.sentences(year, await index.reports(year), needle))
			found.push(JSON.stringify([h.report.body, year, h.sectionId, h.sectionTitle, h.sentence, h.offset]));
	}
	return found.sort();
}

/** Every figure of every stored report, by the store of record and by the index. */
async function naiveFigures(store: Store) {
	const all = [];
	for (const entry of await store.allEntries()) all.push(...(await store.load(entry)).indicators);
	return all.sort((a, b) => a.id.localeCompare(b.id) || a.offset - b.offset);
}

async function indexedFigures(store: Store) {
	const index = await store.readyIndex();
	const all = [];
	for (const year of await index.years()) {
		const live = await index.reports(year);
		for (const list of index.indicators(year, live, []).values()) all.push(...list);
	}
	return all.sort((a, b) => a.id.localeCompare(b.id) || a.offset - b.offset);
}

async function filled(): Promise<{dir: string; path: string; store: Store; reports: Analysis[]}> {
	const dir = tempDir();
	const path = join(dir, 'jcfz.json');
	const store = await Store.open(path);
	const reports = [analyze(seedText), analyze(syntheticText), elsewhere('长治市'), elsewhere('阳泉市')];
	await store.putMany(reports.slice(0, 2));
	await store.putMany(reports.slice(2));
	return {dir, path, store, reports};
}

async function expectSameAsStore(store: Store): Promise<void> {
	const figures = await naiveFigures(store);
	expect(figures.length).toBe(210); // 96 in the seed, 38 in each synthetic report
	expect(await indexedFigures(store)).toEqual(figures);
	for (const needle of ['行政复议', '。', 'app', '102']) {
		const sentences = await naiveSentences(store, needle);
		expect(sentences.length, needle).toBeGreaterThan(0);
		expect(await indexedSentences(store, needle), needle).toEqual(sentences);
	}
}

describe('cross-report index', () => {
	test('kept up by each import: the same figures and sentences as the body documents', async () => {
		const {store} = await filled();
		const stamp = await store.crossIndex.stamp();
		await expectSameAsStore(store);
		expect(await store.crossIndex.stamp()).toBe(stamp); // followed the imports: nothing was rebuilt
		expect(await indexedSentences(store, 'APP')).toEqual(await naiveSentences(store, 'app'));
		expect((await indexedSentences(store, 'App 长治市')).length).toBe(1);
	});

	test('read in chunks smaller than a sentence, or than a report: the same sentences', async () => {
		const {store} = await filled();
		for (const chunk of [7, 100, 5000]) {
			for (const needle of ['行政复议', 'app', '。']) {
				expect(await indexedSentences(store, needle, chunk), `${needle} ${chunk}`).toEqual(
					await naiveSentences(store, needle),
				);
			}
		}
	});

	test('a replaced report: only its new version is found', async () => {
		const {store} = await filled();
		const changed = analyze(syntheticText.replaceAll('晋城市', '长治市').replace('12345', '12345 App 新版'));
		expect(await store.putMany([changed], {replace: true})).toEqual(['replaced']);
		await expectSameAsStore(store);
		expect(await indexedSentences(store, 'App 长治市')).toEqual([]);
		expect((await indexedSentences(store, 'App 新版')).length).toBe(1);
		const index = await store.readyIndex();
		expect((await index.reports(2022)).map(r => r.body).sort()).toEqual(['140300', '140400', '140500']);
	});

	test('an import cut short (a line half written, no stamp) makes the next query rebuild it', async () => {
		const {store, path} = await filled();
		const index = store.crossIndex;
		const figures = join(index.folder, '2022.figures.ndjson');
		truncateSync(figures, statSync(figures).size - 40);
		writeFileSync(join(index.folder, 'stamp.json'), '{"generation":1}\n');
		const reopened = await Store.open(path);
		await expectSameAsStore(reopened);
		expect(await reopened.crossIndex.stamp()).toBe(2);
	});

	test('a deleted index, or one from an older jcfz, is rebuilt', async () => {
		const {store, path} = await filled();
		rmSync(store.crossIndex.folder, {recursive: true});
		await expectSameAsStore(await Store.open(path));
		const index = JSON.parse(readFileSync(path, 'utf8'));
		delete index.generation;
		writeFileSync(path, JSON.stringify(index));
		const older = await Store.open(path);
		await expectSameAsStore(older);
	});

	test('an index written in the format before titles is not used by readers that may not write, and is rebuilt', async () => {
		const {store, path} = await filled();
		expect(await store.indexIfReady()).not.toBeNull();
		const stamp = await store.crossIndex.stamp();
		writeFileSync(join(store.crossIndex.folder, 'stamp.json'), `{"generation":${stamp}}\n`);
		const reopened = await Store.open(path);
		expect(await reopened.indexIfReady()).toBeNull();
		const index = await reopened.readyIndex();
		expect(await reopened.crossIndex.stamp()).toBe(stamp);
		expect([...(await index.titles(2023))]).toEqual([
			['140500@2023', '中共晋城市委 晋城市人民政府 关于晋城市 2023 年法治政府建设 工作情况的报告'],
		]);
	});

	test('linesContaining: every word in the line, the longest searched; a trailing incomplete line is not read', () => {
		const data = Buffer.from('甲乙丙\n乙丙丁\n丙丁戊\n乙丙丁未完');
		const find = (...words: string[]) => [
			...linesContaining(
				data,
				words.map(w => Buffer.from(w)),
			),
		];
		expect(find('乙丙')).toEqual(['甲乙丙', '乙丙丁']);
		expect(find('丙', '丁')).toEqual(['乙丙丁', '丙丁戊']);
		expect(find('未完')).toEqual([]);
		expect(find()).toEqual(['甲乙丙', '乙丙丁', '丙丁戊']);
	});

	test('linesWith: each line that holds the needle once; ASCII letters in any case when asked', () => {
		const hay = Buffer.from('复议复议\n12345热线App\nAPP 与 app\n无\nxapP');
		const lines = (needle: string) => {
			const {bytes, caseless} = needleBytes(needle);
			return [...linesWith(hay, bytes, caseless)].map(([a, b]) => hay.toString('utf8', a, b));
		};
		expect(lines('复议')).toEqual(['复议复议']);
		expect(lines('app')).toEqual(['12345热线App', 'APP 与 app', 'xapP']);
		expect(lines('App')).toEqual(lines('app'));
		expect(lines('热线app')).toEqual(['12345热线App']);
		expect(lines('P')).toEqual(['12345热线App', 'APP 与 app', 'xapP']);
		expect(lines('q')).toEqual([]);
		expect(lines('')).toEqual([]);
	});
});
