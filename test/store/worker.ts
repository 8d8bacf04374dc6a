/**
 * A writer process for the concurrency test: `tsx worker.ts DB WORKER COUNT` adds COUNT distinct synthetic
 * reports through the store, one read-change-write each.
 */
import {analyze} from '../../src/core/analyze.js';
import {Store} from '../../src/store/store.js';
import {syntheticReport} from '../../bin/synthetic/corpus.mjs';

const [db, worker, count] = process.argv.slice(2) as [string, string, string];

for (let k = 0; k < Number(count); k++) {
	const {text} = syntheticReport(Number(worker) * Number(count) + k, 2023);
	const store = await Store.open(db, {lock: {timeoutMs: 60_000}});
	await store.putMany([analyze(text)]);
}
