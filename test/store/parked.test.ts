/**
 * A batch parked before it is written: a large one goes through a temp file and comes back in chunks, each report
 * with where it was read from and its stored form, encoded once (SYNTHETIC report text, test/fixtures).
 */
import {existsSync, readdirSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../src/core/analyze.js';
import {CHUNK, Parked} from '../../src/store/parked.js';
import {encodeRecord} from '../../src/store/record.js';
import {SYNTHETIC_2022, tempDir} from '../helpers.js';
import {readFileSync} from 'node:fs';

const text = readFileSync(SYNTHETIC_2022, 'utf8');
const analysis = analyze(text, {year: 2022});

describe('parked batches', () => {
	test('past CHUNK reports, a batch goes through a temp file and comes back in order, with origins and records', async () => {
		const dir = tempDir();
		const parked = new Parked(dir);
		for (let k = 0; k <= CHUNK; k++) parked.add({...analysis, origin: `reports/r${k}.txt`});
		expect(parked.count).toBe(CHUNK + 1);
		expect(readdirSync(dir).filter(f => f.startsWith('.jcfz-import.'))).toHaveLength(1);
		const sizes: number[] = [];
		const origins: (string | undefined)[] = [];
		let first: unknown;
		for await (const chunk of parked.chunks()) {
			sizes.push(chunk.length);
			first ??= chunk[0];
			for (const item of chunk) origins.push(item.record?.origin);
		}
		expect(sizes).toEqual([CHUNK, 1]);
		expect(origins).toEqual(Array.from({length: CHUNK + 1}, (_, k) => `reports/r${k}.txt`));
		const item = first as {record: unknown; origin: string; report: {id: string}; indicators: unknown[]};
		expect(item.origin).toBe('reports/r0.txt');
		expect(item.record).toEqual(
			encodeRecord(analysis.report, analysis.indicators, analysis.source, '', 'reports/r0.txt'),
		);
		expect([item.report.id, item.indicators.length]).toEqual([analysis.report.id, analysis.indicators.length]);
		parked.dispose();
		expect(readdirSync(dir).filter(f => f.startsWith('.jcfz-import.'))).toEqual([]);
	});
	test('a small batch stays in memory, as it was added', async () => {
		const dir = tempDir();
		const parked = new Parked(dir);
		parked.add({...analysis, origin: 'a.txt'});
		const chunks = [];
		for await (const chunk of parked.chunks()) chunks.push(chunk);
		expect(chunks).toEqual([[{...analysis, origin: 'a.txt'}]]);
		expect(existsSync(dir) && readdirSync(dir)).toEqual([]);
		parked.dispose();
	});
});
