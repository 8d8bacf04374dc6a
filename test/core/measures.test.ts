/**
 * Measures across reports (core/measures.ts), on SYNTHETIC sentences written for this test: keys, the links the
 * diff makes between two years of one body, and the grouping into measures.
 */
import {describe, expect, test} from 'vitest';
import {analyze} from '../../src/core/analyze.js';
import {
	groupMeasures,
	keyOf,
	keyParts,
	measureIdOf,
	measureKeys,
	measureLinks,
	measureNamed,
} from '../../src/core/measures.js';

const year = (text: string, y: number) => {
	const a = analyze(`长治市${y}年法治政府建设情况报告（合成测试数据）\n${text}`);
	return {...a, keys: measureKeys(a.report, a.indicators)};
};

describe('keys', () => {
	test('what a figure counts as compared, its kind of unit and its section’s area', () => {
		const a = year('一、推进严格规范公正文明执法\n全年办理行政处罚案件1200件，受理行政复议案件87件。\n', 2022);
		expect(a.keys).toEqual(['enforcement|件|行政处罚案件', 'enforcement|件|受理行政复议案件']);
		expect(keyParts(a.keys[0]!)).toEqual({area: 'enforcement', unit: '件', label: '行政处罚案件'});
		// 人 and 名 are one kind of count; 法制 reads as 法治; a leading 全市 is scope, not what is counted.
		expect(keyOf('-', '名', '全市法制讲座')).toBe(keyOf('-', '人', '法治讲座'));
	});
});

describe('links between two years of one body', () => {
	const a = year('一、化解社会矛盾纠纷\n受理行政复议案件87件，调解成功率达98%。\n', 2022);
	const b = year('一、化解社会矛盾纠纷\n办理行政复议案件102件，调解成功率达99%。\n', 2023);
	test('a reworded label the diff pairs surely joins its key; a key both years share needs no link', () => {
		// (办理 is a light verb: the later label is 行政复议案件.)
		expect(measureLinks(a, b)).toEqual([['disputes|件|受理行政复议案件', 'disputes|件|行政复议案件']]);
	});
	test('a pair the diff finds only plausible (a unit change) joins nothing', () => {
		const c = year('一、推进党的领导\n研究审议法治议题20余个。\n', 2022);
		const d = year('一、推进党的领导\n研究审议法治议题40余项。\n', 2023);
		expect(measureLinks(c, d)).toEqual([]);
	});
	test('a figure in another area is another measure, however alike its label', () => {
		const c = year('一、推进严格规范公正文明执法\n受理行政复议案件87件。\n', 2022);
		const d = year('一、化解社会矛盾纠纷\n办理行政复议案件102件。\n', 2023);
		expect(measureLinks(c, d)).toEqual([]);
	});
});

describe('grouping', () => {
	const counts = [
		{key: 'disputes|件|受理行政复议案件', label: '受理行政复议案件', figures: 3},
		{key: 'disputes|件|办理行政复议案件', label: '办理行政复议案件', figures: 5},
		{key: 'disputes|件|行政复议案件', label: '行政复议案件', figures: 1},
		{key: 'disputes|%|调解成功率', label: '调解成功率', figures: 4},
	];
	const links = [
		['disputes|件|受理行政复议案件', 'disputes|件|办理行政复议案件'],
		['disputes|件|行政复议案件', 'disputes|件|受理行政复议案件'],
	] as const;
	test('links are transitive; a measure is named and numbered by its commonest key', () => {
		expect(groupMeasures(counts, links)).toEqual([
			{
				id: measureIdOf('disputes|件|办理行政复议案件'),
				name: '办理行政复议案件',
				area: 'disputes',
				unit: '件',
				keys: ['disputes|件|办理行政复议案件', 'disputes|件|受理行政复议案件', 'disputes|件|行政复议案件'],
			},
			{
				id: measureIdOf('disputes|%|调解成功率'),
				name: '调解成功率',
				area: 'disputes',
				unit: '%',
				keys: ['disputes|%|调解成功率'],
			},
		]);
	});
	test('ids are the same in any order of keys and links, and look like m and 8 hex digits', () => {
		const ids = (c: typeof counts, l: typeof links) =>
			groupMeasures(c, l)
				.map(m => m.id)
				.sort();
		expect(ids([...counts].reverse(), [...links].reverse() as unknown as typeof links)).toEqual(ids(counts, links));
		expect(measureIdOf('disputes|%|调解成功率')).toMatch(/^m[0-9a-f]{8}$/);
	});
	test('a measure is found by its id, its name, or a label it joins', () => {
		const measures = groupMeasures(counts, links);
		expect(measureNamed(measures, measures[1]!.id)?.name).toBe('调解成功率');
		expect(measureNamed(measures, '受理行政复议案件')?.name).toBe('办理行政复议案件');
		expect(measureNamed(measures, '成功率')?.name).toBe('调解成功率');
		expect(measureNamed(measures, '信访')).toBeNull();
	});
});
