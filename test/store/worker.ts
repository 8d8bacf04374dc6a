/**
 * A writer process for the concurrency test: `tsx worker.ts MODE DB WORKER COUNT` adds COUNT distinct synthetic
 * reports, one read-change-write each. MODE "jcfz" goes through the store; "stock" does the same with lowdb's
 * own JSONFile adapter and no lock, to show what the store protects against.
 */
import {JSONFile} from 'lowdb/node';
import {Low} from 'lowdb';
import {extractIndicators} from '../../src/core/extract.js';
import {parseReport} from '../../src/core/parse.js';
import {Store} from '../../src/store/store.js';
import {syntheticReport} from '../../bin/synthetic/corpus.js';

const [mode, db, worker, count] = process.argv.slice(2) as [string, string, string, string];

for (let k = 0; k < Number(count); k++) {
	const {text} = syntheticReport(Number(worker) * Number(count) + k, 2023);
	const {report} = parseReport(text);
	if (mode === 'jcfz') {
		const store = await Store.open(db, {lock: {timeoutMs: 60_000}});
		await store.put(report, extractIndicators(report));
	} else {
		const low = new Low<{schemaVersion: number; reports: {id: string}[]}>(new JSONFile(db), {
			schemaVersion: 1,
			reports: [],
		});
		await low.read();
		low.data.reports.push({id: report.id});
		await low.write();
	}
}
