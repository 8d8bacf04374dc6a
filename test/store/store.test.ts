/** The store on real files: body documents, outcomes, backups, upgrades of older stores, refusals, the lock. */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../src/core/analyze.js';
import {Store} from '../../src/store/store.js';
import {SEED, SYNTHETIC_2022, fingerprint, tempDir} from '../helpers.js';

const seed = () => analyze(readFileSync(SEED, 'utf8'));
const synthetic = () => analyze(readFileSync(SYNTHETIC_2022, 'utf8'));
/** The synthetic report with one figure changed: another version of the same report. */
const version = (n: number) =>
	analyze(readFileSync(SYNTHETIC_2022, 'utf8').replace('办理行政复议案件87件', `办理行政复议案件${87 + n}件`));

async function newStore(): Promise<{dir: string; path: string; store: Store}> {
	const dir = tempDir();
	const path = join(dir, 'jcfz.json');
	const store = await Store.open(path);
	return {dir, path, store};
}

describe('store', () => {
	test('a new store is empty and says so; what is stored reads back exactly', async () => {
		const {path, store} = await newStore();
		expect([store.isNew, store.bodies]).toEqual([true, []]);
		expect(await store.putMany([seed()])).toEqual(['added']);
		const again = await Store.open(path);
		expect(again.isNew).toBe(false);
		expect(again.bodies).toEqual([
			{
				key: '140500',
				region: '晋城市',
				regionCode: '140500',
				department: '',
				years: [2023],
			},
		]);
		expect(again.current?.key).toBe('140500');
		const [entry] = await again.entries(again.bodies[0]!);
		expect(entry).toMatchObject({id: '晋城市-2023', sections: 7, indicators: 96, body: '140500'});
		const loaded = await again.load(entry!);
		expect(loaded.report).toEqual(seed().report);
		expect(loaded.indicators).toEqual(seed().indicators);
		expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(3);
		expect(readdirSync(join(path, '..', 'jcfz.bodies'))).toEqual(['140500.json']);
	});

	test('put: added, then unchanged (no write), then refused without --replace, replaced with it', async () => {
		const {dir, store} = await newStore();
		await store.putMany([seed()]);
		expect(await store.putMany([synthetic()])).toEqual(['added']);
		const before = fingerprint(dir);
		expect(await store.putMany([synthetic()])).toEqual(['unchanged']);
		expect(fingerprint(dir)).toEqual(before);
		const changed = version(1);
		await expect(store.putMany([changed])).rejects.toThrow(
			'晋城市 2022 is already in the store with different figures or headings: pass --replace',
		);
		expect(fingerprint(dir)).toEqual(before);
		expect(await store.putMany([changed], {replace: true})).toEqual(['replaced']);
		expect((await store.entries('140500')).map(e => e.id)).toEqual(['晋城市-2022', '晋城市-2023']);
		expect(existsSync(join(dir, 'jcfz.json.lock'))).toBe(false);
		// The replaced version is kept in the backups folder, the new one is what loads.
		const backups = readdirSync(store.backupFolder);
		expect(backups).toEqual([
			expect.stringMatching(/^140500\.2022\.\d{4}-\d\d-\d\dT[\d-]+Z\.[0-9a-f]{8}\.replace\.json$/),
		]);
		expect(JSON.parse(readFileSync(join(store.backupFolder, backups[0]!), 'utf8')).sourceHash).toBe(
			synthetic().report.sourceHash,
		);
		const [y2022] = await store.entries('140500');
		expect((await store.load(y2022!)).report.sourceHash).toBe(changed.report.sourceHash);
	});

	test('two versions of one report in one batch follow the rules of two commands', async () => {
		const {dir, store} = await newStore();
		await store.putMany([seed()]);
		const before = fingerprint(dir);
		const other = version(1);
		// Without --replace: the second is a conflict, and nothing of the batch is written.
		await expect(store.putMany([synthetic(), other])).rejects.toThrow(
			'晋城市 2022 is given twice with different figures or headings in one import: pass --replace to keep the last (the other is backed up), or import one version',
		);
		expect(fingerprint(dir)).toEqual(before);
		// With it: the last is stored, the one before it backed up; and once more, the stored one is backed up too.
		expect(await store.putMany([synthetic(), other], {replace: true})).toEqual(['added', 'replaced']);
		const third = version(2);
		expect(await store.putMany([synthetic(), third], {replace: true})).toEqual(['replaced', 'replaced']);
		const stored = (await store.entries(store.bodies.find(b => b.region === '晋城市')!)).find(e => e.year === 2022);
		expect(stored?.sourceHash).toBe(third.report.sourceHash);
		expect(readdirSync(store.backupFolder).filter(f => f.includes('.2022.'))).toHaveLength(3);
	});

	test.each([
		['empty', '', 'the file is empty'],
		[
			'truncated',
			'{"schemaVersion": 3, "generation": 1, "current": null, "bodies": [',
			'not valid JSON at line 1 column 67',
		],
		['NUL-filled', '\u0000'.repeat(64), 'contains NUL bytes'],
		[
			'wrong shape',
			'{"schemaVersion": 3, "generation": 1, "current": null, "bodies": [{"key": 3}]}',
			'bodies[0].key: expected a string, found 3',
		],
		['newer schema', '{"schemaVersion": 9, "bodies": []}', 'written by a newer jcfz (schema 9'],
	])('a %s store file is refused and left untouched', async (_name, content, message) => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		writeFileSync(path, content);
		const before = fingerprint(dir);
		await expect(Store.open(path)).rejects.toThrow(message);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('the index cannot send the store to a file outside its bodies folder', async () => {
		const {path, store} = await newStore();
		await store.putMany([seed()]);
		const index = JSON.parse(readFileSync(path, 'utf8'));
		index.bodies[0].key = '../../etc/passwd';
		writeFileSync(path, JSON.stringify(index));
		const opened = await Store.open(path);
		await expect(opened.entries(opened.bodies[0]!)).rejects.toThrow('"../../etc/passwd" is not a body of this store');
	});

	test('a body document copied over another is refused', async () => {
		const {dir, store} = await newStore();
		await store.putMany([
			seed(),
			analyze(readFileSync(join('test', 'fixtures', 'layouts', 'synthetic-chrome-page.txt'), 'utf8')),
		]);
		const bodies = join(dir, 'jcfz.bodies');
		writeFileSync(join(bodies, '140525.json'), readFileSync(join(bodies, '140500.json')));
		const opened = await Store.open(join(dir, 'jcfz.json'));
		await expect(opened.entries('140525')).rejects.toThrow('holds the reports of "140500", not of "140525"');
	});

	test.each([1, 2])('a store of schema %i is upgraded once, after a backup of what it was', async schema => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		const {report, indicators} = seed();
		const legacyReport = schema === 1 ? {...report, regionCode: undefined, department: undefined} : report;
		const file = `jcfz.reports/${report.id}.${report.sourceHash.slice(0, 12)}.json`;
		mkdirSync(join(dir, 'jcfz.reports'));
		writeFileSync(join(dir, file), JSON.stringify({schemaVersion: schema, report: legacyReport, indicators}));
		const entry = {
			id: report.id,
			region: report.region,
			...(schema === 2 ? {regionCode: report.regionCode, department: report.department} : {}),
			year: report.year,
			title: report.title,
			issuer: report.issuer,
			sourceHash: report.sourceHash,
			sections: 7,
			indicators: 96,
			importedAt: '2026-01-01T00:00:00.000Z',
			file,
		};
		const old = JSON.stringify({schemaVersion: schema, reports: [entry]});
		writeFileSync(path, old);
		const notes: string[] = [];
		const store = await Store.open(path, {warn: m => notes.push(m)});
		expect(notes).toEqual([
			expect.stringMatching(/^jcfz: upgraded the store .*jcfz\.json to schema 3; the old files are in /),
		]);
		expect(store.bodies).toEqual([
			{
				key: '140500',
				region: '晋城市',
				regionCode: '140500',
				department: '',
				years: [2023],
			},
		]);
		const loaded = await store.load((await store.entries('140500'))[0]!);
		expect(loaded.report).toEqual(report);
		expect(loaded.indicators).toEqual(indicators);
		const [backup] = readdirSync(store.backupFolder);
		expect(backup).toMatch(new RegExp(`^jcfz\\.schema${schema}\\.\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z$`));
		expect(readdirSync(join(store.backupFolder, backup!)).sort()).toEqual(['jcfz.json', 'jcfz.reports']);
		expect(JSON.parse(readFileSync(join(store.backupFolder, backup!, 'jcfz.json'), 'utf8'))).toEqual(JSON.parse(old));
		expect(existsSync(join(dir, 'jcfz.reports'))).toBe(false);
		// The same text again changes nothing (the report keeps its old form until other text replaces it).
		expect(await store.putMany([seed()], {replace: true})).toEqual(['unchanged']);
	});

	test('an older index whose file field leaves the store is refused, nothing written', async () => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		const {report} = seed();
		writeFileSync(
			path,
			JSON.stringify({
				schemaVersion: 2,
				reports: [
					{
						id: report.id,
						region: report.region,
						year: 2023,
						title: '',
						issuer: '',
						sourceHash: report.sourceHash,
						sections: 7,
						indicators: 96,
						importedAt: '',
						file: '../../etc/passwd',
					},
				],
			}),
		);
		const before = fingerprint(dir);
		await expect(Store.open(path)).rejects.toThrow(
			'reports[0].file "../../etc/passwd" is not a report document of this store',
		);
		// The upgrade took the lock, whose key (made once per store, see lock.ts) is the only new file.
		const {'.jcfz.json.lock-key': key, ...after} = fingerprint(dir);
		expect([after, typeof key]).toEqual([before, 'string']);
	});
});
