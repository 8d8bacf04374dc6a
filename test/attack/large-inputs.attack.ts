/**
 * Inputs far below the 20 MB cap that used to overflow the stack or take minutes (SYNTHETIC text generated here):
 * one very long line, hundreds of thousands of unpunctuated paragraphs, a page of ~950,000 <p>, a file that is many
 * reports pasted together, and a diff of two reports of 15,000 figures. Each must finish with the right outcome;
 * how fast is measured by `npm run bench`, not here.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {BIN, fingerprint, jcfz, SYNTHETIC_2022, tempDir} from '../helpers.js';

const TITLE = '测甲市2023年法治政府建设情况的报告（合成测试数据）';
let dir: string;
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

/** A synthetic report of `parts` sub-sections of ten figures each. */
function manyFigures(year: number, parts: number): string {
	const kinds = ['行政复议', '法律援助', '矛盾纠纷', '法治宣传', '政务服务', '执法监督', '公证'];
	const nouns = ['案件', '事项', '活动', '申请', '文件', '线索'];
	const lines = [TITLE.replace('2023', String(year)), '一、主要工作'];
	let k = 0;
	for (let s = 1; s <= parts; s++) {
		lines.push(`（${'一二三四五六七八九'[s % 9]}）第${s}部分工作`);
		const clauses = [];
		for (let f = 0; f < 10; f++, k++)
			clauses.push(`办理${kinds[k % 7]}${nouns[Math.floor(k / 7) % 6]}${(k * 7919 + year) % 997}件`);
		lines.push(`${clauses.join('，')}。`);
	}
	return `${lines.join('\n')}\n`;
}

beforeAll(() => {
	dir = tempDir();
});

describe('no stack overflow, no minutes', () => {
	test('one line of 17,000 figures (340,000 characters) imports every figure', () => {
		const path = file(
			'synthetic-long-line.txt',
			`${TITLE}\n一、工作\n${'办理案件12件，'.repeat(16_999)}办理案件12件。\n`,
		);
		const r = jcfz(['import', path, '--dry-run', '--json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)[0].indicators).toBe(17_000);
	});

	test('the same line in one HTML <p>', () => {
		const path = file(
			'synthetic-long-line.html',
			`<html><body><h1>${TITLE}</h1><p>一、工作</p><p>${'办理案件12件，'.repeat(16_999)}办理案件12件。</p></body></html>`,
		);
		const r = jcfz(['import', path, '--dry-run', '--json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)[0].indicators).toBe(17_000);
	});

	test('640,000 short paragraphs without end punctuation', () => {
		const path = file('synthetic-paragraphs.txt', `${TITLE}\n一、工作\n${'法治工作\n\n'.repeat(640_000)}`);
		const r = jcfz(['import', path, '--dry-run', '--force']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('1 section, 0 indicators');
	});

	test('a 7.6 MB page of <p>x</p>', () => {
		const path = file('synthetic-px.html', `<html><body><h1>${TITLE}</h1>${'<p>x</p>'.repeat(950_000)}</body></html>`);
		const r = jcfz(['import', path, '--dry-run', '--force']);
		expect(r.code).toBe(0);
	});

	test('a page of 100,000 unclosed <p><b><i><u>: read in linear time (it took 214 s), its text all there', () => {
		const body = `${'<p><b><i><u>推进依法行政。'.repeat(100_000)}<p>全年办理案件12件。`;
		const path = file('synthetic-unclosed.html', `<html><body><h1>${TITLE}</h1>${body}</body></html>`);
		const r = jcfz(['import', path, '--dry-run', '--json'], {timeoutMs: 60_000});
		expect(r.code, r.stderr).toBe(0);
		// The one figure, after 400,000 tags: the text past the nesting bound is read.
		expect(JSON.parse(r.stdout)[0].indicators).toBe(1);
	});

	test('a diff of two reports of 15,000 figures each', () => {
		const a = file('synthetic-15k-2022.txt', manyFigures(2022, 1500));
		const b = file('synthetic-15k-2023.txt', manyFigures(2023, 1500));
		const r = jcfz(['diff', '--from', a, '--to', b, '--json']);
		expect(r.code).toBe(0);
		const {summary} = JSON.parse(r.stdout);
		expect(summary.changed + summary.unchanged + summary.added).toBe(15_000);
	});
});

describe('limits on what one report may hold', () => {
	test('a file of 25,000 figures is refused in one line, nothing written', () => {
		const db = join(dir, 'limits.json');
		const path = file('synthetic-25k.txt', manyFigures(2023, 2500));
		expect(jcfz(['list'], {db}).code).toBe(0);
		const r = jcfz(['import', path], {db});
		expect(r).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: ${path}: holds 2,501 sections, more than one report can (at most 2,000): it is not a single report; import each report as its own file\n`,
		});
		expect(JSON.parse(jcfz(['list', '--json'], {db}).stdout)).toHaveLength(1);
	});
});

describe('a batch larger than memory should hold', () => {
	test('1,200 reports in one import: written in chunks, each outcome right; a conflict at the end writes nothing', async () => {
		const {syntheticReport} = await import('../../bin/synthetic/corpus.mjs');
		const folder = join(dir, 'batch');
		const {mkdirSync, writeFileSync: write} = await import('node:fs');
		mkdirSync(folder);
		for (let k = 0; k < 1200; k++) {
			const r = syntheticReport(k % 120, 2014 + Math.floor(k / 120));
			write(join(folder, `synthetic-${String(k).padStart(4, '0')}.md`), r.text);
		}
		const db = join(dir, 'batch.json');
		const first = jcfz(['import', folder, '--json'], {db});
		expect(first.code).toBe(0);
		const outcomes = JSON.parse(first.stdout).map((r: {outcome: string}) => r.outcome);
		expect(outcomes.filter((o: string) => o === 'added')).toHaveLength(1200);
		const listed = JSON.parse(jcfz(['list', '--json'], {db}).stdout);
		expect(listed).toHaveLength(1201);
		// The whole store exported in a 40 MB heap: report by report, never one string of every report.
		const heap = {NODE_OPTIONS: '--max-old-space-size=40'};
		for (const format of ['json', 'csv']) {
			const out = join(dir, `all.${format}`);
			const exported = jcfz(['export', '--all', '--format', format, '--out', out], {db, env: heap});
			expect(exported.code, exported.stderr).toBe(0);
			if (format === 'json') expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1201);
		}
		const piped = jcfz(['export', '--all', '--format', 'json'], {db, env: heap});
		expect([piped.code, JSON.parse(piped.stdout).length]).toEqual([0, 1201]);
		// The same folder again plus, last, a second version of the first report: refused before any chunk.
		const changed = join(dir, 'synthetic-changed.md');
		write(changed, syntheticReport(0, 2014).text.replace(/法治/, '法制'));
		const before = jcfz(['list', '--json'], {db}).stdout;
		const r = jcfz(['import', folder, changed, '--strict'], {db});
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/试安安县 2014 is given twice with different figures or headings in one import/);
		expect(r.stderr).toMatch(/1 of 1201 inputs cannot be imported \(listed above\); --strict: nothing was written\n$/);
		expect(jcfz(['list', '--json'], {db}).stdout).toBe(before);
		// Without --strict the other 1,200 are already there and the changed copy alone is refused.
		const kept = jcfz(['import', folder, changed, '--json'], {db});
		expect(kept.code).toBe(1);
		const rows = JSON.parse(kept.stdout) as {outcome: string; error?: string}[];
		expect(rows.filter(o => o.outcome === 'unchanged')).toHaveLength(1200);
		expect(rows[1200]).toMatchObject({outcome: 'refused', exitCode: 1});
		expect(jcfz(['list', '--json'], {db}).stdout).toBe(before);
	});

	test('a full disk while parking a large batch: one line, the store unchanged, no parked file left', async () => {
		const {syntheticReport} = await import('../../bin/synthetic/corpus.mjs');
		const {mkdirSync, readdirSync, writeFileSync: write} = await import('node:fs');
		const folder = join(dir, 'batch-full');
		mkdirSync(folder);
		for (let k = 0; k < 520; k++) write(join(folder, `synthetic-${k}.md`), syntheticReport(k, 2020).text);
		const store = join(dir, 'full');
		mkdirSync(store);
		const db = join(store, 'jcfz.json');
		expect(jcfz(['list'], {db}).code).toBe(0);
		const before = fingerprint(store);
		// A 4 MB file size limit: the parked batch (past 500 reports) passes it; nothing else written comes near.
		const r = spawnSync('sh', ['-c', `ulimit -f 4096; exec "${process.execPath}" "${BIN}" import "${folder}"`], {
			encoding: 'utf8',
			env: {PATH: process.env.PATH, LANG: 'en_US.UTF-8', JCFZ_DB: db},
		});
		expect(r.status).toBe(3);
		expect(r.stderr).toMatch(
			/^jcfz: cannot write .*\/\.jcfz-import\.\d+\.[0-9a-f]{8}\.ndjson \(EFBIG: the file size limit was reached\); the store is unchanged\n$/,
		);
		expect(fingerprint(store)).toEqual(before);
		expect(readdirSync(store).filter(f => f.startsWith('.jcfz-import.'))).toEqual([]);
	});

	test('a parked batch left by a killed import is removed by the next writer', () => {
		const db = join(dir, 'orphan', 'jcfz.json');
		expect(jcfz(['list'], {db}).code).toBe(0);
		// pid 2^22 + 1 is above Linux's pid_max ceiling: no process has it.
		const orphan = join(dir, 'orphan', `.jcfz-import.${2 ** 22 + 1}.0123abcd.ndjson`);
		writeFileSync(orphan, '{}\n');
		const mine = join(dir, 'orphan', 'synthetic-mine.ndjson');
		writeFileSync(mine, '{}\n');
		expect(jcfz(['import', SYNTHETIC_2022], {db}).code).toBe(0);
		expect([existsSync(orphan), existsSync(mine)]).toEqual([false, true]);
	});
});
