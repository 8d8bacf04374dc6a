/** The explorer's filter cache: narrowing the last result while typing gives exactly what filtering all gives. */
import {describe, expect, test} from 'vitest';
import {compileFilter} from '../../src/core/filter.js';
import {filterIndicators, sortedIndicators} from '../../src/tui/indicators/model.js';
import {loadReport, SEED, SYNTHETIC_2022} from '../helpers.js';

describe('filterIndicators', () => {
	const year = {
		...loadReport(SEED),
		indicators: [...loadReport(SEED).indicators, ...loadReport(SYNTHETIC_2022).indicators],
	};
	const sorted = sortedIndicators(year, {sort: 'value', desc: true});
	const fresh = (q: string) => sorted.filter(compileFilter(q));

	test('typing, backspacing and retyping: every step equals a fresh filter, in the sorted order', () => {
		const steps = [
			'行',
			'行政',
			'行政复',
			'行政复议',
			'行政复',
			'行政',
			'行政执',
			'行政执法',
			'',
			'率',
			'率 >90',
			'率 >9',
			'-率',
			'案件',
			'u:件',
		];
		for (const q of steps)
			expect(
				filterIndicators(sorted, q).map(i => i.id),
				q,
			).toEqual(fresh(q).map(i => i.id));
		expect(fresh('行政复议').length).toBeGreaterThan(0);
		expect(fresh('行政复议').length).toBeLessThan(fresh('行政').length);
	});

	test('queries that only look like narrowing (<9 → <90, -复 → -复议) are filtered afresh (figures written for this test)', () => {
		const make = (label: string, value: number) => ({...sorted[0]!, id: label, label, value});
		const few = [
			make('行政复议案件', 50),
			make('复核事项', 30),
			make('调解成功率', 95),
			make('办结率', 85),
			make('纠错率', 5),
		];
		for (const q of ['率', '率 <9', '率 <90', '复', '-复', '-复议']) {
			expect(
				filterIndicators(few, q).map(i => i.id),
				q,
			).toEqual(few.filter(compileFilter(q)).map(i => i.id));
		}
		expect(filterIndicators(few, '率 <90').map(i => i.id)).toEqual(['办结率', '纠错率']);
		expect(filterIndicators(few, '-复议').map(i => i.id)).toEqual(['复核事项', '调解成功率', '办结率', '纠错率']);
	});

	test('a query seen again is answered from the cache (the same array)', () => {
		const first = filterIndicators(sorted, '复议');
		filterIndicators(sorted, '复议案件');
		expect(filterIndicators(sorted, '复议')).toBe(first);
	});

	test('sorted once per order: the same list for the same order, another for another', () => {
		expect(sortedIndicators(year, {sort: 'value', desc: true})).toBe(sorted);
		expect(sortedIndicators(year, {sort: 'label', desc: false})).not.toBe(sorted);
	});
});
