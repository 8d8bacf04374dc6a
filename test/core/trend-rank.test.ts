/**
 * Trends across years and rankings across places, on SYNTHETIC data: hand-made figures, and reports of the
 * synthetic corpus (bin/synthetic/corpus.mts: invented figures, reworded labels, every title marked 合成测试数据).
 */
import {describe, expect, test} from 'vitest';
import {syntheticReport} from '../../bin/synthetic/corpus.mjs';
import {analyze} from '../../src/core/analyze.js';
import {rankFigures} from '../../src/core/rank.js';
import {sparkline, trendLines} from '../../src/core/trend.js';
import type {Indicator} from '../../src/core/types.js';

const make = (label: string, value: number, unit: string, year: number): Indicator => ({
	id: `x-${year}:1:${label}`,
	region: '测试市',
	year,
	sectionId: '1',
	sectionTitle: '行政复议',
	label,
	value,
	unit,
	qualifier: null,
	raw: `${value}${unit}`,
	sentence: `${label}${value}${unit}。`,
	offset: 0,
});

describe('trend', () => {
	test('a reworded label continues its line; a year without the figure is a gap', () => {
		const years = [
			{year: 2020, indicators: [make('受理行政复议案件', 80, '件', 2020), make('法治讲座', 12, '次', 2020)]},
			{year: 2021, indicators: [make('办理行政复议案件', 87, '件', 2021)]},
			{year: 2022, indicators: [make('法治讲座', 15, '次', 2022)]},
			{year: 2023, indicators: [make('办理行政复议案件', 102, '件', 2023)]},
		];
		const lines = trendLines(years, '复议');
		expect(
			lines.map(l => [l.label, l.points.map(p => p.indicator?.value ?? null), l.points.map(p => p.delta)]),
		).toEqual([
			['办理行政复议案件', [80, 87, null, null], [null, 7, null, null]],
			['办理行政复议案件', [null, null, null, 102], [null, null, null, null]],
		]);
		expect(sparkline(lines[0]!)).toBe('▁█  ');
	});

	test('a link the diff finds only plausible continues the line without a change (sentences written for this test)', () => {
		const from = {
			...make('全区领导干部依法行政专题培训研讨班', 2, '期', 2022),
			sentence: '全年举办全区领导干部依法行政专题培训研讨班2期。',
			sectionTitle: '强化学法用法',
		};
		const to = {
			...make('依法行政专题培训班', 3, '期', 2023),
			sentence: '围绕优化营商环境，分领域举办依法行政专题培训班3期，覆盖各部门。',
			sectionTitle: '提升行政执法能力',
		};
		const lines = trendLines(
			[
				{year: 2022, indicators: [from]},
				{year: 2023, indicators: [to]},
			],
			'培训',
		);
		expect(lines.map(l => [l.points.map(p => p.indicator?.value ?? null), l.points.map(p => p.delta)])).toEqual([
			[
				[2, 3],
				[null, null],
			],
		]);
	});
	test('three years of a synthetic region: the line holds each year’s figure', () => {
		const years = [2021, 2022, 2023].map(year => {
			const {indicators} = analyze(syntheticReport(7, year).text);
			return {year, indicators};
		});
		const lines = trendLines(years, '行政复议案件');
		expect(lines).toHaveLength(1);
		const expected = years.map(y => y.indicators.find(i => /行政复议案件$/.test(i.label))!.value);
		expect(lines[0]!.points.map(p => p.indicator?.value)).toEqual(expected);
		expect(lines[0]!.points.map(p => p.year)).toEqual([2021, 2022, 2023]);
	});
});

describe('rank', () => {
	test('the measure most reports share is ranked; each report gives its closest figure; ties share a rank', () => {
		const ranking = rankFigures(
			[
				{key: 'A', indicators: [make('行政复议案件', 120, '件', 2023), make('行政复议纠错率', 3, '%', 2023)]},
				{key: 'B', indicators: [make('办理行政复议案件', 80, '件', 2023)]},
				{key: 'C', indicators: [make('行政复议案件', 120, '件', 2023)]},
				{key: 'D', indicators: [make('行政复议纠错率', 5, '%', 2023)]},
				{key: 'E', indicators: [make('法治讲座', 9, '次', 2023)]},
			],
			'复议',
		);
		expect(ranking.reference?.label).toBe('行政复议案件');
		expect(ranking.rows.map(r => [r.rank, r.key, r.indicator.label, r.indicator.value])).toEqual([
			[1, 'A', '行政复议案件', 120],
			[1, 'C', '行政复议案件', 120],
			[3, 'B', '办理行政复议案件', 80],
		]);
		expect(ranking.missing).toEqual(['D', 'E']);
	});

	test('twenty synthetic regions, one year: every region ranked by its own figure', () => {
		const reports = Array.from({length: 20}, (_, k) => ({
			key: `R${k}`,
			indicators: analyze(syntheticReport(k, 2023).text).indicators,
		}));
		const ranking = rankFigures(reports, '法律援助案件');
		expect(ranking.rows).toHaveLength(20);
		const values = ranking.rows.map(r => r.indicator.value);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		for (const row of ranking.rows) {
			const own = reports.find(r => r.key === row.key)!.indicators;
			expect(own).toContain(row.indicator);
		}
	});
});
