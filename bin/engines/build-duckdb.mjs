// Measures the embedded engines jcfz's cross-report index was compared with (README: The cross-report index).
// Not part of the build: the engines are not dependencies. On a store made by `JCFZ_BENCH_KEEP=1 npm run bench`:
//
//   npm install --no-save better-sqlite3@12 @duckdb/node-api@1.5.6-r.1
//   node bin/engines/build-sqlite.cjs STORE/jcfz.index /tmp/index.sqlite
//   node bin/engines/build-duckdb.mjs STORE/jcfz.index /tmp/index.duckdb
//   node bin/engines/query.mjs sqlite|duckdb /tmp/index.sqlite|/tmp/index.duckdb load|rank|search
//
import {DuckDBInstance} from '@duckdb/node-api';
import fs from 'node:fs';
const [dir, out] = process.argv.slice(2);
fs.rmSync(out, {force: true});
fs.rmSync(`${out}.wal`, {force: true});
const tmp = `${out}.stage`;
fs.rmSync(tmp, {recursive: true, force: true});
fs.mkdirSync(tmp);
const t0 = Date.now();
// Stage: one NDJSON of reports, sentences, figures (what the SQLite build inserts row by row).
const R = fs.openSync(`${tmp}/reports.ndjson`, 'w'),
	S = fs.openSync(`${tmp}/sentences.ndjson`, 'w'),
	F = fs.openSync(`${tmp}/figures.ndjson`, 'w');
let rid = 0,
	sid = 0;
for (const f of fs
	.readdirSync(dir)
	.filter(f => f.endsWith('.map.ndjson'))
	.sort()) {
	const year = Number(f.slice(0, 4));
	const txt = fs.readFileSync(`${dir}/${year}.txt`);
	const byStart = new Map(),
		lineStart = new Map();
	let rs = '',
		ss = '';
	for (const m of fs.readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').map(JSON.parse)) {
		const id = ++rid;
		byStart.set(m.start, id);
		rs += `${JSON.stringify({id, name: m.id, region: m.region, code: m.regionCode, year})}\n`;
		let at = m.start;
		while (at < m.end) {
			const nl = txt.indexOf(10, at);
			const e = nl < 0 ? m.end : nl;
			lineStart.set(at, ++sid);
			ss += `${JSON.stringify({id: sid, report: id, text: txt.toString('utf8', at, e)})}\n`;
			at = e + 1;
		}
		if (ss.length > 1 << 24) {
			fs.writeSync(S, ss);
			ss = '';
		}
	}
	fs.writeSync(R, rs);
	fs.writeSync(S, ss);
	let fs_ = '';
	for (const line of fs.readFileSync(`${dir}/${year}.figures.ndjson`, 'utf8').split('\n')) {
		if (!line) continue;
		const x = JSON.parse(line);
		fs_ += `${JSON.stringify({
			report: byStart.get(x[0]),
			year,
			label: x[3],
			value: x[4],
			unit: x[5],
			raw: x[7],
			sentence: lineStart.get(x[9]) ?? null,
		})}\n`;
		if (fs_.length > 1 << 24) {
			fs.writeSync(F, fs_);
			fs_ = '';
		}
	}
	fs.writeSync(F, fs_);
}
for (const fd of [R, S, F]) fs.closeSync(fd);
const t1 = Date.now();
const db = await DuckDBInstance.create(out);
const c = await db.connect();
await c.run(
	`create table reports as select * from read_json('${tmp}/reports.ndjson', columns={id:'INTEGER', name:'VARCHAR', region:'VARCHAR', code:'VARCHAR', year:'INTEGER'})`,
);
await c.run(
	`create table sentences as select * from read_json('${tmp}/sentences.ndjson', columns={id:'INTEGER', report:'INTEGER', text:'VARCHAR'})`,
);
await c.run(
	`create table figures as select * from read_json('${tmp}/figures.ndjson', columns={report:'INTEGER', year:'INTEGER', label:'VARCHAR', value:'DOUBLE', unit:'VARCHAR', raw:'VARCHAR', sentence:'INTEGER'})`,
);
await c.run('checkpoint');
c.closeSync?.();
const bytes = fs.statSync(out).size;
fs.rmSync(tmp, {recursive: true, force: true});
console.log(
	JSON.stringify({
		engine: 'duckdb',
		reports: rid,
		sentences: sid,
		stageSeconds: (t1 - t0) / 1000,
		loadSeconds: (Date.now() - t1) / 1000,
		bytes,
	}),
);
