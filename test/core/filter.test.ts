/** The filter language (indicators --filter, show, the explorer's filter box) on figures written for this test. */
import {describe, expect, test} from 'vitest';
import {
	compareSectionIds,
	compileFilter,
	filterProblem,
	inSection,
	queryIndicators,
	requiredWords,
} from '../../src/core/filter.js';
import type {Indicator, Qualifier} from '../../src/core/types.js';

const figure = (
	id: string,
	sectionId: string,
	label: string,
	value: number,
	unit: string,
	qualifier: Qualifier | null = null,
): Indicator => ({
	id,
	region: '测试市',
	year: 2023,
	sectionId,
	sectionTitle: '测试',
	label,
	value,
	unit,
	qualifier,
	raw: `${value}${unit}`,
	sentence: `${label}${value}${unit}。`,
	offset: Number(id.slice(1)),
});

const FIGURES = [
	figure('a1', '5', '行政复议案件', 102, '件'),
	figure('a2', '5.2', '行政复议纠错率', 12.5, '%'),
	figure('a3', '5.10', '行政诉讼案件', 40, '件', '余'),
	figure('a4', '52', '调解成功率', 98, '%', '以上'),
	figure('a5', '1.1', '12345 App 用户', 1000, '人', '近'),
	figure('a6', '1', '法治讲座', 70, '场'),
];
const ids = (query: string) => FIGURES.filter(compileFilter(query)).map(f => f.id);

describe('compileFilter', () => {
	test.each([
		['', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']],
		['   ', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']],
		['复议', ['a1', 'a2']],
		['复议 案件', ['a1']],
		['-复议', ['a3', 'a4', 'a5', 'a6']],
		['案件 -复议', ['a3']],
		['-', []], // a lone dash is a word: no label contains it
		['unit:件', ['a1', 'a3']],
		['u:%', ['a2', 'a4']],
		['unit:', []], // an empty field is a word "unit:"
		['sec:5', ['a1', 'a2', 'a3']], // 5, 5.2 and 5.10, not 52
		['s:5.2', ['a2']],
		['s:52', ['a4']],
		['>98', ['a1', 'a5']],
		['>=98', ['a1', 'a4', 'a5']],
		['<40', ['a2']],
		['<=40', ['a2', 'a3']],
		['=12.5', ['a2']],
		['>-1 <50', ['a2', 'a3']],
		['q:余', ['a3']],
		['q:以上', ['a4']],
		['q:none', ['a1', 'a2', 'a6']],
		['app', ['a5']], // Latin letters in any case
		['APP 用户', ['a5']],
		['u:件 >50', ['a1']],
	])('%j', (query, expected) => {
		expect(ids(query)).toEqual(expected);
	});
});

describe('inSection, compareSectionIds', () => {
	test('a section holds its sub-sections, never a section whose number starts the same', () => {
		expect([inSection('5', '5'), inSection('5.2', '5'), inSection('5.2.1', '5.2'), inSection('52', '5')]).toEqual([
			true,
			true,
			true,
			false,
		]);
	});
	test('5.10 after 5.9, 5 before 5.1, 0 first', () => {
		expect(['5.10', '5.9', '5', '0', '10', '5.1', '2'].sort(compareSectionIds)).toEqual([
			'0',
			'2',
			'5',
			'5.1',
			'5.9',
			'5.10',
			'10',
		]);
	});
});

describe('requiredWords: what an index may search for first', () => {
	test('plain words without Latin letters; fields, comparisons and exclusions are not', () => {
		expect(requiredWords('复议 -诉讼 u:件 >5 app 案件 q:余 s:5')).toEqual(['复议', '案件']);
	});
});

describe('queryIndicators', () => {
	test('options become filter terms; value sort, descending, limited', () => {
		const r = queryIndicators(FIGURES, {unit: '%', sort: 'value', desc: true});
		expect(r.map(f => f.id)).toEqual(['a4', 'a2']);
		expect(queryIndicators(FIGURES, {section: '5', min: 40, max: 102, limit: 2}).map(f => f.id)).toEqual(['a1', 'a3']);
	});
	test('section order is the order of the text (figures come in it); label order is the Chinese collation', () => {
		expect(queryIndicators(FIGURES, {sort: 'section'}).map(f => f.sectionId)).toEqual([
			'5',
			'5.2',
			'5.10',
			'52',
			'1.1',
			'1',
		]);
		expect(queryIndicators([...FIGURES].reverse(), {sort: 'label'}).map(f => f.label)[0]).toBe('12345 App 用户');
	});
});

describe('malformed terms are said to be malformed (they would match nothing)', () => {
	test.each([
		['>', '">": a comparison needs a number in digits 0–9, e.g. >50 or <=98.5'],
		['复议 >abc', '">abc": a comparison needs a number in digits 0–9, e.g. >50 or <=98.5'],
		['>٥٠', '">٥٠": a comparison needs a number in digits 0–9, e.g. >50 or <=98.5'],
		['u:', '"u:": give a value after the colon, e.g. u:件'],
		['sec:', '"sec:": give a value after the colon, e.g. sec:5'],
		['sec:abc', '"sec:abc": a section is a number, e.g. sec:5 or sec:5.2'],
		['q:左右', '"q:左右": an approximation marker is one of 余 多 近 约 超 逾 以上 none'],
	])('%s', (query, en) => {
		expect(filterProblem(query)?.en).toBe(en);
	});
	test('well-formed queries, full-width ones included, are fine and mean the same', () => {
		for (const q of ['复议', '复议 >50', 'u:件 sec:5.2 q:none', '-复议', '＞５０', 'ｕ：件'])
			expect(filterProblem(q)).toBeNull();
		const values = [{value: 60}, {value: 40}] as never[];
		expect(values.filter(compileFilter('＞５０'))).toEqual(values.filter(compileFilter('>50')));
	});
});
