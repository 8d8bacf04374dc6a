/** The corpus scorer (bin/eval/score.mts) on small hand-made cases: matching order, keys, clean labels, pairs. */
import {describe, expect, it} from 'vitest';
import {parseGold, parsePairs} from '../../bin/eval/corpus.mjs';
import {isCleanLabel, sameRegion, scoreFile, scorePairs, unitsMatch} from '../../bin/eval/score.mjs';

const ind = (label: string, value: number, unit: string, sectionId = '1', qualifier: string | null = null) => ({
	label,
	value,
	unit,
	qualifier,
	sectionId,
});

describe('scoreFile', () => {
	const gold = parseGold(
		'req\t1\t5\t件\t-\t制定\nreq\t1\t5\t件\t-\t废止\nopt\t1\t3\t级\t-\t三级\nreq\t2\t20\t次\t余\t调研\n',
	);

	it('matches req lines first, prefers a label with a key, and counts what is left as false positives', () => {
		const s = scoreFile(gold, [
			ind('废止政府规章', 5, '件'),
			ind('制定政府规章', 5, '件'),
			ind('层级', 3, '级'),
			ind('调研', 20, '次', '2', '余'),
			ind('杂项', 7, '个'),
		]);
		expect(s).toMatchObject({
			req: 3,
			opt: 1,
			found: 3,
			labelled: 3,
			extracted: 5,
			correct: 4,
			qualifierRight: 3,
			sectionRight: 3,
		});
		expect(s.falsePositives.map(f => f.label)).toEqual(['杂项']);
	});

	it('counts a value found under the wrong label for value recall only, and a unit must agree', () => {
		const s = scoreFile(gold, [ind('政府规章', 5, '件'), ind('政府规章', 5, '项'), ind('调研', 20, '次', '1')]);
		expect(s).toMatchObject({found: 2, labelled: 1, correct: 2, qualifierRight: 1, sectionRight: 1});
		expect(s.missed.map(g => g.keys[0])).toEqual(['废止']);
	});
});

describe('labels, units and regions', () => {
	it('applies the README definition of a clean label', () => {
		expect(['行政复议案件', '示范地区(单位)', '“一件事”事项'].map(isCleanLabel)).toEqual([true, true, true]);
		expect(['次', '市州、', '的县区', '区(市)县、', '(次)', '申报指标)', 'x'.repeat(21)].map(isCleanLabel)).toEqual([
			false,
			false,
			false,
			false,
			false,
			false,
			false,
		]);
	});

	it('compares units across scripts and spellings', () => {
		expect([unitsMatch('項', '项'), unitsMatch('场次', '场(次)'), unitsMatch('件', '次')]).toEqual([true, true, false]);
	});

	it('accepts a region with or without its parent divisions and 人民政府', () => {
		expect([
			sameRegion('密云区', '北京市密云区'),
			sameRegion('四川省', '四川省人民政府'),
			sameRegion('崇义县交通运输局', '崇义县交通运输局'),
		]).toEqual([true, true, true]);
		expect([
			sameRegion('遂宁市', '遂宁市司法局'),
			sameRegion('我市', '青岛市'),
			sameRegion('嘉兴市', '海宁市'),
		]).toEqual([false, false, false]);
	});
});

describe('scorePairs', () => {
	const lines = parsePairs('a\tb\twant\t11\t21\t清理\na\tb\tnever\t7\t73\t规范性文件\na\tb\tweak\t2\t3\t市州\n');

	it('finds a wanted pair by value and key, and flags never lines and partners paired elsewhere', () => {
		const pairs = [
			{from: {label: '清理规范性文件', value: 11}, to: {label: '清理规范性文件', value: 21}},
			{from: {label: '规范性文件', value: 7}, to: {label: '涉法文件', value: 73}},
			{from: {label: '市州', value: 2}, to: {label: '项目', value: 9}},
		];
		const s = scorePairs(lines, () => pairs);
		expect(s).toMatchObject({want: 1, wantFound: 1, never: 1});
		expect(s.violations.map(v => v.line.kind)).toEqual(['never', 'weak']);
	});
});
