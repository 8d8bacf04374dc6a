/** The cross-index's line formats, pure: what is written reads back the same, and a line jcfz did not write throws. */
import {describe, expect, test} from 'vitest';
import type {Indicator} from '../../src/core/types.js';
import {
	figureLine,
	IndexDamaged,
	parseJsonLines,
	readCheckLine,
	readFigureLine,
	readMeasuresLine,
	readReportLine,
	readTitleLine,
	titleLine,
} from '../../src/store/index-lines.js';

const indicator: Indicator = {
	id: '甲市-2023:2.1:4',
	region: '甲市',
	year: 2023,
	sectionId: '2.1',
	sectionTitle: '二、（一）',
	label: '行政复议案件',
	value: 102,
	unit: '件',
	qualifier: null,
	raw: '102件',
	sentence: '办理行政复议案件102件。',
	offset: 310,
};

describe('cross-index lines', () => {
	test('a figure line is its report start, the figure, its sentence range and key id, and reads back', () => {
		const line = figureLine(4096, indicator, [5000, 5036], 17);
		expect(line).toBe('[4096,"甲市-2023:2.1:4","2.1","行政复议案件",102,"件",null,"102件",310,5000,5036,17]');
		expect(readFigureLine(JSON.parse(line))).toEqual([
			4096,
			'甲市-2023:2.1:4',
			'2.1',
			'行政复议案件',
			102,
			'件',
			null,
			'102件',
			310,
			5000,
			5036,
			17,
		]);
	});
	test('a title line reads back by name', () => {
		const listed = {
			slot: 'b1@2023',
			title: '甲市2023年法治政府建设情况的报告（合成测试数据）',
			published: null,
			sections: 6,
			indicators: 90,
			importedAt: '2026-12-04T01:00:00.000Z',
			origin: 'a.txt',
			id: '甲市-2023',
			region: '甲市',
		};
		expect(readTitleLine(JSON.parse(titleLine(listed)), 2023)).toEqual(listed);
	});
	test('a line that is not what jcfz writes throws IndexDamaged, naming the file', () => {
		expect(() => readFigureLine([4096, 'x', '2.1', 'l', 102, '件', null, '102件', 310, 5036, 5000, 17])).toThrow(
			IndexDamaged,
		);
		expect(() => readFigureLine({})).toThrow('a figure line that is not what jcfz writes');
		expect(() => readTitleLine(['b1@2023', 't'], 2023)).toThrow(
			'2023.titles.ndjson: a line that is not what jcfz writes',
		);
		expect(() => readCheckLine(['b1@2023', {sections: []}], 2023)).toThrow('2023.checks.ndjson');
		expect(() => readMeasuresLine(['b1@2023', '140500', [1, 2], [3]], 2023)).toThrow('2023.measures.ndjson');
		expect(readMeasuresLine(['b1@2023', '140500', [1, 2], [3, null]], 2023)).toEqual([
			'b1@2023',
			'140500',
			[1, 2],
			[3, null],
			2023,
		]);
		const report = {slot: 's', id: 'i', body: 'b', region: 'r', regionCode: '', department: '', year: 2023};
		expect(() => readReportLine({...report, start: 0, end: 10, sections: [0, 90]}, 50)).toThrow(IndexDamaged);
		expect(readReportLine({...report, start: 0, end: 10, sections: [0, 40]}, 50).slot).toBe('s');
	});
	test('lines are parsed at once; a blank line is skipped, a line cut short is not read, one not JSON throws', () => {
		expect(parseJsonLines('[1]\n\n[2]\n[3')).toEqual([[1], [2]]);
		expect(parseJsonLines('')).toEqual([]);
		expect(() => parseJsonLines('[1]\n{x\n')).toThrow('a line that is not JSON');
	});
});
