/**
 * Several processes writing at once, and writers killed at random points: the store must come out complete.
 * Real processes, real files.
 */
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {Store} from '../../src/store/store.js';
import {random} from '../../bin/synthetic/corpus.mjs';
import {BIN, ROOT, SYNTHETIC_2022, jcfz, loadReport, tempDir} from '../helpers.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const WORKER = join(ROOT, 'test', 'store', 'worker.ts');

function runWorkers(db: string, workers: number, each: number): Promise<number[]> {
	return Promise.all(
		Array.from(
			{length: workers},
			(_, w) =>
				new Promise<number>(resolve => {
					const child = spawn(TSX, [WORKER, db, String(w), String(each)], {stdio: ['ignore', 'ignore', 'inherit']});
					child.on('close', code => resolve(code ?? -1));
				}),
		),
	);
}

describe('concurrent writers', () => {
	test('8 processes × 50 imports: all 400 reports present, every document valid', async () => {
		const db = join(tempDir(), 'jcfz.json');
		expect(await runWorkers(db, 8, 50)).toEqual(Array(8).fill(0));
		const store = await Store.open(db);
		const entries = await store.allEntries();
		expect(entries).toHaveLength(400);
		expect(new Set(entries.map(e => e.id)).size).toBe(400);
		for (const entry of entries) expect((await store.load(entry)).report.id).toBe(entry.id);
		expect(readdirSync(join(db, '..')).filter(f => f.endsWith('.lock') || f.endsWith('.tmp'))).toEqual([]);
	}, 120_000);
});

describe('kill -9 at random points', () => {
	test('30 killed writers: the store is always the complete old or the complete new version', async () => {
		const dir = tempDir();
		const db = join(dir, 'jcfz.json');
		expect(jcfz(['list'], {db}).code).toBe(0);
		const v1 = SYNTHETIC_2022;
		const v2 = join(dir, 'synthetic-2022-v2.txt');
		writeFileSync(v2, readFileSync(v1, 'utf8').replace('办理行政复议案件87件', '办理行政复议案件99件'));
		const hashes = new Set([loadReport(v1).report.sourceHash, loadReport(v2).report.sourceHash]);
		const rand = random(20261124);
		// Kill points are spread over the time one import takes on this machine, so that most land mid-run.
		const started = Date.now();
		expect(jcfz(['import', v1], {db}).code).toBe(0);
		const duration = Date.now() - started;
		let killedMidway = 0;
		for (let round = 0; round < 30; round++) {
			const child = spawn(process.execPath, [BIN, 'import', round % 2 ? v2 : v1, '--replace'], {
				env: {...process.env, JCFZ_DB: db},
				stdio: 'ignore',
			});
			const delay = Math.floor(rand() * duration);
			const exited = await new Promise<boolean>(resolve => {
				const timer = setTimeout(() => {
					child.kill('SIGKILL');
					resolve(false);
				}, delay);
				child.on('exit', () => {
					clearTimeout(timer);
					resolve(true);
				});
			});
			if (!exited) {
				killedMidway++;
				await new Promise(resolve => child.on('close', resolve));
			}
			// Whatever happened, the store opens, validates, and names only complete documents.
			const store = await Store.open(db);
			const entries = await store.allEntries();
			const docs = await Promise.all(entries.map(e => store.load(e)));
			expect(docs.map(d => d.report.id)).toEqual(entries.map(e => e.id));
			const y2022 = docs.find(d => d.report.year === 2022);
			if (y2022) {
				expect(hashes.has(y2022.report.sourceHash)).toBe(true);
				expect(y2022.entry.sourceHash).toBe(y2022.report.sourceHash);
			}
		}
		expect(killedMidway).toBeGreaterThanOrEqual(10);
		// A stale lock left by a killed writer is noticed and taken over by the next one.
		const r = jcfz(['import', v1, '--replace'], {db});
		expect(r.code).toBe(0);
		// …and temp files of killed writers are cleared away by the next writer.
		const left = [...readdirSync(dir), ...readdirSync(join(dir, 'jcfz.bodies'))];
		expect(left.filter(f => (f.includes('.lock') && f !== '.jcfz.json.lock-key') || f.endsWith('.tmp'))).toEqual([]);
	}, 120_000);
});
