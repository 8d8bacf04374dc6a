/**
 * `npm run eval [-- CORPUS_DIR] [--check] [--verbose]` — the quality of extraction, region/year and year diffs on
 * a labelled corpus of real reports (default ../shared/corpus), measured through the real binary:
 *
 * - region and year: `jcfz import FILE --dry-run --json`, no other flag (exactly what a plain import reads);
 * - figures: `jcfz import FILE --region R --year Y` into a fresh store, then `jcfz export --format json`;
 * - pairs: `jcfz diff A B --json` for every file pair of pairs.tsv.
 *
 * Prints a table per file and in total (also written to eval-results.json, not committed). With --check it exits
 * 1 when a total falls below bin/eval/thresholds.json — `.ci/run` runs it that way when the corpus is present.
 *
 * `--as=pdf|docx|doc --documents=DIR` reads each corpus file as that document instead (DIR/pdf/NAME.pdf…, made by
 * `tsx bin/fixtures/make-documents.mts --corpus CORPUS DIR`): the same gold, so each format is measured against
 * the text it was made from.
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {renderTable} from '../src/render/table.js';
import {readCorpus, type ManifestRow} from './eval/corpus.mjs';
import {
	identifiedRight,
	scoreFile,
	scorePairs,
	type DiffPair,
	type Extracted,
	type FileScore,
	type Identified,
} from './eval/score.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'jcfz');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const corpusDir = resolve(args.find(a => !a.startsWith('--')) ?? join(ROOT, '..', 'shared', 'corpus'));
const option = (name: string) => args.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const asFormat = option('as');
const documentsDir = option('documents');
if (asFormat && (!documentsDir || !['pdf', 'docx', 'doc'].includes(asFormat))) {
	process.stderr.write('eval: --as=pdf|docx|doc needs --documents=DIR (see bin/fixtures/make-documents.mts)\n');
	process.exit(2);
}
const say = (text: string) => process.stderr.isTTY && process.stderr.write(`\r\u001B[2K${text}`);

interface Run {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

function jcfz(argv: readonly string[], db: string): Promise<Run> {
	const env = {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', JCFZ_DB: db};
	const child = spawn(process.execPath, [BIN, ...argv], {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', d => (stdout += d));
	child.stderr.setEncoding('utf8').on('data', d => (stderr += d));
	return new Promise(done => child.on('close', code => done({code, stdout, stderr})));
}

/** Runs `task` over `items`, `width` at a time, keeping the order of the results. */
async function inParallel<T, R>(
	items: readonly T[],
	width: number,
	task: (item: T, k: number) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	let done = 0;
	const worker = async () => {
		while (next < items.length) {
			const k = next++;
			results[k] = await task(items[k]!, k);
			say(`eval: ${++done}/${items.length}`);
		}
	};
	await Promise.all(Array.from({length: width}, worker));
	return results;
}

interface ImportRow {
	readonly id: string;
	readonly region: string;
	readonly year: number;
}

const firstLine = (text: string) =>
	text
		.trim()
		.split('\n')[0]
		?.replace(/^jcfz: /, '') ?? '';

if (!existsSync(join(corpusDir, 'manifest.tsv'))) {
	process.stderr.write(`eval: ${corpusDir} holds no manifest.tsv; give a corpus folder: npm run eval -- PATH\n`);
	process.exit(2);
}
const corpus = readCorpus(corpusDir);
const work = mkdtempSync(join(tmpdir(), 'jcfz-eval-'));
const store = join(work, 'jcfz.json');
const path = (row: ManifestRow) =>
	asFormat && documentsDir
		? join(resolve(documentsDir), asFormat, row.file.replace(/\.txt$/, `.${asFormat}`))
		: join(corpus.dir, row.file);

// 1. Region and year, as a plain import finds them.
const identified = await inParallel(corpus.manifest, 2, async row => {
	const r = await jcfz(['import', path(row), '--dry-run', '--json'], join(work, 'unused.json'));
	if (r.code !== 0) return {found: null, note: firstLine(r.stderr)};
	const [parsed] = JSON.parse(r.stdout) as ImportRow[];
	return {found: {region: parsed!.region, year: parsed!.year} as Identified, note: ''};
});

// 2. Figures, with region and year given.
const ids = await inParallel(corpus.manifest, 2, async row => {
	const r = await jcfz(
		['import', path(row), '--region', row.region, '--year', String(row.year), '--force', '--json'],
		store,
	);
	if (r.code !== 0) throw new Error(`${row.file}: import failed: ${r.stderr}`);
	return (JSON.parse(r.stdout) as ImportRow[])[0]!.id;
});
const exported = await jcfz(['export', '--all', '--format', 'json'], store);
if (exported.code !== 0) throw new Error(`export failed: ${exported.stderr}`);
const byId = new Map(
	(JSON.parse(exported.stdout) as {report: {id: string}; indicators: Extracted[]}[]).map(d => [
		d.report.id,
		d.indicators,
	]),
);
const scores = new Map<string, FileScore>(
	corpus.manifest.map((row, k) => [row.file, scoreFile(corpus.gold.get(row.file) ?? [], byId.get(ids[k]!) ?? [])]),
);

// 3. Year diffs of the labelled pairs.
const idOf = new Map(corpus.manifest.map((row, k) => [row.file, ids[k]!]));
const filePairs = [...new Set(corpus.pairs.map(p => `${p.fileA}\t${p.fileB}`))].map(
	key => key.split('\t') as [string, string],
);
const diffs = await inParallel(filePairs, 2, async ([a, b]) => {
	const r = await jcfz(['diff', idOf.get(a)!, idOf.get(b)!, '--json'], store);
	if (r.code !== 0 && r.code !== 1) throw new Error(`diff ${a} ${b} failed: ${r.stderr}`);
	const rows = (
		JSON.parse(r.stdout) as {rows: {status: string; from: DiffPair['from'] | null; to: DiffPair['to'] | null}[]}
	).rows;
	return rows.flatMap(row =>
		row.from && row.to ? [{from: row.from, to: row.to, uncertain: row.status === 'uncertain'}] : [],
	);
});
const pairsByFiles = new Map(filePairs.map(([a, b], k) => [`${a}\t${b}`, diffs[k]!]));
const pairScore = scorePairs(corpus.pairs, (a, b) => pairsByFiles.get(`${a}\t${b}`) ?? []);
say('');
rmSync(work, {recursive: true, force: true});

// Pairs the diffs show as only plausible (status "uncertain"): still pairs above, counted here apart.
const made = [...pairsByFiles.entries()].flatMap(([files, pairs]) => {
	const lines = corpus.pairs.filter(l => `${l.fileA}\t${l.fileB}` === files && l.kind === 'want');
	return pairs.map(p => ({
		uncertain: p.uncertain,
		want: lines.some(l => l.valueA === p.from.value && l.valueB === p.to.value),
	}));
});
const uncertain = made.filter(p => p.uncertain);

// Report.
const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
const sum = (f: (s: FileScore) => number) => [...scores.values()].reduce((t, s) => t + f(s), 0);
const rightCount = corpus.manifest.filter((row, k) => identifiedRight(identified[k]!.found, row)).length;
const rows = corpus.manifest.map((row, k) => {
	const s = scores.get(row.file)!;
	const id = identified[k]!;
	const ry = identifiedRight(id.found, row)
		? 'ok'
		: id.found
			? `${id.found.region} ${id.found.year}`
			: `refused: ${id.note}`;
	return [
		row.file.replace(/\.txt$/, ''),
		`${s.found}/${s.req}`,
		ratio(s.labelled, s.req),
		ratio(s.clean, s.extracted),
		ratio(s.correct, s.extracted),
		ry,
	];
});
const totals = {
	valueRecall: sum(s => s.found) / sum(s => s.req),
	labelRecall: sum(s => s.labelled) / sum(s => s.req),
	cleanLabels: sum(s => s.clean) / sum(s => s.extracted),
	precision: sum(s => s.correct) / sum(s => s.extracted),
	qualifier: sum(s => s.qualifierRight) / sum(s => s.found),
	section: sum(s => s.sectionRight) / sum(s => s.found),
	regionYear: rightCount / corpus.manifest.length,
	emptyFiles: [...scores.values()].filter(s => s.extracted === 0).length,
	wantFound: pairScore.want === 0 ? 1 : pairScore.wantFound / pairScore.want,
	neverMade: pairScore.violations.length,
};
const header = ['file', 'value', 'label', 'clean', 'prec', 'region+year'];
const table = renderTable(
	[
		...rows,
		[
			'TOTAL',
			`${sum(s => s.found)}/${sum(s => s.req)}`,
			totals.labelRecall.toFixed(2),
			totals.cleanLabels.toFixed(2),
			totals.precision.toFixed(2),
			`${rightCount}/${corpus.manifest.length}`,
		],
	],
	header.map((h, k) => ({header: h, value: (r: string[]) => r[k]!, align: k > 0 && k < 5 ? 'right' : 'left'})),
);
for (const line of table) process.stdout.write(`${line}\n`);

if (flag('--verbose')) {
	for (const row of corpus.manifest) {
		const s = scores.get(row.file)!;
		const lines = [
			...s.missed.map(g => `  missed    ${g.value} ${g.unit ?? ''} (${g.keys.join('|')})`),
			...s.unlabelled.map(
				u => `  label     ${u.gold.value} ${u.gold.unit ?? ''}: "${u.label}" lacks ${u.gold.keys.join('|')}`,
			),
			...s.falsePositives.map(e => `  false     ${e.value} ${e.unit} "${e.label}"`),
			...s.unclean.map(l => `  unclean   "${l}"`),
		];
		if (lines.length) process.stdout.write(`${row.file}\n${lines.join('\n')}\n`);
	}
}

const totalLines = [
	`value+unit recall ${totals.valueRecall.toFixed(3)}   label recall ${totals.labelRecall.toFixed(3)}   clean labels ${totals.cleanLabels.toFixed(3)}   precision ${totals.precision.toFixed(3)}`,
	`qualifier ${totals.qualifier.toFixed(3)}   section ${totals.section.toFixed(3)}   region+year ${rightCount}/${corpus.manifest.length} (${totals.regionYear.toFixed(3)})   files without a figure: ${totals.emptyFiles}`,
	`pairs: want found ${pairScore.wantFound}/${pairScore.want}   wrong pairs made ${pairScore.violations.length} (never lines: ${pairScore.never})   shown as uncertain: ${uncertain.length} of ${made.length} pairs made (${uncertain.filter(p => p.want).length} of them wanted)`,
	...pairScore.missedWant.map(
		p => `  missed want  ${p.fileA} → ${p.fileB}: ${p.valueA} → ${p.valueB} (${p.keys.join('|')})`,
	),
	...pairScore.violations.map(
		v =>
			`  wrong pair   ${v.line.fileA} → ${v.line.fileB} [${v.line.kind} ${v.line.valueA}→${v.line.valueB} ${v.line.keys.join('|')}]: "${v.pair.from.label}" ${v.pair.from.value} → "${v.pair.to.label}" ${v.pair.to.value}`,
	),
];
process.stdout.write(`\n${totalLines.join('\n')}\n`);
writeFileSync(
	join(ROOT, 'eval-results.json'),
	JSON.stringify({corpus: corpusDir, totals, files: Object.fromEntries(scores)}, null, 2),
);

if (flag('--check')) {
	const thresholds = JSON.parse(readFileSync(join(ROOT, 'bin', 'eval', 'thresholds.json'), 'utf8')) as Record<
		string,
		number
	>;
	const failures = Object.entries(thresholds).filter(([key, min]) => {
		const value = totals[key as keyof typeof totals];
		return key === 'neverMade' || key === 'emptyFiles' ? value > min : value < min;
	});
	for (const [key, min] of failures)
		process.stderr.write(`eval: ${key} ${totals[key as keyof typeof totals]} is past its threshold ${min}\n`);
	if (failures.length) process.exitCode = 1;
}
