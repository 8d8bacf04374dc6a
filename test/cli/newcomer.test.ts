/**
 * What a newcomer trips on, through the real binary (issue 21): options given twice, a folder as --db, search
 * --all --region, search across scripts, a year beside a named report in diff. SYNTHETIC reports only (beside the
 * bundled one): test/fixtures, their figures invented.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {jcfz, ROOT, SYNTHETIC_2022, tempDir} from '../helpers.js';

const TRADITIONAL = join(ROOT, 'test', 'fixtures', 'layouts', 'synthetic-traditional.txt');
let db: string;
const run = (args: string[]) => jcfz(args, {db});

beforeAll(() => {
	db = join(tempDir(), 'store', 'jcfz.json');
	const changzhi = join(dirname(db), '..', 'synthetic-changzhi-2023.txt');
	writeFileSync(
		changzhi,
		readFileSync(SYNTHETIC_2022, 'utf8').replaceAll('晋城市', '长治市').replaceAll('2022', '2023'),
	);
	expect(run(['import', changzhi, TRADITIONAL]).code).toBe(0);
	expect(run(['use', '晋城市']).code).toBe(0);
});

describe('options and paths', () => {
	test('an option given twice is the last one, not a crash', () => {
		expect(run(['list', '--region', '长治市', '--region', '晋城市']).stdout).toContain('1 report of 1 body');
		expect(jcfz(['list', '--db', '/nowhere/x.json', '--db', db]).code).toBe(0);
	});

	test('a folder as --db: say which file to give', () => {
		const folder = dirname(db);
		expect(jcfz(['list', '--db', folder])).toEqual({
			code: 2,
			stdout: '',
			stderr: `jcfz: ${folder} is a folder: give the store's file, e.g. --db ${join(folder, 'jcfz.json')}\n`,
		});
	});
});

describe('search', () => {
	test("--all --region: only that region's reports", () => {
		const hits = JSON.parse(run(['search', '复议', '--all', '--region', '长治市', '--json']).stdout) as {
			report: {region: string};
		}[];
		expect(hits.length).toBeGreaterThan(0);
		expect(new Set(hits.map(h => h.report.region))).toEqual(new Set(['长治市']));
	});

	test('simplified finds traditional, traditional finds simplified', () => {
		const traditional = JSON.parse(run(['search', '审查', '--region', '阳城县', '--json']).stdout) as {
			sentence: string;
		}[];
		expect(traditional.map(h => h.sentence)).toEqual([
			'舉辦三期專題培訓班，審查文件26項，拆除違法建設13.5萬平方米，執法人員1200餘名。',
		]);
		expect(run(['search', '審查', '--region', '晋城市']).code).toBe(0);
		const all = JSON.parse(run(['search', '審查', '--all', '--json']).stdout) as {report: {region: string}}[];
		expect(new Set(all.map(h => h.report.region))).toEqual(new Set(['晋城市', '阳城县']));
	});
});

describe('diff', () => {
	test("a year beside a named report is a year of that report's region, never another region", () => {
		const r = run(['diff', '2023', '长治市-2023']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(
			/^jcfz: 长治市 2023 twice: .*to compare two regions name both, e\.g\. jcfz diff 晋城市-2023 长治市-2023\n$/,
		);
		expect(JSON.parse(run(['diff', '晋城市-2023', '长治市-2023', '--json']).stdout).to.region).toBe('长治市');
	});
});
