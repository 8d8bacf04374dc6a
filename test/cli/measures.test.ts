/**
 * Measures across reports through the real binary, on a store of SYNTHETIC reports (bin/synthetic/corpus.mts:
 * invented figures, titles marked 合成测试数据) of four cities over three years, plus the bundled report.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {syntheticReport} from '../../bin/synthetic/corpus.mjs';
import {jcfz, tempDir} from '../helpers.js';

const CITIES = ['长治市', '阳泉市', '大同市', '朔州市'];
let db: string;
const run = (args: string[]) => jcfz(args, {db, env: {COLUMNS: '100'}});

interface MeasureJson {
	id: string;
	name: string;
	area: string | null;
	unit: string;
	reports: number;
	regions: number;
}

beforeAll(() => {
	const dir = tempDir();
	const input = join(dir, 'in');
	mkdirSync(input);
	CITIES.forEach((city, k) => {
		for (let year = 2021; year <= 2023; year++)
			writeFileSync(join(input, `synthetic-${k}-${year}.md`), syntheticReport(k, year, city).text);
	});
	db = join(dir, 'jcfz.json');
	expect(run(['import', input]).code).toBe(0);
});

describe('jcfz measures', () => {
	test('--json: every measure with its area, unit, reports and regions, the most widely reported first', () => {
		const all = JSON.parse(run(['measures', '--json', '--min-reports', '1']).stdout) as MeasureJson[];
		// 12 synthetic reports and the bundled one, whose figures the synthetic ones rewrite: each of the 96 figures
		// of a report is one measure across all 13 (a reworded label joined by the diff, 受理 → 办理行政复议案件).
		expect(all).toHaveLength(96);
		expect(all.every(m => m.reports === 13 && m.regions === 5)).toBe(true);
		expect(Object.keys(all[0]!)).toEqual(['id', 'name', 'area', 'unit', 'reports', 'regions']);
		expect(all.find(m => m.name.includes('行政复议案件'))).toEqual({
			id: 'mae45248f',
			name: '受理行政复议案件',
			area: 'disputes',
			unit: '件',
			reports: 13,
			regions: 5,
		});
		// A label that names its own city is every city's: the measure is named with 本市.
		expect(all.filter(m => m.name.includes('无证明事项')).map(m => m.name)).toEqual(['《本市无证明事项办理清单》']);
	});

	test('a table on a terminal, narrowed by --area and --limit', () => {
		expect(run(['measures', '--area', '纠纷', '--limit', '3'])).toEqual({
			code: 0,
			stdout: [
				'ID         Measure           Area                           Unit  Reports  Regions',
				'm007c26a1  行政机关应诉案件  Disputes and their resolution  件         13        5',
				'm06f96612  矛盾纠纷          Disputes and their resolution  件         13        5',
				'm244e4a2f  调解成功率        Disputes and their resolution  %          13        5',
				'3 of the 19 measures in 2 or more reports (that area)',
				'',
			].join('\n'),
			stderr: '',
		});
	});

	test('bad input: an unknown area, a bad --min-reports, nothing that many reports share', () => {
		expect(run(['measures', '--area', 'xx'])).toMatchObject({
			code: 2,
			stderr: expect.stringMatching(/^jcfz: no area called "xx": give one of leadership, functions, .*\n$/),
		});
		expect(run(['measures', '--min-reports', '0']).code).toBe(2);
		expect(run(['measures', '--min-reports', '14'])).toEqual({
			code: 1,
			stdout: '',
			stderr: 'jcfz: no measure is in 14 or more stored reports (try --min-reports 1)\n',
		});
	});
});

describe('rank and trend by measure', () => {
	test('rank by a measure id ranks its figures, whatever their label', () => {
		const r = JSON.parse(run(['rank', 'mae45248f', '--year', '2022', '--json']).stdout) as {
			measure: unknown;
			rows: {region: string; indicator: {label: string; value: number}}[];
		};
		expect(r.measure).toEqual({id: 'mae45248f', name: '受理行政复议案件'});
		expect(r.rows.map(x => x.region).sort()).toEqual([...CITIES].sort());
		expect(r.rows.every(x => /行政复议案件$/.test(x.indicator.label))).toBe(true);
	});

	test('trend --measure follows the measure by its name', () => {
		const r = run(['trend', '受理行政复议案件', '--measure', '--region', '长治市', '--json']);
		const lines = JSON.parse(r.stdout) as {points: {year: number; label: string}[]}[];
		expect(lines).toHaveLength(1);
		expect(lines[0]!.points.map(p => p.year)).toEqual([2021, 2022, 2023]);
	});

	test('an unknown measure is a usage error that says where the ids are', () => {
		expect(run(['rank', 'm00000000', '--year', '2022'])).toEqual({
			code: 2,
			stdout: '',
			stderr: 'jcfz: no measure m00000000 in the store: see jcfz measures for their ids and names\n',
		});
	});
});
