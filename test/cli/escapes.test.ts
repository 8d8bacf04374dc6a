/**
 * Escape and formula injection through names and data that come from outside (SYNTHETIC reports): every byte that
 * reaches a terminal passes the inert filter — messages, warnings and progress lines included — JSON escapes what
 * a terminal would act on while the data stays exact, and CSV cells never run as formulas.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {progressLine} from '../../src/cli/io.js';
import {toCsv} from '../../src/render/csv.js';
import {inertLine} from '../../src/core/inert.js';
import {width} from '../../src/render/width.js';
import {jcfz, SYNTHETIC_2022, tempDir} from '../helpers.js';

/** Bytes a terminal acts on: ESC, C0 (but \n and \t), DEL, C1, bidi controls. */
const DRIVES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const HOSTILE = '\u001B]0;pwned\u0007\u009B2J\u202E';

describe('names from outside, in messages', () => {
	test('a region name in a warning, a --db path in the stale-lock note, an --out path in "wrote"', () => {
		const dir = join(tempDir(), `store${HOSTILE}`);
		mkdirSync(dir);
		const db = join(dir, 'jcfz.json');
		expect(jcfz(['import', SYNTHETIC_2022, '--region', `测${HOSTILE}市`], {db}).code).toBe(0);
		writeFileSync(
			`${db}.lock`,
			`${JSON.stringify({pid: 999999, start: '1', boot: '', host: hostname(), nonce: 'a'})}\n`,
		);
		const runs = [
			jcfz(['show', '没有这个词', '--region', `测${HOSTILE}市`], {db, env: {JCFZ_LOCK: 'file'}}),
			jcfz(['import', SYNTHETIC_2022, '--region', `另${HOSTILE}市`], {db, env: {JCFZ_LOCK: 'file'}}),
			jcfz(['export', '--format', 'csv', '--out', join(dir, `out${HOSTILE}.csv`)], {db}),
			jcfz(['import', join(dir, `missing${HOSTILE}.txt`)], {db}),
		];
		expect(runs.map(r => r.code)).toEqual([1, 0, 0, 1]);
		for (const r of runs) expect(`${r.stdout}${r.stderr}`).not.toMatch(DRIVES);
		expect(runs[1]!.stderr).toContain('removed a stale lock');
	});

	test('a diff of two regions with hostile names: the header line and the table headings are inert', () => {
		const db = join(tempDir(), 'jcfz.json');
		const a = `测${HOSTILE}甲市`;
		const b = `测${HOSTILE}乙市`;
		expect(jcfz(['import', SYNTHETIC_2022, '--region', a], {db}).code).toBe(0);
		expect(jcfz(['import', SYNTHETIC_2022, '--region', b], {db}).code).toBe(0);
		const r = jcfz(['diff', `${a}-2022`, `${b}-2022`], {db});
		expect(r.code).toBe(0);
		expect(`${r.stdout}${r.stderr}`).not.toMatch(DRIVES);
		expect(r.stdout.split('\n')[1]).toContain(inertLine(`${a} 2022`));
	});

	test('a progress line shows a hostile file name inert', () => {
		let written = '';
		const bar = progressLine({isTTY: true, write: (t: string) => (written += t)});
		bar.update(`importing a${HOSTILE}.txt 1/2`);
		expect(written).toBe('\r\u001B[2Kimporting a.txt 1/2');
	});
});

describe('--json', () => {
	test('C1, DEL and bidi controls are written as \\u escapes; the data parses back exact', () => {
		const db = join(tempDir(), 'jcfz.json');
		const region = '测\u009B31m\u007F\u202E市';
		expect(jcfz(['import', SYNTHETIC_2022, '--region', region], {db}).code).toBe(0);
		const r = jcfz(['indicators', '--region', region, '--json'], {db});
		expect(r.stdout).not.toMatch(DRIVES);
		expect(r.stdout).toContain('"region": "测\\u009b31m\\u007f\\u202e市"');
		expect(JSON.parse(r.stdout)[0].region).toBe(region);
	});
});

describe('widths terminals disagree on', () => {
	test('Hangul fillers, soft hyphens, zero-width characters and a BOM are not shown', () => {
		const text = '行政\u115F复议\u00AD案件\u200B\uFEFF\u3164';
		expect(inertLine(text)).toBe('行政复议案件');
		expect(width(inertLine(text))).toBe(12);
	});
});

describe('CSV formula injection', () => {
	test('cells that would run as a formula get a leading quote; numbers stay numbers', () => {
		const csv = toCsv(
			['a', 'b', 'c'],
			[
				['=HYPERLINK("http://x","y")', '＋1+2', -5],
				['@SUM(A1)', '-3', '- 列表'],
			],
		);
		expect(csv).toBe('\uFEFFa,b,c\r\n"\'=HYPERLINK(""http://x"",""y"")",\'＋1+2,-5\r\n\'@SUM(A1),-3,\'- 列表\r\n');
	});

	test('a section title of a report that is a formula comes out as text in export --format csv', () => {
		const dir = tempDir();
		const db = join(dir, 'jcfz.json');
		const file = join(dir, 'synthetic-formula.txt');
		writeFileSync(file, readFileSync(SYNTHETIC_2022, 'utf8').replace('推进政务公开', '=HYPERLINK("http://x")'));
		expect(jcfz(['import', file], {db}).code).toBe(0);
		const out = join(dir, 'all.csv');
		expect(jcfz(['export', '--year', '2022', '--format', 'csv', '--out', out], {db}).code).toBe(0);
		// (Brackets and colons of a report are read in their Chinese forms.)
		expect(readFileSync(out, 'utf8')).toContain(',"\'=HYPERLINK（""http：//x""）",');
	});
});
