/**
 * Extraction on the seed against a golden list. The golden file is the reviewed list of every figure a careful
 * reader would take from the report (96); regenerate it only on purpose: UPDATE_GOLDEN=1 npx vitest run test/core/extract.
 * Deliberately not figures: "6县（市、区）" (how many counties the city has, repeated four times — a fact
 * of the map, not of the year's work), dates, quoted names and codes.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {extractIndicators} from '../../src/core/extract.js';
import {parseReport} from '../../src/core/parse.js';
import {normalizeSource} from '../../src/core/text.js';
import {expectGolden, ROOT, SEED, loadReport} from '../helpers.js';

const GOLDEN = join(ROOT, 'test', 'fixtures', 'jincheng-2023.indicators.json');
const {indicators} = loadReport(SEED);
const rows = indicators.map(i => [i.sectionId, i.label, i.value, i.unit, i.qualifier, i.raw]);

describe('the seed: every figure, exactly', () => {
	test('matches the golden list (section, label, value, unit, qualifier, raw)', () => {
		expectGolden(GOLDEN, `[\n${rows.map(r => `\t${JSON.stringify(r)}`).join(',\n')}\n]\n`);
	});

	test('the figures the issue names', () => {
		const find = (label: string) => {
			const i = indicators.find(x => x.label === label);
			return i && {sectionId: i.sectionId, value: i.value, unit: i.unit, qualifier: i.qualifier};
		};
		expect(find('研究审议法治议题')).toEqual({sectionId: '1.1', value: 25, unit: '次', qualifier: null});
		expect(find('党政部门')).toEqual({sectionId: '1.4', value: 50, unit: '家', qualifier: null});
		expect(find('调解成功率')).toEqual({sectionId: '5.1', value: 98, unit: '%', qualifier: null});
		expect(find('经济损失')).toEqual({sectionId: '2.3', value: 2_000_000, unit: '元', qualifier: '余'});
		expect(find('群众安全感连续排名全省第一')).toEqual({sectionId: '5.1', value: 11, unit: '年', qualifier: null});
		expect(find('办结政府信息公开申请')).toEqual({sectionId: '6.1', value: 66, unit: '件', qualifier: null});
		expect(find('主动公开信息')).toEqual({sectionId: '6.1', value: 13500, unit: '条', qualifier: '余'});
		expect(find('受理企业以及群众诉求')).toEqual({sectionId: '6.1', value: 320000, unit: '件', qualifier: '近'});
		expect(find('督查专报')).toEqual({sectionId: '6.3', value: 30, unit: '期', qualifier: '余'});
		expect(find('行政复议案件')).toEqual({sectionId: '5.2', value: 102, unit: '件', qualifier: null});
		expect(find('宣传资料')).toEqual({sectionId: '4.3', value: 20000, unit: '册', qualifier: '余'});
		expect(find('市直部门')).toEqual({sectionId: '1.4', value: 24, unit: '个', qualifier: null});
	});

	test('each indicator carries its provenance', () => {
		const source = normalizeSource(readFileSync(SEED, 'utf8'));
		const ids = new Set<string>();
		for (const i of indicators) {
			expect(source.slice(i.offset, i.offset + i.raw.length)).toBe(i.raw);
			expect(i.sentence).toContain(i.raw);
			expect([i.region, i.year]).toEqual(['晋城市', 2023]);
			ids.add(i.id);
		}
		expect(ids.size).toBe(indicators.length);
		expect(indicators.find(i => i.label === '行政复议案件')).toMatchObject({
			id: '晋城市-2023:5.2:1',
			sectionTitle: '规范开展行政复议',
			sentence: '2023年，办理行政复议案件102件，行政应诉案件23件，已全部一审结案。',
		});
	});

	test('ids are stable across re-imports of the same text', () => {
		const again = extractIndicators(parseReport(readFileSync(SEED, 'utf8')).report);
		expect(again.map(i => i.id)).toEqual(indicators.map(i => i.id));
	});

	test('no figure comes from a date, a quoted code or an ordinal', () => {
		const raws = indicators.map(i => i.raw);
		for (const trap of ['2023年', '2023 年', '12345', '13710', '1+4+1', '2023版', '2021-2025', '2024 年']) {
			expect(raws.some(r => r.includes(trap))).toBe(false);
		}
		expect(indicators.filter(i => i.sectionId === '0' || i.sectionId === '7')).toEqual([]);
	});
});
