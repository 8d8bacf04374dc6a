/** The panel's rows (core/panel.ts), from a SYNTHETIC report head and invented figures written for this test. */
import {describe, expect, test} from 'vitest';
import {levelOf, panelRows, provinceOf, wideHeader, wideRow} from '../../src/core/panel.js';
import {divisionByCode} from '../../src/core/region/gazetteer.js';
import type {Indicator} from '../../src/core/types.js';

const figure = (label: string, value: number, unit: string, sectionId: string): Indicator => ({
	id: `泽州县-2023:${sectionId}:${label}`,
	region: '泽州县',
	year: 2023,
	sectionId,
	sectionTitle: '测试',
	label,
	value,
	unit,
	qualifier: null,
	raw: `${value}${unit}`,
	sentence: `${label}${value}${unit}。`,
	offset: 0,
});
const head = {region: '泽州县', regionCode: '140525', department: '', year: 2023, published: '2024-03-20'};
const cases = {id: 'm00000001', name: '行政复议案件', area: 'disputes', unit: '件'};
const rate = {id: 'm00000002', name: '调解成功率', area: 'disputes', unit: '%'};
const figures = [
	{i: figure('行政复议案件', 12, '件', '5.1'), m: cases},
	{i: figure('调解成功率', 98, '%', '5.2'), m: rate},
	{i: figure('行政复议案件', 3, '件', '5.3'), m: cases},
	{i: figure('宣讲', 7, '场', '1'), m: null},
];

describe('panel rows', () => {
	test('one row per measure: its first figure, with the place in the division hierarchy', () => {
		expect(
			panelRows(
				head,
				figures,
				f => f.i,
				f => f.m,
			),
		).toEqual([
			[
				'泽州县',
				'140525',
				'county',
				'山西省',
				'',
				2023,
				'2024-03-20',
				'disputes',
				'm00000001',
				'行政复议案件',
				'行政复议案件',
				12,
				'件',
				null,
				'5.1',
				'行政复议案件12件。',
			],
			[
				'泽州县',
				'140525',
				'county',
				'山西省',
				'',
				2023,
				'2024-03-20',
				'disputes',
				'm00000002',
				'调解成功率',
				'调解成功率',
				98,
				'%',
				null,
				'5.2',
				'调解成功率98%。',
			],
		]);
	});
	test('wide: one column per measure in the order given, empty where the report has none', () => {
		const column = new Map([
			[rate.id, 0],
			[cases.id, 1],
			['m00000003', 2],
		]);
		expect(wideHeader([rate, cases]).slice(7)).toEqual(['调解成功率 (%) [m00000002]', '行政复议案件 (件) [m00000001]']);
		expect(
			wideRow(
				head,
				figures,
				f => f.i,
				f => f.m,
				column,
			),
		).toEqual(['泽州县', '140525', 'county', '山西省', '', 2023, '2024-03-20', 98, 12, null]);
	});
	test('levels: a town, the central government, a place not in the table', () => {
		expect(levelOf({regionCode: '140521', town: '龙港镇'})).toBe('town');
		expect(levelOf({regionCode: '100000'})).toBe('national');
		expect(levelOf({regionCode: ''})).toBe('');
		expect(provinceOf(divisionByCode('140500'))).toBe('山西省');
		expect(provinceOf(divisionByCode('140000'))).toBe('山西省');
	});
});
