/**
 * Sections mapped to the national framework's parts, and the contents an annual report must hold: on the bundled
 * report, and on SYNTHETIC reports written for this test (their figures invented).
 */
import {describe, expect, test} from 'vitest';
import {analyze} from '../../src/core/analyze.js';
import {AREAS, areaNamed, sectionAreas} from '../../src/core/areas.js';
import {checkReport} from '../../src/core/checks.js';
import {compileFilter} from '../../src/core/filter.js';
import {loadReport, SEED} from '../helpers.js';

const seed = loadReport(SEED);

describe('areas', () => {
	test('the bundled report: each top-level section gets the part its title names', () => {
		const areas = sectionAreas(seed.report);
		expect(seed.report.sections.map(s => [s.id, areas.get(s.id)?.area.zh, areas.get(s.id)?.from])).toEqual([
			['1', '党的领导与推进机制', 'title'],
			['2', '政府职能', 'title'],
			['3', '依法行政制度', 'title'],
			['4', '行政执法', 'title'],
			['5', '矛盾纠纷化解', 'title'],
			['6', '制约和监督', 'title'],
			['7', '问题和下一年度安排', 'title'],
		]);
		// A sub-section that names another part than its parent's gets its own; one that names none, its parent's.
		expect([areas.get('3.3')?.area.id, areas.get('2.3')?.area.id, areas.get('2.3')?.from]).toEqual([
			'decisions',
			'functions',
			'parent',
		]);
	});

	test('a title that names no part takes it from its text, less surely', () => {
		const {report} = analyze(
			'甲县2023年法治政府建设情况报告（合成测试数据）\n一、其他工作\n全年办理行政复议案件12件，开展人民调解300件，化解矛盾纠纷280件。\n',
			{region: '甲县'},
		);
		expect(sectionAreas(report).get('1')).toEqual({
			area: {id: 'disputes', zh: '矛盾纠纷化解', en: 'Disputes and their resolution'},
			confidence: 0.7,
			from: 'text',
		});
	});

	test('named by id, Chinese or English words; the filter language takes area:', () => {
		expect([areaNamed('执法')?.id, areaNamed('enforcement')?.id, areaNamed('监督')?.id, areaNamed('xyz')]).toEqual([
			'enforcement',
			'enforcement',
			'oversight',
			null,
		]);
		expect(AREAS).toHaveLength(12);
		const areas = sectionAreas(seed.report);
		const of = (id: string) => areas.get(id.split('.')[0]!)?.area.id ?? null;
		const inEnforcement = seed.indicators.filter(compileFilter('area:执法', {areaOf: of}));
		expect(inEnforcement.length).toBeGreaterThan(0);
		expect(new Set(inEnforcement.map(i => i.sectionId.split('.')[0]))).toEqual(new Set(['4']));
		// Without areas known, area: matches nothing rather than everything.
		expect(seed.indicators.filter(compileFilter('area:执法'))).toEqual([]);
	});
});

describe('report checks', () => {
	test("the bundled report holds all four contents; the leaders' duty is in a sub-section", () => {
		const check = checkReport(seed.report, seed.indicators);
		expect(check.contents).toEqual([
			{part: 'results', found: true, section: '1'},
			{part: 'shortcomings', found: true, section: '7'},
			{part: 'leaders', found: true, section: '1.1'},
			{part: 'plans', found: true, section: '7'},
		]);
		expect([check.published, check.deadline, check.onTime]).toEqual([null, '2024-04-01', null]);
		expect(check.perThousand).toBe(17.98);
	});

	test('a report without its shortcomings, published late', () => {
		const {report, indicators} = analyze(
			'乙市2022年法治政府建设情况报告（合成测试数据）\n一、主要工作\n制定规章3件，审查规范性文件41件。\n二、2023年工作安排\n继续推进依法行政。\n',
			{region: '乙市', published: '2023-04-20'},
		);
		const check = checkReport(report, indicators);
		expect(check.contents.map(c => [c.part, c.section])).toEqual([
			['results', '1'],
			['shortcomings', null],
			['leaders', null],
			['plans', '2'],
		]);
		expect([check.deadline, check.onTime]).toEqual(['2023-04-01', false]);
		expect(check.areas).toEqual(['rules', 'plans']);
	});
});
