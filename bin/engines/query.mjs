// One query in a fresh process, as a command would run it: load the engine, open the index, read the rows.
// Usage: see build-sqlite.cjs. Prints {load, query, rows} (ms).
import {createRequire} from 'node:module';

const [engine, file, what] = process.argv.slice(2);
const RANK_SQL = `select r.region, f.label, f.value, f.unit, s.text from figures f join reports r on r.id = f.report
	join sentences s on s.id = f.sentence where f.year = 2023 and `;
const t = process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
let rows;
let loaded;
if (engine === 'sqlite') {
	const Database = createRequire(`${process.cwd()}/`)('better-sqlite3');
	loaded = process.hrtime.bigint();
	if (what !== 'load') {
		const db = new Database(file, {readonly: true});
		rows =
			what === 'rank'
				? db.prepare(`${RANK_SQL} f.label like '%复议%'`).all()
				: db
						.prepare(
							`select r.name, s.text from sentences_fts join sentences s on s.id = sentences_fts.rowid
							join reports r on r.id = s.report where sentences_fts match '"法律援助"'`,
						)
						.all();
	}
} else {
	const {DuckDBInstance} = await import(createRequire(`${process.cwd()}/`).resolve('@duckdb/node-api'));
	loaded = process.hrtime.bigint();
	if (what !== 'load') {
		const db = await DuckDBInstance.create(file, {access_mode: 'READ_ONLY'});
		const c = await db.connect();
		const sql =
			what === 'rank'
				? `${RANK_SQL} contains(f.label, '复议')`
				: `select r.name, s.text from sentences s join reports r on r.id = s.report where contains(s.text, '法律援助')`;
		rows = (await c.runAndReadAll(sql)).getRows();
	}
}
const done = process.hrtime.bigint();
console.log(JSON.stringify({load: ms(t, loaded), query: ms(loaded, done), rows: rows?.length ?? 0}));
