/**
 * A SYNTHETIC report written for the document fixtures (PDF, .docx, .doc): jcfz's own text, not any government's,
 * every figure invented, the title marked 合成测试数据. It is laid out as offices lay out such reports (see
 * bin/fixtures/make-documents.mts): a title, a publisher line, 一、 headings, （一） sub-sections, body paragraphs,
 * one table and one passage in two columns. `pages` makes it longer by adding numbered sub-sections with their
 * own figures, about 0.8 pages each at 16 pt (the first three pages hold the rest).
 */

export type Block =
	| {readonly kind: 'title'; readonly text: string}
	| {readonly kind: 'publisher'; readonly text: string}
	| {readonly kind: 'heading'; readonly text: string}
	| {readonly kind: 'subheading'; readonly text: string}
	| {readonly kind: 'paragraph'; readonly text: string}
	| {readonly kind: 'columns'; readonly paragraphs: readonly string[]}
	| {readonly kind: 'table'; readonly rows: readonly (readonly string[])[]};

export interface OfficeReport {
	readonly region: string;
	readonly year: number;
	readonly blocks: readonly Block[];
}

const NUMERALS = '一二三四五六七八九十';

function numeral(n: number): string {
	if (n <= 10) return NUMERALS[n - 1]!;
	if (n < 20) return `十${NUMERALS[n - 11]}`;
	const tens = Math.floor(n / 10);
	const units = n % 10;
	return `${NUMERALS[tens - 1]}十${units ? NUMERALS[units - 1] : ''}`;
}

/** Filler sub-sections for long reports: each holds figures of its own (k keeps them distinct). */
function extraSubsection(k: number, year: number): Block[] {
	const a = 10 + ((k * 37) % 90);
	const b = 100 + ((k * 53) % 900);
	const c = 60 + ((k * 7) % 40);
	return [
		{kind: 'subheading', text: `（${numeral((k % 9) + 1)}）推进第${numeral((k % 30) + 1)}片区依法治理`},
		{
			kind: 'paragraph',
			text: `${year}年，该片区围绕基层依法治理的重点任务，逐项明确责任单位和完成时限，召开片区联席会议${a}次，走访辖区企业和群众${b}户，收集意见建议${a + 5}条，均已按期答复办结。片区各单位坚持把法治要求贯穿到日常管理的每一个环节，做到有部署、有检查、有考核，群众对片区依法治理工作的满意率达到${c}%。`,
		},
		{
			kind: 'paragraph',
			text: `围绕群众反映集中的物业管理、邻里纠纷和劳动报酬问题，片区组织法律顾问开展“法律进小区”活动${a + 2}场次，提供现场法律咨询${b + 11}人次，化解矛盾纠纷${a + 9}件，其中涉及劳动报酬的纠纷${(a % 7) + 2}件，帮助劳动者追回报酬${(b % 50) + 10}万元。片区还将典型案例编印成册，发放宣传资料${b * 3}份，引导群众通过法律途径表达诉求、解决问题，基层治理的法治化水平持续提升，相关做法在全县范围内推广。`,
		},
		{
			kind: 'paragraph',
			text: `下一步，该片区将继续完善依法治理的工作机制，细化网格员、调解员和法律顾问的分工，把矛盾纠纷排查的频次由每月一次提高到每半月一次，确保小事不出网格、大事不出片区、矛盾不上交。`,
		},
	];
}

/**
 * The report of `region` for `year`. `pages` (≥ 3) adds sub-sections until the text fills about that many
 * pages; the first three pages are the same whatever `pages` is.
 */
export function officeReport(region: string, year: number, pages = 3): OfficeReport {
	const blocks: Block[] = [
		{kind: 'title', text: `${region}人民政府关于${year}年度法治政府建设工作情况的报告（合成测试数据）`},
		{kind: 'publisher', text: `${region}人民政府`},
		{
			kind: 'paragraph',
			text: `说明：本文件是 jcfz 的合成测试数据，文字为 jcfz 自行撰写，所有数字均为虚构，不是任何政府发布的报告。`,
		},
		{
			kind: 'paragraph',
			text: `${year}年，${region}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面落实法治政府建设实施纲要，各项工作取得新的进展。现将有关情况报告如下。`,
		},
		{kind: 'heading', text: '一、加强组织领导，压实法治建设责任'},
		{kind: 'subheading', text: '（一）强化第一责任人职责'},
		{
			kind: 'paragraph',
			text: `县政府主要负责同志认真履行推进法治建设第一责任人职责，全年召开县政府常务会议研究法治政府建设议题12次，对法治工作作出批示24次，听取法治政府建设工作汇报3次。县政府党组理论学习中心组开展习近平法治思想专题学习6次，各部门主要负责人在年终述职中一并报告履行法治建设职责情况。`,
		},
		{kind: 'subheading', text: '（二）完善督察考核机制'},
		{
			kind: 'paragraph',
			text: `将法治政府建设纳入全县高质量发展考核体系，分值权重提高到5%。组织3个督察组，对18个乡镇和42个县直部门开展法治政府建设专项督察，发现问题37个，已整改完成35个，整改率达到94.6%。`,
		},
		{kind: 'heading', text: '二、深化“放管服”改革，优化法治化营商环境'},
		{
			kind: 'paragraph',
			text: `全面推行政务服务“一网通办”，县级政务服务事项网上可办率达到98.5%，全程网办事项1260项。推动企业开办时间压缩至1个工作日，新增经营主体3.2万余户，同比增长8.4%。清理规范涉企收费项目15项，为企业减轻负担1200余万元。`,
		},
		{
			kind: 'table',
			rows: [
				['指标', '2022年', `${year}年`],
				['全程网办事项（项）', '1105', '1260'],
				['新增经营主体（万户）', '2.9', '3.2'],
				['减轻企业负担（万元）', '980', '1200'],
			],
		},
		{kind: 'heading', text: '三、推进依法科学民主决策'},
		{
			kind: 'paragraph',
			text: `严格落实重大行政决策程序规定，公布年度重大行政决策事项目录8项，全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。县政府法律顾问全年审查合同协议156件，出具法律意见书89份，审查规范性文件21件。`,
		},
		{kind: 'heading', text: '四、严格规范公正文明执法'},
		{
			kind: 'columns',
			paragraphs: [
				`深化综合行政执法改革，整合执法队伍6支，全县持证执法人员达到860人，组织执法人员培训班14期。`,
				`全面推行行政执法三项制度，公示执法信息4.5万条，开展执法案卷评查2次，评查案卷320卷，优秀率达到91%。`,
			],
		},
		{
			kind: 'paragraph',
			text: `在市场监管、生态环境、交通运输等领域推行包容审慎监管，对首次轻微违法行为不予行政处罚案件132件，减免罚款金额286.5万元。`,
		},
		{kind: 'heading', text: '五、依法有效化解社会矛盾纠纷'},
		{
			kind: 'paragraph',
			text: `全年共办理行政复议案件102件，其中受理91件，审结88件，依法纠错11件，纠错率12.5%。行政机关负责人出庭应诉率达到100%。全县各级人民调解组织共调解矛盾纠纷2360件，调解成功率达98%。建成公共法律服务站点215个，提供法律咨询1.35万余人次，办理法律援助案件426件。`,
		},
		{kind: 'heading', text: '六、强化对行政权力的制约和监督'},
		{
			kind: 'paragraph',
			text: `自觉接受人大监督和政协民主监督，全年办理人大代表建议87件、政协委员提案102件，办复率均为100%。全面推进政务公开，主动公开政府信息5400余条，办理政府信息公开申请63件，按期答复率100%。`,
		},
	];
	// Sub-sections until the text fills the pages asked for (the first three pages hold the blocks above).
	for (let k = 0; k < Math.max(0, Math.round((pages - 3) / 0.8)); k++) {
		if (k % 9 === 0)
			blocks.push({kind: 'heading', text: `${numeral(7 + k / 9)}、推进基层依法治理（续${numeral(k / 9 + 1)}）`});
		blocks.push(...extraSubsection(k, year));
	}
	const next = 7 + Math.ceil(Math.max(0, Math.round((pages - 3) / 0.8)) / 9);
	blocks.push(
		{kind: 'heading', text: `${numeral(next)}、存在的问题和下一年度工作安排`},
		{
			kind: 'paragraph',
			text: `${year}年，我县法治政府建设虽然取得了一定成效，但仍存在一些不足：部分乡镇法治力量相对薄弱，基层执法规范化水平有待提高。${year + 1}年，我们将聚焦重点领域和薄弱环节，持续推进法治政府建设，为全县经济社会高质量发展提供坚实法治保障。`,
		},
		{kind: 'publisher', text: `${region}人民政府`},
		{kind: 'publisher', text: `${year + 1}年3月25日`},
	);
	return {region, year, blocks};
}

/** The same report as plain text, one paragraph a line: what each document format is compared with. */
export function officeReportText(report: OfficeReport): string {
	const lines: string[] = [];
	for (const block of report.blocks) {
		if (block.kind === 'columns') lines.push(...block.paragraphs);
		else if (block.kind === 'table') lines.push(...block.rows.map(row => row.join('\t')));
		else lines.push(block.text);
	}
	return `${lines.join('\n')}\n`;
}
