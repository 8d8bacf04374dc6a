// Measures the embedded engines jcfz's cross-report index was compared with (README: The cross-report index).
// Not part of the build: the engines are not dependencies. On a store made by `JCFZ_BENCH_KEEP=1 npm run bench`:
//
//   npm install --no-save better-sqlite3@12 @duckdb/node-api@1.5.6-r.1
//   node bin/engines/build-sqlite.cjs STORE/jcfz.index /tmp/index.sqlite
//   node bin/engines/build-duckdb.mjs STORE/jcfz.index /tmp/index.duckdb
//   node bin/engines/query.mjs sqlite|duckdb /tmp/index.sqlite|/tmp/index.duckdb load|rank|search
//
const Database = require('better-sqlite3');
const fs = require('node:fs');
const dir = process.argv[2];
const out = process.argv[3];
fs.rmSync(out, {force: true});
const t0 = Date.now();
const db = new Database(out);
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.exec(`create table reports(id integer primary key, name text, region text, code text, year int);
create table sentences(id integer primary key, report int, text text);
create table figures(report int, year int, label text, value real, unit text, raw text, sentence int);
create virtual table sentences_fts using fts5(text, content='sentences', content_rowid='id', tokenize='trigram');`);
const insR = db.prepare('insert into reports values (?,?,?,?,?)');
const insS = db.prepare('insert into sentences values (?,?,?)');
const insF = db.prepare('insert into figures values (?,?,?,?,?,?,?)');
let rid = 0,
	sid = 0;
for (const f of fs
	.readdirSync(dir)
	.filter(f => f.endsWith('.map.ndjson'))
	.sort()) {
	const year = Number(f.slice(0, 4));
	const txt = fs.readFileSync(`${dir}/${year}.txt`);
	const maps = fs.readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').map(JSON.parse);
	const byStart = new Map();
	const lineStart = new Map(); // byte offset of a line -> sentence id
	db.transaction(() => {
		for (const m of maps) {
			const id = ++rid;
			byStart.set(m.start, id);
			insR.run(id, m.id, m.region, m.regionCode, year);
			let at = m.start;
			while (at < m.end) {
				const nl = txt.indexOf(10, at);
				const e = nl < 0 ? m.end : nl;
				lineStart.set(at, ++sid);
				insS.run(sid, id, txt.toString('utf8', at, e));
				at = e + 1;
			}
		}
		for (const line of fs.readFileSync(`${dir}/${year}.figures.ndjson`, 'utf8').split('\n')) {
			if (!line) continue;
			const x = JSON.parse(line);
			insF.run(byStart.get(x[0]), year, x[3], x[4], x[5], x[7], lineStart.get(x[9]) ?? null);
		}
	})();
	process.stderr.write(`${year} `);
}
const t1 = Date.now();
db.exec(`insert into sentences_fts(sentences_fts) values('rebuild'); create index figures_year on figures(year);`);
db.close();
console.log(
	JSON.stringify({
		engine: 'sqlite',
		reports: rid,
		sentences: sid,
		loadSeconds: (t1 - t0) / 1000,
		ftsSeconds: (Date.now() - t1) / 1000,
		bytes: fs.statSync(out).size,
	}),
);
