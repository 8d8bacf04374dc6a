/**
 * Layouts of real reports, each in a few SYNTHETIC lines written for this test (the sentences and figures are
 * invented; only place names are real, since the gazetteer is what is tested): page chrome, titles over several
 * lines or repeated, salutations, speech lines, whole reports on one line, run-in headings, ASCII punctuation,
 * traditional script, reports without a title, departments.
 */
import {describe, expect, test} from 'vitest';
import {extractIndicators} from '../../src/core/extract.js';
import {parseReport} from '../../src/core/parse.js';
import {resolveRegion} from '../../src/core/region/identify.js';

const parse = (text: string) => parseReport(text).report;
const figures = (text: string) => extractIndicators(parse(text)).map(i => `${i.sectionId} ${i.value}${i.unit}`);
const who = (text: string) => {
	const r = parse(text);
	return {region: r.region, regionCode: r.regionCode, department: r.department, year: r.year};
};

describe('page chrome', () => {
	const page = [
		'关怀版 无障碍',
		'您当前的位置：首页 > 政务公开 > 计划总结',
		'索引号 11330200MB1234567X/2024-000123 发文日期 2024-03-01',
		'泽州县人民政府关于2023年度法治政府建设情况的报告',
		'发布日期: 2024-03-01 10:21 浏览次数: 157 字号:[ 大 中 小 ]',
		'打印',
		'2023年，泽州县扎实推进法治政府建设。',
		'一、加强组织领导',
		'县政府常务会议学法6次。',
	].join('\n');

	test('is never the title, the region or a figure', () => {
		expect(who(page)).toEqual({region: '泽州县', regionCode: '140525', department: '', year: 2023});
		expect(parse(page).title).toBe('泽州县人民政府关于2023年度法治政府建设情况的报告');
		expect(figures(page)).toEqual(['1 6次']);
	});

	test('a breadcrumb that names a report is still chrome', () => {
		const text =
			'今天是 无障碍\n市政府\n当前所在位置:首页>法治政府建设年度情况报告>市政府\n晋城市人民政府关于2019年法治政府建设情况的报告\n\n  2019年，我市扎实工作。\n';
		expect(parse(text).title).toBe('晋城市人民政府关于2019年法治政府建设情况的报告');
	});

	test('a spam line with digits before a report without a title', () => {
		const text =
			'bt365备用网站_365bet开户官网\n2022年，全市推进法治政府建设，出台《晋城市行政执法办法》等5件规章。《晋城市行政复议规定》施行。\n';
		expect(who(text)).toMatchObject({region: '晋城市', year: 2022});
		expect(figures(text)).toEqual(['0 5件']);
	});

	test('bullets: the last one may hold the opening paragraph', () => {
		const text =
			'山西省人民政府2022年度法治政府建设工作情况\n\n  • 2023年03月30日 09时24分\n  • 来源: 司法厅\n  • 2022年，省政府组织全省12.5万名国家工作人员学法考法。\n\n    一、深入学习\n\n    专题学习3次。\n';
		expect(who(text)).toMatchObject({region: '山西省', regionCode: '140000', year: 2022});
		expect(figures(text)).toEqual(['0 125000名', '1 3次']);
	});
});

describe('titles', () => {
	test('over three lines: a short title, the issuers, the full title', () => {
		const text =
			'2022年度法治政府建设情况的报告\n中共泽州县委 泽州县人民政府\n关于2022年度法治政府建设情况的报告\n中共晋城市委、晋城市人民政府：\n2022年，泽州县坚持依法行政。\n';
		expect(parse(text).title).toBe('中共泽州县委 泽州县人民政府 关于2022年度法治政府建设情况的报告');
		expect(who(text)).toMatchObject({region: '泽州县', year: 2022});
	});

	test('wrapped over two lines with a blank between (…法治政府建设工作 / 情况报告)', () => {
		const text =
			'当前位置: 首页 > 通知公告\n\n贵州省2023年度法治政府建设工作\n\n情况报告\n\n现将全省2023年度法治政府建设情况报告如下。\n一、工作\n制定规章3件。\n';
		const r = parseReport(text);
		expect(r.report.title).toBe('贵州省2023年度法治政府建设工作情况报告');
		expect(who(text)).toMatchObject({region: '贵州省', year: 2023});
		expect(r.evidence).toEqual({
			region: {how: 'title', text: '贵州省2023年度法治政府建设工作情况报告'},
			year: {how: 'title', text: '贵州省2023年度法治政府建设工作情况报告'},
		});
	});

	test('repeated, the second time split over two lines, is read once', () => {
		const text =
			'泽州县交通运输局2023年度法治政府建设情况报告\n\n访问量:\n\n泽州县交通运输局\n\n2023年法治政府建设情况报告\n\n2023年，我局认真落实各项部署。\n';
		const r = parse(text);
		expect([r.title, r.region, r.regionCode, r.department, r.preamble.length]).toEqual([
			'泽州县交通运输局2023年度法治政府建设情况报告',
			'泽州县交通运输局',
			'140525',
			'交通运输局',
			1,
		]);
	});

	test('a speech line is neither text nor figures', () => {
		const text =
			'关于晋城市2023年法治政府建设情况的报告\n（2024年5月28日在晋城市第七届人民代表大会常务委员会第九次会议上）\n\n主任、各位副主任：\n\n2023年，全市办理行政复议案件102件。\n';
		const r = parse(text);
		expect(r.preamble.map(p => p.text)).toEqual(['2023年，全市办理行政复议案件102件。']);
		expect(figures(text)).toEqual(['0 102件']);
	});
});

describe('what stands before or under the name in a title', () => {
	const body = '\n一、主要工作\n全年办理行政复议案件35件。\n';
	test('the year first, in digits or in words (2023年度平遥县…, 二〇二三年度平遥县…)', () => {
		for (const year of ['2023年度', '二〇二三年度'])
			expect(who(`${year}平遥县法治政府建设情况报告${body}`)).toEqual({
				region: '平遥县',
				regionCode: '140728',
				department: '',
				year: 2023,
			});
	});
	test('a column tag (【法治建设报告】长兴县司法局2022年…)', () => {
		expect(who(`【法治建设报告】长兴县司法局2022年法治政府建设年度报告${body}`)).toEqual({
			region: '长兴县司法局',
			regionCode: '330522',
			department: '司法局',
			year: 2022,
		});
	});
	test("a line that presents the report (现将…报告如下：) is no title; its place and year are the report's", () => {
		const intro = '现将嵊州市2023年度法治政府建设工作情况报告如下：';
		expect(parse(`${intro}${body}`).title).toBe('');
		expect(who(`${intro}${body}`)).toEqual({region: '嵊州市', regionCode: '330683', department: '', year: 2023});
		expect(who(`根据《某某规定》要求，现将2023年度东阳市法治政府建设情况报告如下。${body}`)).toEqual({
			region: '东阳市',
			regionCode: '330783',
			department: '',
			year: 2023,
		});
	});
	test('a notice that sends the report: the report is the place its own name says, not the sending office', () => {
		expect(who(`宁海县人民政府办公室关于印发宁海县2023年法治政府建设年度报告的通知${body}`)).toEqual({
			region: '宁海县',
			regionCode: '330226',
			department: '',
			year: 2023,
		});
		expect(who(`宁海县司法局关于报送2023年度法治政府建设情况报告的函${body}`)).toMatchObject({
			region: '宁海县司法局',
			department: '司法局',
		});
	});
	test('the year alone in brackets after the title (法治政府建设年度报告（2023年）)', () => {
		expect(who(`法治政府建设年度报告（2023年）\n北京市东城区人民政府${body}`)).toEqual({
			region: '东城区',
			regionCode: '110101',
			department: '',
			year: 2023,
		});
	});
	test('the issuer in brackets on the line under a title that names no place', () => {
		expect(who(`2023年度法治政府建设情况报告\n（蒙自市人民政府）${body}`)).toEqual({
			region: '蒙自市',
			regionCode: '532503',
			department: '',
			year: 2023,
		});
	});
});

describe('namesakes', () => {
	test('a title that names the parent tells which 桥西区 reports', () => {
		const title = (city: string) =>
			`${city}桥西区人民政府 关于${city}桥西区2023年法治政府建设情况的报告\n一、工作\n办理案件12件。\n`;
		expect(who(title('石家庄市'))).toMatchObject({region: '石家庄市桥西区', regionCode: '130104'});
		expect(who(title('张家口市'))).toMatchObject({region: '张家口市桥西区', regionCode: '130703'});
	});
});

describe('a title that names only the level', () => {
	test('the speech line names the congress, and so the place, the government reports to', () => {
		const text =
			'市人民政府关于2022年度法治政府建设情况的报告\n——2023年4月26日在鄂尔多斯市第五届人民代表大会常务委员会第五次会议上\n市人大常委会：2022年，全市清理规范性文件45件。\n';
		expect(who(text)).toEqual({region: '鄂尔多斯市', regionCode: '150600', department: '', year: 2022});
	});

	test("the page's publisher line is the last resort, with a warning", () => {
		const text =
			'关于2020年度法治政府建设工作情况的报告\n来源：沈河区人民政府 时间：2021-01-28\n2020年，我区坚持依法行政，区政府常务会议学法6次。\n';
		expect(who(text)).toEqual({region: '沈河区', regionCode: '210103', department: '', year: 2020});
		expect(parseReport(text).warnings).toContainEqual({
			code: 'region-from-publisher',
			en: "region read from the page's publisher line: 沈河区",
			zh: '地区取自网页的发布单位：沈河区',
		});
		// A department that published the page is not taken for the government that reports.
		expect(() => parse(text.replace('沈河区人民政府', '沈河区司法局'))).toThrow(/no region found/);
	});
});

describe('no title', () => {
	test('the salutation names the addressee; the opening names who reports', () => {
		expect(who('中共晋城市委、晋城市人民政府：\n2022年，阳城县坚持依法行政。\n')).toMatchObject({
			region: '阳城县',
			regionCode: '140522',
		});
	});

	test('superiors in 在…领导下 are not the subject', () => {
		expect(who('2021年，在晋城市委、市政府的坚强领导下，阳城县政府深入推进依法行政。\n')).toMatchObject({
			region: '阳城县',
			year: 2021,
		});
	});

	test('我市 with the place named in the text: the place that stands out', () => {
		const text =
			'2022年，市政府坚持依法行政。\n一、立法\n制定《晋城市停车管理办法》等3件规章，清理《晋城市市容管理规定》等文件。\n';
		expect(who(text)).toMatchObject({region: '晋城市', year: 2022});
	});

	test('我市 with another place named once, as an object: refused, saying what was seen', () => {
		expect(() => parse('2017年，我市认真推进法治政府建设。\n一、改革\n将高平市25个事项下放。\n')).toThrow(
			'no region found in the title or the opening (the opening speaks of 市 without naming it, and no place of that level stands out in the text; there is no title): pass --region NAME',
		);
	});

	test('全省 with no province named: the province of the places it names; a place in a later clause is no author', () => {
		const text =
			'2020年，在省委的领导下，全省各级政府坚持依法行政。\n一、示范创建\n二是推进示范创建。驻马店市获评全国示范市，洛阳市入选省级示范。\n';
		const r = parseReport(text);
		expect(who(text)).toMatchObject({region: '河南省', regionCode: '410000', year: 2020});
		expect(r.evidence.region).toEqual({how: 'places below', text: '驻马店市、洛阳市'});
	});

	test('a department in the opening, its verb right after its name (永嘉县司法局在…)', () => {
		expect(who('2022年，永嘉县司法局在县委、县政府的领导下推进法治建设。\n一、工作\n办理案件5件。\n')).toMatchObject({
			region: '永嘉县司法局',
			department: '司法局',
		});
	});

	test('the year of the report, not of the letter that sends it', () => {
		expect(
			who(
				'根据有关规定，现将省政府2021年度法治政府建设情况报告如下。\n一、2021年主要工作\n制定《山西省行政执法条例》。\n',
			),
		).toMatchObject({region: '山西省', year: 2021});
	});
});

describe('a speech to the congress, the year not in its title', () => {
	test('a salutation to the congress between the body and the opening year: both are read', () => {
		const text =
			'长治市人民政府\n主任、副主任、秘书长、各位委员：\n2022年，全市坚持依法行政。\n一、工作\n办理案件5件。\n';
		const r = parseReport(text);
		expect(who(text)).toMatchObject({region: '长治市', year: 2022});
		expect(r.evidence).toEqual({
			region: {how: 'issuer', text: '长治市人民政府'},
			year: {how: 'text', text: '2022年，全市坚持依法行政。'},
		});
		expect(r.report.preamble.map(p => p.text)).toEqual(['2022年，全市坚持依法行政。']);
	});
	test('the date of the speech line: a report of the first half of a year is on the year before', () => {
		const speech = (date: string) =>
			`关于长治市法治政府建设工作情况的报告\n——${date}在长治市第十五届人民代表大会常务委员会第十次会议上\n一、工作\n去年以来，办理案件5件。\n`;
		const spring = parseReport(speech('2023年2月20日'));
		expect([spring.report.year, spring.evidence.year.how]).toEqual([2022, 'speech']);
		expect(spring.warnings.map(w => w.code)).toContain('year-from-speech');
		// Given in the autumn, it reports on its own year (今年以来).
		expect(parseReport(speech('2023年9月26日')).report.year).toBe(2023);
	});
	test('the year of the first paragraph under 一、 when the title and the opening give none', () => {
		const text =
			'长治市法治政府建设情况报告\n全市上下扎实推进法治政府建设，取得积极成效。\n一、主要工作\n2022年，全市办理案件5件。\n';
		expect(who(text)).toMatchObject({region: '长治市', year: 2022});
		expect(parseReport(text).evidence.region.how).toBe('title');
	});
});

describe('towns, streets and zones', () => {
	const body = '\n2023年，我镇推进法治建设。\n一、工作\n调解纠纷12件。\n';
	test('stored under their county, with their own name as town', () => {
		expect(parse(`沁水县龙港镇人民政府关于2023年法治政府建设工作情况的报告${body}`)).toMatchObject({
			region: '沁水县龙港镇',
			regionCode: '140521',
			department: '',
			town: '龙港镇',
		});
		expect(parse(`晋城市城区西街街道办事处2023年法治政府建设年度报告${body}`)).toMatchObject({
			region: '晋城市城区西街街道',
			regionCode: '140502',
			town: '西街街道',
		});
		expect(parse(`晋城经济技术开发区管委会2023年法治政府建设工作报告${body}`)).toMatchObject({
			region: '晋城市晋城经济技术开发区',
			regionCode: '140500',
			town: '晋城经济技术开发区',
		});
		expect(resolveRegion('沁水县龙港镇')).toEqual({
			region: '沁水县龙港镇',
			regionCode: '140521',
			department: '',
			town: '龙港镇',
		});
	});
	test('a town named without its county, none named in the text: kept by its name, with a warning', () => {
		const r = parseReport(`龙港镇人民政府2023年法治政府建设工作报告${body}`);
		expect([r.report.region, r.report.regionCode, r.report.town]).toEqual(['龙港镇', '', undefined]);
		expect(r.warnings.map(w => w.code)).toEqual(['town-without-county']);
	});
	test('a department whose name holds 乡 or 城乡 is no town', () => {
		expect(parse(`泽州县城乡建设局2023年度法治政府建设报告${body}`)).toMatchObject({
			region: '泽州县城乡建设局',
			department: '城乡建设局',
		});
	});
});

describe('departments', () => {
	test('named in the title with their place', () => {
		expect(who('山西省市场监督管理局关于2023年度法治政府建设情况的报告\n2023年，省市场监管局推进依法行政。\n')).toEqual(
			{
				region: '山西省市场监督管理局',
				regionCode: '140000',
				department: '市场监督管理局',
				year: 2023,
			},
		);
	});

	test('named by level only (省政务办): the place comes from the text', () => {
		const text =
			'省政务办2022年度法治政府建设情况报告\n\n一、主要成效\n\n2022年，山西省连续3年位居全国前列，山西省一体化平台上线。\n';
		expect(who(text)).toMatchObject({region: '山西省政务办', regionCode: '140000', department: '政务办'});
	});

	test('a central government department belongs to no province', () => {
		expect(who('2022年，司法部坚持推进法治政府建设。\n')).toEqual({
			region: '司法部',
			regionCode: '100000',
			department: '司法部',
			year: 2022,
		});
	});

	test('no title, speaking for a system: 全市司法行政系统 and 我局', () => {
		const text =
			'2022年，全市司法行政系统全力推进法治政府建设。\n一、部署\n我局制定《晋城市法律顾问工作规定》，修订《晋城市行政复议办法》。\n';
		expect(who(text)).toMatchObject({region: '晋城市司法局', regionCode: '140500', department: '司法局'});
	});
});

describe('one line, run-in headings, ASCII punctuation', () => {
	const oneLine =
		'中共晋城市委、晋城市人民政府: 2020年,阳城县推进法治政府建设。现将有关情况报告如下: 一、强化责任落实 (一)加强组织领导。常务会议学法8次。 (二)加强法治教育。组织考试5场,参考人员69人,合格率100%。 二、推进依法行政 (一)规范执法。审查文件12件。';

	test('a whole report on one line parses into its sections', () => {
		const r = parse(oneLine);
		expect(r.region).toBe('阳城县');
		expect(r.sections.map(s => [s.ordinal + s.title, s.children.map(c => c.ordinal + c.title)])).toEqual([
			['一、强化责任落实', ['（一）加强组织领导', '（二）加强法治教育']],
			['二、推进依法行政', ['（一）规范执法']],
		]);
		expect(figures(oneLine)).toEqual(['1.1 8次', '1.2 5场', '1.2 69人', '1.2 100%', '2.1 12件']);
	});

	test('a （二） inside a sentence that does not continue the numbering stays text', () => {
		const r = parse('晋城市2021年法治政府建设情况的报告\n一、工作 情况见附件 (三)所列。办理案件3件。\n');
		expect(r.sections[0]!.children).toEqual([]);
	});

	test('a run-in top-level heading ends at its full stop', () => {
		const r = parse(
			'晋城市2022年法治政府建设情况的报告\n一、持续优化营商环境。推出“无感审批”事项348项,为3万余家企业服务。\n二、坚持科学立法。制定规章3件。\n',
		);
		expect(r.sections.map(s => s.title)).toEqual(['持续优化营商环境', '坚持科学立法']);
		expect(r.sections[0]!.paragraphs[0]!.text).toBe('推出“无感审批”事项348项，为3万余家企业服务。');
	});

	test('ASCII and full-width punctuation give the same figures', () => {
		const full = '晋城市2022年法治政府建设情况的报告\n（一）加强领导：召开会议12场（次），培训7批次83人。\n';
		expect(figures(full.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':'))).toEqual(
			figures(full),
		);
	});
});

describe('traditional script', () => {
	const text =
		'2023年，陽城縣堅持依法行政。\n一、2023年主要工作\n（一）加強領導\n舉辦三期專題培訓班，審查文件26項，拆除違法建設135萬平方米，執(zhí)法人員1200餘名。\n';

	test('is read through a fold to simplified script: region, units, values', () => {
		expect(who(text)).toMatchObject({region: '阳城县', regionCode: '140522', year: 2023});
		expect(extractIndicators(parse(text)).map(i => [i.value, i.unit, i.qualifier])).toEqual([
			[3, '期', null],
			[26, '项', null],
			[1350000, '平方米', null],
			[1200, '名', '余'],
		]);
	});

	test('sentences stay as written, without the pinyin glosses', () => {
		expect(parse(text).sections[0]!.children[0]!.paragraphs[0]!.text).toContain('執法人員1200餘名');
	});

	test('a title in traditional script is a title (報告 is a 报告), kept as written', () => {
		const titled = `上海市徐匯區2022年法治政府建設情況報告\n一、主要工作\n全年辦理行政復議案件35件。\n`;
		expect(who(titled)).toEqual({region: '徐汇区', regionCode: '310104', department: '', year: 2022});
		expect(parse(titled).title).toBe('上海市徐匯區2022年法治政府建設情況報告');
	});
});

describe('--region', () => {
	test.each([
		['晋城市', {region: '晋城市', regionCode: '140500', department: ''}],
		['晋城', {region: '晋城市', regionCode: '140500', department: ''}],
		['140500', {region: '晋城市', regionCode: '140500', department: ''}],
		['四川省人民政府', {region: '四川省', regionCode: '510000', department: ''}],
		['北京市朝阳区', {region: '北京市朝阳区', regionCode: '110105', department: ''}],
		['崇义县交通运输局', {region: '崇义县交通运输局', regionCode: '360725', department: '交通运输局'}],
		['司法部', {region: '司法部', regionCode: '100000', department: '司法部'}],
		['测试市', {region: '测试市', regionCode: '', department: ''}],
	])('%s', (input, expected) => expect(resolveRegion(input)).toEqual(expected));

	test('a place merged since is still known, under its old code', () => {
		expect(resolveRegion('梅列区')).toEqual({region: '梅列区', regionCode: '350402', department: ''});
	});
});
