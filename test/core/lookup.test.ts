/** What a word after `jcfz show` means, on the seed (the bundled report). */
import {describe, expect, test} from 'vitest';
import {lookup, suggestLabels} from '../../src/core/lookup.js';
import {sectionIdOf} from '../../src/core/section-number.js';
import {SEED, loadReport} from '../helpers.js';

const {report, indicators} = loadReport(SEED);
const what = (word: string) => {
	const found = lookup(report, indicators, word);
	if (found.kind === 'section') return `section ${found.section.id}`;
	if (found.kind === 'indicator') return `indicator ${found.indicator.id}`;
	if (found.kind === 'indicators') return `${found.by} ${found.rows.map(i => i.label).join(',')}`;
	if (found.kind === 'sections') return `sections ${found.sections.map(s => s.id).join(',')}`;
	return `none ${found.suggestions.join(',')}`;
};

describe('lookup', () => {
	test.each([
		['5.2', 'section 5.2'],
		['五', 'section 5'],
		['七、', 'section 7'],
		['5.2:1', 'indicator 晋城市-2023:5.2:1'],
		['复议', 'label 行政复议案件'],
		['行政复议 -应诉', 'label 行政复议案件'],
		['102', 'value 行政复议案件'],
		['98%', 'value 调解成功率'],
		['24件', 'none '],
		['政务公开', 'sections 6,6.1'],
		['行政复义', 'none 行政复议案件'],
		['九', 'none '],
	])('%s → %s', (word, expected) => expect(what(word)).toBe(expected));

	test('suggestions: close labels, closest first, each once', () => {
		expect(suggestLabels(indicators, '调节成功率')).toEqual(['调解成功率']);
		expect(suggestLabels(indicators, '法律援组案件')).toEqual([
			'法律援助案件',
			'刑事法律援助案件',
			'办结特殊群体法律援助案件',
			'特殊群体法律援助案件完成率',
		]);
	});
});

describe('section numbers, read one way everywhere', () => {
	test.each([
		['5', '5'],
		['5.2', '5.2'],
		['五', '5'],
		['五、', '5'],
		['五.2', '5.2'],
		['五（二）', '5.2'],
		['：五.2', '5.2'],
		['５．２', '5.2'],
		['第十二部分', '12'],
		['0', '0'],
	])('%s → %s', (typed, id) => {
		expect(sectionIdOf(typed)).toBe(id);
	});
	test.each([['abc'], [''], ['0.1'], ['5..']])('%s is no section number', typed => {
		expect(sectionIdOf(typed)).toBeNull();
	});
});
