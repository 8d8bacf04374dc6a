import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {Store} from '../../src/store/store.js';
import {withLock} from '../../src/store/lock.js';
import {ROOT, SYNTHETIC_2022, fingerprint, loadReport, tempDir} from '../helpers.js';

const SEEDS = join(ROOT, 'seeds');

describe('store', () => {
	test('first open creates the store from seeds/, and it reads back the same', async () => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		const store = await Store.open(path, {seedsDir: SEEDS});
		expect(store.entries.map(e => [e.id, e.sections, e.indicators])).toEqual([['晋城市-2023', 7, 96]]);
		expect(store.entries[0]!.file).toBe(`jcfz.reports/晋城市-2023.${store.entries[0]!.sourceHash.slice(0, 12)}.json`);
		const index = JSON.parse(readFileSync(path, 'utf8'));
		expect(index.schemaVersion).toBe(2);
		expect(store.entries[0]).toMatchObject({region: '晋城市', regionCode: '140500', department: ''});
		const again = await Store.open(path, {seedsDir: SEEDS});
		const loaded = await again.load(again.entries[0]!);
		const fresh = loadReport(join(SEEDS, 'jincheng-2023.md'));
		expect(loaded.report).toEqual(fresh.report);
		expect(loaded.indicators).toEqual(fresh.indicators);
	});

	test('put: added, then unchanged (no write), then refused without --replace, replaced with it', async () => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		const store = await Store.open(path, {seedsDir: SEEDS});
		const r = loadReport(SYNTHETIC_2022);
		expect(await store.put(r.report, r.indicators)).toBe('added');
		const before = fingerprint(dir);
		expect(await store.put(r.report, r.indicators)).toBe('unchanged');
		expect(fingerprint(dir)).toEqual(before);
		const changed = {...r.report, sourceHash: 'f'.repeat(64)};
		await expect(store.put(changed, r.indicators)).rejects.toThrow(
			'晋城市 2022 is already in the store with different text: pass --replace',
		);
		expect(fingerprint(dir)).toEqual(before);
		expect(await store.put(changed, r.indicators, {replace: true})).toBe('replaced');
		expect(store.entries.map(e => e.id)).toEqual(['晋城市-2023', '晋城市-2022']);
		expect(existsSync(`${path}.lock`)).toBe(false);
		// The replaced version is kept in the backups folder, the new one is what loads.
		expect(readdirSync(store.backupFolder)).toEqual([
			expect.stringMatching(/^晋城市-2022\.\d{4}-\d\d-\d\dT[\d-]+Z\.json$/),
		]);
		expect((await store.load(store.entries[1]!)).report.sourceHash).toBe('f'.repeat(64));
		expect(Object.keys(fingerprint(dir)).filter(f => f.startsWith('jcfz.reports/'))).toHaveLength(2);
	});

	test('a store of schema 1 is read with division codes, and backed up before its first write as schema 2', async () => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		const current = await Store.open(path, {seedsDir: SEEDS});
		// Turn the new store into what jcfz 0.1 wrote: schema 1, no regionCode/department anywhere.
		const entry = current.entries[0]!;
		const docPath = join(dir, entry.file);
		const v1 = (doc: {schemaVersion: number; [key: string]: unknown}, strip: (d: never) => void) => {
			doc.schemaVersion = 1;
			strip(doc as never);
			return JSON.stringify(doc);
		};
		writeFileSync(
			path,
			v1(JSON.parse(readFileSync(path, 'utf8')), (d: {reports: {regionCode?: string; department?: string}[]}) => {
				for (const r of d.reports) {
					delete r.regionCode;
					delete r.department;
				}
			}),
		);
		writeFileSync(
			docPath,
			v1(JSON.parse(readFileSync(docPath, 'utf8')), (d: {report: {regionCode?: string; department?: string}}) => {
				delete d.report.regionCode;
				delete d.report.department;
			}),
		);
		const old = readFileSync(path, 'utf8');

		const store = await Store.open(path, {seedsDir: SEEDS});
		expect(store.entries[0]).toMatchObject({regionCode: '140500', department: ''});
		expect((await store.load(store.entries[0]!)).report).toMatchObject({regionCode: '140500', department: ''});
		expect(existsSync(store.backupFolder)).toBe(false);

		const r = loadReport(SYNTHETIC_2022);
		expect(await store.put(r.report, r.indicators)).toBe('added');
		expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(2);
		const [backup] = readdirSync(store.backupFolder);
		expect(backup).toMatch(/^jcfz\.schema1\.\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
		expect(readFileSync(join(store.backupFolder, backup!), 'utf8')).toBe(old);
	});

	test.each([
		['empty', '', 'the file is empty'],
		['truncated', '{"schemaVersion": 1, "reports": [', 'not valid JSON at line 1 column 34'],
		['NUL-filled', '\u0000'.repeat(64), 'contains NUL bytes'],
		['wrong shape', '{"schemaVersion": 1, "reports": [{"id": 3}]}', 'reports[0].id: expected a string, found 3'],
		['newer schema', '{"schemaVersion": 9, "reports": []}', 'written by a newer jcfz (schema 9'],
	])('a %s store file is refused and left untouched', async (_name, content, message) => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		writeFileSync(path, content);
		const before = fingerprint(dir);
		await expect(Store.open(path, {seedsDir: SEEDS})).rejects.toThrow(message);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('a lock held by a live process makes a writer wait, then give up with the pid', async () => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		writeFileSync(`${path}.lock`, `${process.pid}\n`);
		await expect(withLock(path, async () => 1, {timeoutMs: 100})).rejects.toThrow(
			`store is locked by another jcfz (pid ${process.pid})`,
		);
	});

	test('a stale lock (holder gone) is taken over, with a note', async () => {
		const dir = tempDir();
		const path = join(dir, 'jcfz.json');
		mkdirSync(dir, {recursive: true});
		writeFileSync(`${path}.lock`, '999999\n');
		const notes: string[] = [];
		expect(await withLock(path, async () => 42, {warn: m => notes.push(m)})).toBe(42);
		expect(notes).toEqual([
			`jcfz: removed a stale lock ${path}.lock left by pid 999999, which is no longer running (it crashed or was killed)`,
		]);
		expect(existsSync(`${path}.lock`)).toBe(false);
	});
});
