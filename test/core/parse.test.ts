import {describe, expect, test} from 'vitest';
import {extractIndicators} from '../../src/core/extract.js';
import {parseReport} from '../../src/core/parse.js';
import {sourceOffset} from '../../src/core/sentences.js';
import {normalizeSource} from '../../src/core/text.js';
import {parseTitle} from '../../src/core/title.js';
import {flattenSections} from '../../src/core/walk.js';
import {readFileSync} from 'node:fs';
import {SEED, SYNTHETIC_2022, loadReport} from '../helpers.js';

describe('title', () => {
	test('issuer and year, spaces inside', () => {
		expect(parseTitle('中共晋城市委 晋城市人民政府 关于晋城市 2023 年法治政府建设 工作情况的报告')).toEqual({
			issuer: '中共晋城市委 晋城市人民政府',
			year: 2023,
		});
	});
	test.each([
		['晋城市人民政府关于2022年法治政府建设工作情况的报告', {issuer: '晋城市人民政府', year: 2022}],
		['泽州县2023年法治政府建设年度报告', {issuer: '', year: 2023}],
		['山西省晋城市城区人民政府 关于二〇二三年法治政府建设情况的报告', {issuer: '山西省晋城市城区人民政府', year: 2023}],
	])('%s', (title, facts) => expect(parseTitle(title)).toEqual(facts));
});

describe('the seed report', () => {
	const {report, warnings} = loadReport(SEED);

	test('identity', () => {
		expect(warnings).toEqual([]);
		expect({id: report.id, region: report.region, year: report.year, issuer: report.issuer}).toEqual({
			id: '晋城市-2023',
			region: '晋城市',
			year: 2023,
			issuer: '中共晋城市委 晋城市人民政府',
		});
		expect(report.title).toBe('中共晋城市委 晋城市人民政府 关于晋城市 2023 年法治政府建设 工作情况的报告');
		expect(report.sourceHash).toMatch(/^[0-9a-f]{64}$/);
	});

	test('seven top-level sections whatever their markdown, with their sub-sections', () => {
		const outline = report.sections.map(s => [s.id, s.ordinal + s.title, s.children.map(c => c.ordinal + c.title)]);
		expect(outline).toEqual([
			[
				'1',
				'一、深学笃行习近平法治思想，统筹推进法治政府建设高质量发展',
				[
					'（一）夯实法治建设主体责任',
					'（二）深入践行习近平法治思想',
					'（三）统筹推进法治政府建设',
					'（四）深化法治建设督察工作',
					'（五）组织开展专题述法工作',
				],
			],
			[
				'2',
				'二、持续深化“放管服”改革，创优提升法治化营商环境',
				['（一）优化政务服务体系', '（二）提升政务服务效能', '（三）提高法治保障水平'],
			],
			[
				'3',
				'三、健全依法行政制度体系，政府工作在法治化轨道上运行',
				['（一）高质量开展行政立法', '（二）提高规范性文件质量', '（三）提升依法决策水平'],
			],
			[
				'4',
				'四、健全行政执法工作体系，全面推进严格规范公正文明执法',
				['（一）全方位提升行政执法效能', '（二）持续深化行政执法体制改革', '（三）持续深化普法宣传教育'],
			],
			[
				'5',
				'五、促进社会公平正义，依法有效化解社会矛盾',
				['（一）依法化解社会矛盾', '（二）规范开展行政复议', '（三）提升法律服务质效'],
			],
			[
				'6',
				'六、坚持标准化政务公开，加强行政权力制约和监督',
				['（一）全面主动落实政务公开', '（二）强化行政权力制约监督', '（三）持续加强行政效能监督'],
			],
			['7', '七、存在问题和 2024 年法治政府建设工作安排', []],
		]);
		expect(
			flattenSections(report.sections)
				.map(s => s.id)
				.slice(0, 7),
		).toEqual(['1', '1.1', '1.2', '1.3', '1.4', '1.5', '2']);
	});

	test('page-break artefacts are rejoined', () => {
		const text = flattenSections(report.sections)
			.flatMap(s => s.paragraphs.map(p => p.text))
			.join('\n');
		for (const joined of [
			'有效解决法治政府建设重大问题',
			'分赴6县（市、区）和24个市直部门',
			'编制印发督查专报 30 余期',
			'制定印发《晋城市人民政府2023年立法计划》',
			'编印《晋城市青少年法治案例选编》',
			'检察、复议联动机制，针对“合法不合理”案件',
		]) {
			expect(text).toContain(joined);
		}
		// Each sub-section of the seed is one paragraph once the breaks are rejoined.
		expect(
			flattenSections(report.sections)
				.filter(s => s.id.includes('.'))
				.every(s => s.paragraphs.length === 1),
		).toBe(true);
	});

	test('run-in bold headings leave the body text without markup', () => {
		const first = report.sections[0]!.children[0]!.paragraphs[0]!;
		expect(first.text.startsWith('晋城市委、市政府始终把党的领导贯穿法治建设全过程各方面')).toBe(true);
		expect(first.text).not.toContain('**');
	});

	test('sentences split on 。！？； but not inside quotes or 《》', () => {
		const p = report.sections[4]!.children[1]!.paragraphs[0]!;
		expect(p.sentences.map(s => s.text)).toEqual([
			'扎实开展行政复议质量提升年活动，积极推行行政复议调解工作，探索开展检察、复议联动机制，针对“合法不合理”案件以及涉及自由裁量案件，邀请检察机关参与调解和解，努力做到案结事了。',
			'持续规范行政复议受理工作，制作《行政复议接待台账》等文书模板，开通全国行政复议系统网上申请渠道，切实提高行政复议工作质效。',
			'2023年，办理行政复议案件102件，行政应诉案件23件，已全部一审结案。',
			'加强和规范行政应诉工作，2023年办理行政机关应诉案件311件，行政机关负责人均按照法律规定出庭应诉。',
		]);
		const quoted = parseReport(
			'晋城市2023年法治政府建设工作报告\n\n一、测试\n\n他说：“第一句。第二句。”然后《规定。续》结束。下一句；最后！',
		).report;
		expect(quoted.sections[0]!.paragraphs[0]!.sentences.map(s => s.text)).toEqual([
			'他说：“第一句。第二句。”然后《规定。续》结束。',
			'下一句；',
			'最后！',
		]);
	});

	test('every sentence offset points at its text in the source', () => {
		const source = normalizeSource(readFileSync(SEED, 'utf8'));
		for (const s of flattenSections(report.sections)) {
			for (const p of s.paragraphs) {
				for (const sentence of p.sentences) {
					expect(source.slice(sentence.offset, sentence.offset + 4)).toBe(sentence.text.slice(0, 4));
					expect(sourceOffset(p, sentence.start)).toBe(sentence.offset);
				}
			}
		}
	});
});

describe('another layout: plain （一） lines, 一是… runs, hard-wrapped lines, no markdown', () => {
	const {report, indicators, warnings} = loadReport(SYNTHETIC_2022);

	test('parses without special-casing', () => {
		expect(warnings).toEqual([]);
		expect([report.region, report.year, report.issuer]).toEqual(['晋城市', 2022, '晋城市人民政府']);
		expect(report.sections.map(s => `${s.id} ${s.title} ${s.children.length}`)).toEqual([
			'1 加强党对法治政府建设的领导 2',
			'2 优化法治化营商环境 2',
			'3 严格规范公正文明执法 3',
			'4 依法化解社会矛盾纠纷 3',
			'5 推进政务公开 0',
			'6 2023年工作打算 0',
		]);
	});

	test('一是… runs and wrapped lines still give clean labels', () => {
		const pick = (label: string) => indicators.find(i => i.label === label);
		expect(pick('市政府常务会研究法治议题')).toMatchObject({value: 18, unit: '次', sectionId: '1.1'});
		expect(pick('市直部门')).toMatchObject({value: 20, unit: '个'});
		expect(pick('在线办理事项')).toMatchObject({
			value: 900,
			qualifier: '余',
			sentence: '在线办理事项900余件，办件量居全省前列。',
		});
	});

	test('CRLF and CR line ends parse the same as LF', () => {
		const text = readFileSync(SYNTHETIC_2022, 'utf8');
		const lf = extractIndicators(parseReport(text).report);
		expect(extractIndicators(parseReport(text.replace(/\n/g, '\r\n')).report)).toEqual(lf);
		expect(extractIndicators(parseReport(text.replace(/\n/g, '\r')).report)).toEqual(lf);
	});
});

describe('errors', () => {
	test('no year anywhere asks for --year', () => {
		expect(() => parseReport('晋城市法治政府建设工作报告\n\n一、工作\n\n办理案件3件。')).toThrow('pass --year YYYY');
	});
	test('a year only in the text is a guess, with a warning', () => {
		const {report, warnings} = parseReport(
			'晋城市法治政府建设工作报告\n\n2023年，晋城市推进工作。\n\n一、工作\n\n办理案件3件。',
		);
		expect(report.year).toBe(2023);
		expect(warnings).toEqual([{code: 'year-from-text', en: 'year read from the text: 2023', zh: '年份取自正文：2023'}]);
	});
	test('overrides win', () => {
		expect(parseReport(readFileSync(SEED, 'utf8'), {year: 2024, region: '泽州县'}).report.id).toBe('泽州县-2024');
	});
});
