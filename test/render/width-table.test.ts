import {describe, expect, test} from 'vitest';
import {truncate, width, wrap} from '../../src/render/width.js';
import {renderTable} from '../../src/render/table.js';
import {toCsv} from '../../src/render/csv.js';
import {parseCsv} from '../helpers.js';

describe('display width', () => {
	test('CJK is two columns, ASCII one, full-width punctuation two', () => {
		expect([width('abc'), width('行政复议'), width('（一）'), width('98%'), width('1,200余')]).toEqual([3, 8, 6, 3, 7]);
	});
	test('truncate cuts by columns and ends in …', () => {
		expect(truncate('行政复议案件', 7)).toBe('行政复…');
		expect(width(truncate('行政复议案件', 7))).toBe(7);
		expect(truncate('行政复议案件', 12)).toBe('行政复议案件');
	});
	test('wrap by columns', () => {
		expect(wrap('一二三四五', 4)).toEqual(['一二', '三四', '五']);
	});
	test('a CLI table aligns Chinese and cuts the flexible column to fit', () => {
		const lines = renderTable(
			[
				{a: '行政复议案件', b: '102'},
				{a: '群众回访满意率', b: '99.53'},
			],
			[
				{header: '指标', value: r => r.a, flexible: true},
				{header: '数值', value: r => r.b, align: 'right'},
			],
			16,
		);
		expect(lines).toEqual(['指标        数值', '行政复议…    102', '群众回访…  99.53']);
		expect(lines.map(width)).toEqual([16, 16, 16]);
	});
	test('CSV quotes separators, quotes and line breaks', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['x,y', 'say "hi"'],
					[null, 3],
				],
			),
		).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n');
	});
	test('what toCsv writes, a CSV reader reads back: commas and quotes kept, line breaks folded, formulas made inert', () => {
		const rows = [
			['x,y', 'say "hi"', '两行\r\n文字'],
			['=1+1', '-复议', '98'],
		];
		expect(parseCsv(toCsv(['a', 'b', 'c'], rows).slice(1))).toEqual([
			['a', 'b', 'c'],
			['x,y', 'say "hi"', '两行 文字'],
			["'=1+1", "'-复议", '98'],
		]);
	});
});
