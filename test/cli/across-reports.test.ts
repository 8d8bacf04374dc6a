/**
 * trend, rank, search --all and reindex through the real binary, on a store of SYNTHETIC reports (bin/synthetic/corpus.mts: the bundled
 * report with invented figures and reworded labels, every title marked 合成测试数据): five counties of 晋城市 and
 * one of 长治市, 2021–2023.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {syntheticReport} from '../../bin/synthetic/corpus.mjs';
import {analyze} from '../../src/core/analyze.js';
import {allParagraphs} from '../../src/core/walk.js';
import {SEED, jcfz, tempDir} from '../helpers.js';

const PLACES = ['泽州县', '阳城县', '陵川县', '沁水县', '高平市', '襄垣县'];
const YEARS = [2021, 2022, 2023];
let db: string;
let dir: string;
const value = (place: number, year: number, label: RegExp) =>
	analyze(syntheticReport(place, year, PLACES[place]).text).indicators.find(i => label.test(i.label))!.value;

beforeAll(() => {
	dir = tempDir();
	db = join(dir, 'jcfz.json');
	const files = PLACES.flatMap((place, k) =>
		YEARS.map(year => {
			const file = join(dir, `synthetic-${k}-${year}.md`);
			writeFileSync(file, syntheticReport(k, year, place).text);
			return file;
		}),
	);
	expect(jcfz(['import', ...files], {db}).code).toBe(0);
}, 60_000);

describe('trend', () => {
	test('one line per matching measure, every stored year, with its change', () => {
		const r = jcfz(['trend', '行政复议案件', '--region', '阳城县', '--json'], {db});
		const [line] = JSON.parse(r.stdout);
		const expected = YEARS.map(y => value(1, y, /行政复议案件$/));
		expect(line.points.map((p: {year: number; value: number}) => [p.year, p.value])).toEqual(
			YEARS.map((y, k) => [y, expected[k]]),
		);
		expect(line.points.map((p: {delta: number | null}) => p.delta)).toEqual([
			null,
			expected[1]! - expected[0]!,
			expected[2]! - expected[1]!,
		]);
	});

	test('as text: the region and years named, a chart, the change per year', () => {
		const lines = jcfz(['trend', '行政复议案件', '--region', '阳城县'], {db}).stdout.split('\n');
		expect(lines[0]).toBe('阳城县 2021–2023 · 行政复议案件');
		expect(lines[2]).toMatch(/^(?:受理)?行政复议案件 \(件\) {2}[▁▂▃▄▅▆▇█]{3}$/);
		expect(lines[3]).toBe('  Year  Value    Δ      Δ%  Label that year');
	});
});

describe('rank', () => {
	test('within a division, highest first, each row with its place and sentence', () => {
		const r = jcfz(['rank', '行政复议案件', '--year', '2023', '--within', '晋城市', '--json'], {db});
		const json = JSON.parse(r.stdout);
		const expected = [0, 1, 2, 3, 4]
			.map(k => [PLACES[k], value(k, 2023, /行政复议案件$/)])
			.sort((a, b) => (b[1] as number) - (a[1] as number));
		expect(json.rows.map((x: {region: string; indicator: {value: number}}) => [x.region, x.indicator.value])).toEqual(
			expected,
		);
		expect(json.rows[0].parents).toBe('山西省 晋城市');
		expect(json.rows[0].indicator.sentence).toContain('行政复议案件');
	});

	test('--level and the whole store', () => {
		const all = JSON.parse(jcfz(['rank', '行政复议案件', '--year', '2022', '--json'], {db}).stdout);
		expect(all.rows).toHaveLength(6);
		const cities = JSON.parse(
			jcfz(['rank', '行政复议案件', '--year', '2022', '--level', 'city', '--json'], {db}).stdout,
		);
		expect(cities.rows).toEqual([]);
	});

	test('a place that is not a division is refused in one line', () => {
		expect(jcfz(['rank', '复议', '--year', '2023', '--within', '火星'], {db})).toMatchObject({
			code: 2,
			stderr: 'jcfz: --within 火星: not a division of China; give a province, city or county, e.g. --within 山西省\n',
		});
	});
});

describe('search --all and reindex', () => {
	/**
	 * Every sentence holding 行政复议, as the parser sees the files (and the bundled report the store was seeded
	 * with): years in order, places by division code.
	 */
	const expected = () =>
		YEARS.flatMap(year =>
			PLACES.map((place, k) => analyze(syntheticReport(k, year, place).text).report)
				.concat(year === 2023 ? [analyze(readFileSync(SEED, 'utf8')).report] : [])
				.sort((a, b) => a.regionCode.localeCompare(b.regionCode))
				.flatMap(report =>
					allParagraphs(report).flatMap(({sectionId, sectionTitle, paragraph}) =>
						paragraph.sentences
							.filter(s => s.text.includes('行政复议'))
							.map(s => ({
								report: {id: report.id, region: report.region, year},
								sectionId,
								sectionTitle,
								sentence: s.text,
								offset: s.offset,
							})),
					),
				),
		);

	test('every report of every year, in a fixed order, through the index', () => {
		const r = jcfz(['search', '行政复议', '--all', '--json'], {db});
		expect(r.code).toBe(0);
		const want = expected();
		expect(want.length).toBe(57);
		expect(JSON.parse(r.stdout)).toEqual(want);
	});

	test('reindex rebuilds the index from the stored reports and says what it holds', () => {
		expect(jcfz(['reindex'], {db})).toEqual({
			code: 0,
			stdout: `indexed 19 reports of 3 years in ${join(dir, 'jcfz.index')}\n`,
			stderr: '',
		});
		expect(JSON.parse(jcfz(['search', '行政复议', '--all', '--json'], {db}).stdout)).toEqual(expected());
	});
});
