/**
 * Measures across reports through the real binary, on a store of SYNTHETIC reports (bin/synthetic/corpus.mts:
 * invented figures, titles marked 合成测试数据) of four cities over three years, plus the bundled report.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {syntheticReport} from '../../bin/synthetic/corpus.mjs';
import {jcfz, parseCsv, tempDir} from '../helpers.js';

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

describe('export --panel', () => {
	test('CSV: one row per region, year and measure, with the place, the measure and the figure as written', () => {
		const r = run(['export', '--panel', '--format', 'csv', '--within', '长治市', '--years', '2023', '--area', '纠纷']);
		expect(r.code).toBe(0);
		// UTF-8 with a BOM, for Excel and WPS.
		expect(r.stdout.startsWith('\ufeff')).toBe(true);
		const rows = parseCsv(r.stdout.slice(1));
		expect(rows[0]).toEqual([
			'region',
			'code',
			'level',
			'province',
			'department',
			'year',
			'published',
			'area',
			'measure',
			'measure_name',
			'label',
			'value',
			'unit',
			'qualifier',
			'section',
			'sentence',
		]);
		// The 19 measures of that area in the one report in scope.
		expect(rows).toHaveLength(1 + 19);
		expect(rows[1]).toEqual([
			'长治市',
			'140400',
			'city',
			'山西省',
			'',
			'2023',
			'',
			'disputes',
			'md422d083',
			'免费法律咨询',
			'免费法律咨询',
			'33680',
			'人次',
			'',
			'5.1',
			'持续实施免费法律咨询及特殊群体法律援助惠民工程，累计提供免费法律咨询33680人次，完成率93.1%，办结特殊群体法律援助案件804件，完成率82%。',
		]);
	});

	test('the whole store: every figure of every report (each report holds each measure once here)', () => {
		const rows = parseCsv(run(['export', '--panel', '--format', 'csv']).stdout.slice(1));
		expect(rows).toHaveLength(1 + 13 * 96);
		expect(new Set(rows.slice(1).map(r => `${r[0]} ${r[5]}`)).size).toBe(13);
	});

	test('--wide: one row per report, one column per measure; JSON objects keyed as the CSV header', () => {
		const args = ['export', '--panel', '--wide', '--level', 'city', '--years', '2023', '--area', '纠纷'];
		const rows = parseCsv(run([...args, '--format', 'csv']).stdout.slice(1));
		expect(rows).toHaveLength(1 + 5);
		expect(rows[0]!.slice(0, 9)).toEqual([
			'region',
			'code',
			'level',
			'province',
			'department',
			'year',
			'published',
			'行政机关应诉案件 (件) [m007c26a1]',
			'矛盾纠纷 (件) [m06f96612]',
		]);
		expect(rows.find(r => r[0] === '长治市')!.slice(0, 9)).toEqual([
			'长治市',
			'140400',
			'city',
			'山西省',
			'',
			'2023',
			'',
			'225',
			'5122',
		]);
		const json = JSON.parse(run([...args, '--format', 'json']).stdout) as Record<string, unknown>[];
		expect(json.find(o => o.region === '长治市')).toMatchObject({
			year: 2023,
			'行政机关应诉案件 (件) [m007c26a1]': 225,
			'矛盾纠纷 (件) [m06f96612]': 5122,
		});
	});

	test('panel options without --panel, a bad --years, a Markdown panel: usage errors, nothing written', () => {
		expect(run(['export', '--wide'])).toEqual({
			code: 2,
			stdout: '',
			stderr: 'jcfz: --wide goes with --panel: jcfz export --panel --format csv …\n',
		});
		expect(run(['export', '--panel', '--years', '20x']).stderr).toBe(
			'jcfz: bad --years "20x": give years or ranges between 1949 and 2100, e.g. --years 2021-2023 or --years 2021,2023\n',
		);
		expect(run(['export', '--panel', '--format', 'md']).code).toBe(2);
	});
});
