import {describe, expect, test} from 'vitest';
import {alignIndicators, DEFAULT_MIN_SCORE, pairScore, SURE_SCORE, unitKind} from '../../src/core/diff/align.js';
import {analyze} from '../../src/core/analyze.js';
import {diffIndicators, diffReports, summarize} from '../../src/core/diff/diff.js';
import type {Indicator} from '../../src/core/types.js';
import {SEED, SYNTHETIC_2022, loadReport} from '../helpers.js';

const a = loadReport(SYNTHETIC_2022);
const b = loadReport(SEED);

/**
 * The pairs a careful reader makes between the synthetic 2022 report and the real 2023 one, by label
 * (2022 label → 2023 label). Reworded ones included: 研究法治议题 → 研究审议法治议题, 群众满意率 → 群众回访满意率.
 */
const GOLD: readonly (readonly [string, string])[] = [
	['市政府常务会研究法治议题', '研究审议法治议题'],
	['作出批示', '作出批示'],
	['党政部门', '党政部门'],
	['工作任务', '工作任务'],
	['阶段性成效率', '阶段性成效率'],
	['督察组', '督察组'],
	['市直部门', '市直部门'],
	['市直部门主要负责人', '市直部门主要负责人'],
	['新增行政许可事项', '新增行政许可事项'],
	['在线办理事项', '在线办理事项'],
	['市级涉企政策清单', '市级涉企政策清单'],
	['法治讲座', '法治讲座'],
	['法律服务', '法律服务'],
	['经济损失', '经济损失'],
	['通过行政执法资格考试', '符合申领行政执法证条件且通过考试'],
	['行政执法人员专题培训', '线上行政执法人员专题培训'],
	['行政检查', '行政检查'],
	['行政处罚', '行政处罚'],
	['行政强制', '行政强制'],
	['《局长讲法》电视栏目', '《局长讲法》电视栏目'],
	['宣传资料', '宣传资料'],
	['农村法律明白人', '农村法律明白人'],
	['调解员', '调解员'],
	['矛盾纠纷', '矛盾纠纷'],
	['调解成功率', '调解成功率'],
	['群众安全感连续排名全省第一', '群众安全感连续排名全省第一'],
	['行政复议案件', '行政复议案件'],
	['行政应诉案件', '行政应诉案件'],
	['免费法律咨询', '免费法律咨询'],
	['公证机构办理公证', '公证机构办理公证'],
	['法律援助案件', '法律援助案件'],
	['政府信息公开申请', '政府信息公开申请'],
	['办结政府信息公开申请', '办结政府信息公开申请'],
	['主动公开信息', '主动公开信息'],
	['受理12345热线群众诉求', '受理企业以及群众诉求'],
	['12345热线群众诉求办结率', '企业以及群众诉求办结率'],
	['群众满意率', '群众回访满意率'],
];

describe('alignment of reworded reports', () => {
	const pairs = alignIndicators(a.indicators, b.indicators);
	const found = pairs.map(p => `${a.indicators[p.from]!.label}→${b.indicators[p.to]!.label}`);
	const gold = new Set(GOLD.map(([x, y]) => `${x}→${y}`));
	const correct = found.filter(f => gold.has(f)).length;

	test('precision ≥ 0.95 and recall ≥ 0.9 against the known pairs', () => {
		const precision = correct / found.length;
		const recall = correct / gold.size;
		// Measured: 36 pairs found, all correct, of 37 known → precision 1.00, recall 0.973.
		expect({found: found.length, correct, gold: gold.size}).toEqual({found: 36, correct: 36, gold: 37});
		expect(precision).toBeGreaterThanOrEqual(0.95);
		expect(recall).toBeGreaterThanOrEqual(0.9);
	});

	test('reworded labels still pair', () => {
		expect(found).toContain('市政府常务会研究法治议题→研究审议法治议题');
		expect(found).toContain('群众满意率→群众回访满意率');
		expect(found).toContain('受理12345热线群众诉求→受理企业以及群众诉求');
	});

	test('nothing pairs twice, and units never mix', () => {
		expect(new Set(pairs.map(p => p.from)).size).toBe(pairs.length);
		expect(new Set(pairs.map(p => p.to)).size).toBe(pairs.length);
		for (const p of pairs) expect(unitKind(a.indicators[p.from]!.unit)).toBe(unitKind(b.indicators[p.to]!.unit));
	});
});

const make = (
	label: string,
	value: number,
	unit: string,
	qualifier: Indicator['qualifier'] = null,
	year = 2022,
): Indicator => ({
	id: `x-${year}:1:${label}`,
	region: '测试市',
	year,
	sectionId: '1',
	sectionTitle: '测试',
	label,
	value,
	unit,
	qualifier,
	raw: `${value}${unit}`,
	sentence: `${label}${value}${unit}。`,
	offset: 0,
});

describe('pairing rules', () => {
	test('a 件 count never pairs with a 次 count or a percentage', () => {
		const rows = diffIndicators(
			[make('行政复议案件', 87, '件')],
			[make('行政复议案件', 102, '次', null, 2023), make('行政复议案件', 95, '%', null, 2023)],
		);
		// A removed row with no paired neighbour before it goes first.
		expect(rows.map(r => r.status)).toEqual(['removed', 'added', 'added']);
	});

	test('人 and 名 are the same kind of count', () => {
		const rows = diffIndicators([make('调解员', 5000, '人')], [make('调解员', 6000, '名', '余', 2023)]);
		expect(rows.map(r => [r.status, r.delta, r.approximate])).toEqual([['changed', 1000, true]]);
	});

	test('exact JSON of a small diff', () => {
		const from = [make('行政复议案件', 87, '件'), make('调解成功率', 97.5, '%'), make('法治讲座', 70, '次', '余')];
		const to = [
			make('行政复议案件', 102, '件', null, 2023),
			make('调解成功率', 97.5, '%', null, 2023),
			make('公证', 4915, '件', null, 2023),
		];
		const rows = diffIndicators(from, to).map(r => ({...r, from: r.from?.value ?? null, to: r.to?.value ?? null}));
		expect(rows).toEqual([
			{
				status: 'changed',
				label: '行政复议案件',
				unit: '件',
				from: 87,
				to: 102,
				delta: 15,
				pct: 17.2,
				approximate: false,
				score: 1,
				unitChanged: false,
				doubt: null,
			},
			{
				status: 'unchanged',
				label: '调解成功率',
				unit: '%',
				from: 97.5,
				to: 97.5,
				delta: 0,
				pct: 0,
				approximate: false,
				score: 1,
				unitChanged: false,
				doubt: null,
			},
			{
				status: 'removed',
				label: '法治讲座',
				unit: '次',
				from: 70,
				to: null,
				delta: null,
				pct: null,
				approximate: true,
				score: null,
				unitChanged: false,
				doubt: null,
			},
			{
				status: 'added',
				label: '公证',
				unit: '件',
				from: null,
				to: 4915,
				delta: null,
				pct: null,
				approximate: false,
				score: null,
				unitChanged: false,
				doubt: null,
			},
		]);
	});

	test('a count whose unit changed pairs when its label is nearly the same, flagged and without a delta', () => {
		const rows = diffIndicators(
			[make('研究审议法治议题', 20, '个', '余')],
			[make('研究审议法治议题', 40, '项', '余', 2023)],
		);
		expect(rows.map(r => [r.status, r.unit, r.delta, r.pct, r.unitChanged, r.doubt])).toEqual([
			['uncertain', '个→项', null, null, true, 'unit'],
		]);
		// Counted otherwise, it must still be the same thing: 项目 (个) is not 咨询 (件), though both are 重点项目's.
		expect(
			diffIndicators([make('确定重点项目', 12, '个')], [make('确定重点项目咨询', 30, '件', null, 2023)]).map(
				r => r.status,
			),
		).toEqual(['removed', 'added']);
		// Not a percentage into a count, and not two different things.
		expect(
			diffIndicators([make('办结率', 98, '%')], [make('办结率', 98, '件', null, 2023)]).map(r => r.status),
		).toEqual(['removed', 'added']);
		expect(
			diffIndicators([make('行政复议案件', 20, '个')], [make('政府规章', 20, '项', null, 2023)]).map(r => r.status),
		).toEqual(['removed', 'added']);
	});

	test('labels compare across scripts, renamings and abbreviations; a verb still tells measures apart', () => {
		const pair = (x: string, y: string, unit = '次') =>
			diffIndicators([make(x, 2, unit)], [make(y, 3, unit, null, 2023)]).length === 1;
		expect(pair('會前法制講座', '法治讲座')).toBe(true);
		expect(pair('“一门”率', '一门进驻率', '%')).toBe(true);
		expect(pair('市政府常务会议学法', '市政府常务会议集体学习法律法规')).toBe(true);
		expect(pair('清理规范性文件', '废止规范性文件', '件')).toBe(false);
		expect(pair('一窗办理率', '一门进驻率', '%')).toBe(false);
	});
});

describe('figures that agree in their words but not in their scope (sentences written for this test)', () => {
	const paired = (x: string, y: string) => {
		const from = analyze(`一、主要工作\n${x}\n`, {region: '甲省', year: 2021}).indicators;
		const to = analyze(`一、主要工作\n${y}\n`, {region: '甲省', year: 2022}).indicators;
		return diffIndicators(from, to)
			.filter(r => r.from && r.to)
			.map(r => `${r.from!.value}→${r.to!.value}`);
	};
	test('what the province confers is not what it nominates upward (命名 / 推荐申报)', () => {
		expect(paired('我省命名6个法治政府建设示范项目。', '推荐申报7个全国法治政府建设示范项目。')).toEqual([]);
		expect(paired('我省命名6个法治政府建设示范项目。', '我省命名7个法治政府建设示范项目。')).toEqual(['6→7']);
	});
	test("a national round is not the province's own (全国 / 我省)", () => {
		expect(paired('全国示范创建中获评示范地区3个。', '我省评选示范地区9个。')).toEqual([]);
	});
	test("a running total is not a year's count, unless the sentence names the year (累计)", () => {
		expect(paired('“告知承诺”累计办件量达16.1万余件。', '集成场景共产生办件量32万余件。')).toEqual([]);
		expect(paired('受理群众诉求近28万件。', '2022年，累计受理群众诉求近32万件。')).toEqual(['280000→320000']);
	});
	test("a total of two bodies is not one body's (省委、省政府 / 省委 alone), the same bodies pair", () => {
		expect(paired('省委、省政府听取法治政府建设工作汇报6次。', '省委听取法治政府建设工作汇报4次。')).toEqual([]);
		expect(paired('省委常委会听取法治政府建设工作汇报6次。', '省政府常务会议听取法治政府建设工作汇报4次。')).toEqual(
			[],
		);
		expect(
			paired('省政府常务会议听取法治政府建设工作汇报6次。', '省政府常务会议听取法治政府建设工作汇报4次。'),
		).toEqual(['6→4']);
	});
	test('labels that name different members of one set never pair (刑事 / 民事, 省级 / 市级)', () => {
		expect(paired('办理刑事法律援助案件620件。', '办理民事法律援助案件1300件。')).toEqual([]);
		expect(paired('命名省级示范项目2个。', '命名市级示范项目6个。')).toEqual([]);
		expect(paired('命名市级示范项目5个。', '命名市级示范项目6个。')).toEqual(['5→6']);
		// A rise is not a fall: 12 → 5 would read as a smaller rise.
		expect(paired('行政复议案件80件，同比增长12%。', '行政复议案件76件，同比下降5%。')).toEqual(['80→76']);
		expect(paired('行政复议案件80件，同比增长12%。', '行政复议案件95件，同比增加18%。')).toEqual(['80→95', '12→18']);
	});
	test('what is new this year is not what stands in all (新建 / 累计建成), the same kind pairs', () => {
		expect(paired('累计建成公共法律服务站点420个。', '新建公共法律服务站点36个。')).toEqual([]);
		expect(paired('新建公共法律服务站点30个。', '新建公共法律服务站点36个。')).toEqual(['30→36']);
	});
	test('what is filed upward is not what is received and reviewed (报送备案 / 审查…报送备案的)', () => {
		expect(paired('向省人大常委会报送备案规范性文件12件。', '审查各市报送备案的规范性文件15件。')).toEqual([]);
		expect(paired('审查各市报送备案的规范性文件12件。', '审查各市报送备案的规范性文件15件。')).toEqual(['12→15']);
	});
});

describe('pairs that are only plausible (status "uncertain")', () => {
	test('a pair under the sure score is shown with both figures, no delta, and counted apart', () => {
		// Reworded labels, different sentences and sections: alike enough to pair, not enough to be sure.
		const rows = diffIndicators(
			[
				{
					...make('全区领导干部依法行政专题培训研讨班', 2, '期'),
					sentence: '全年举办全区领导干部依法行政专题培训研讨班2期。',
					sectionTitle: '强化学法用法',
				},
			],
			[
				{
					...make('依法行政专题培训班', 3, '期', null, 2023),
					sentence: '围绕优化营商环境，分领域举办依法行政专题培训班3期，覆盖各部门。',
					sectionTitle: '提升行政执法能力',
				},
			],
		);
		expect(rows.map(r => [r.status, r.from?.value, r.to?.value, r.delta, r.pct, r.doubt])).toEqual([
			['uncertain', 2, 3, null, null, 'weak'],
		]);
		expect(rows[0]!.score).toBeLessThan(SURE_SCORE);
		expect(summarize(rows)).toEqual({changed: 0, unchanged: 0, uncertain: 1, added: 0, removed: 0});
	});
	test('a sure pair is a change with its delta', () => {
		const rows = diffIndicators([make('法治讲座', 2, '次')], [make('法治讲座', 5, '次', null, 2023)]);
		expect(rows.map(r => [r.status, r.delta, r.pct, r.doubt])).toEqual([['changed', 3, 150, null]]);
	});
});

describe('pairing on reworded real-report phrasing (sentences written for this test)', () => {
	const before = analyze(
		'一、主要工作\n市长5次主持召开市政府党组会议、市政府常务会议、市长办公会议，研究法治政府建设重大问题。' +
			'制定重点举措30条。900余个事项进驻市政务服务中心。',
		{region: '甲市', year: 2021},
	).indicators;
	const after = analyze(
		'一、主要工作\n市长7次主持市政府常务会议研究行政立法等议题12项。制定加强法治宣传教育落实举措8条。' +
			'45家单位1200个服务事项进驻市级大厅，1000余项事项实现全程网办。',
		{region: '甲市', year: 2022},
	).indicators;
	const pairs = diffIndicators(before, after)
		.filter(r => r.status !== 'added' && r.status !== 'removed')
		.map(r => `${r.from!.value}→${r.to!.value}`);

	test('a label cut from a list still pairs with what the list held (主持召开…党组会议、…常务会议 / 主持…常务会议)', () => {
		expect(pairs).toContain('5→7');
	});
	test('the same measure verb and head noun pair although the modifier is reworded (制定…举措)', () => {
		expect(pairs).toContain('30→8');
	});
	test('"N个事项进驻…" counts 事项: it pairs with the other year\'s 事项 that moved in, not with another 事项 count', () => {
		expect(pairs).toContain('900→1200');
		expect(pairs).not.toContain('900→1000');
		expect(pairs).toHaveLength(3);
	});
	test('a division written as its own counter pairs with the same count of it, not with another thing done to', () => {
		const inspected = (text: string, year: number) =>
			analyze(`一、主要工作\n${text}`, {region: '甲省', year}).indicators;
		const rows = diffIndicators(
			inspected('组织对3个市州和5个省直部门开展了法治政府建设实地督察。', 2021),
			inspected('对3市5县7个省直单位开展实地法治督察。', 2023),
		).map(
			r => `${r.status} ${r.from?.label ?? '—'} ${r.from?.value ?? ''} → ${r.to?.label ?? '—'} ${r.to?.value ?? ''}`,
		);
		expect(rows).toContain('unchanged 市州督察 3 → 市督察 3');
		expect(rows.filter(r => r.startsWith('removed') || r.startsWith('added'))).toHaveLength(3);
	});
	test('kinds of legal matter never stand for one another, however alike the other words', () => {
		const pair = (x: string, y: string) =>
			diffIndicators([make(x, 2, '件')], [make(y, 3, '件', null, 2023)]).length === 1;
		expect(pair('受理行政复议案件', '受理行政诉讼案件')).toBe(false);
		expect(pair('办结行政复议案件', '办结信访案件')).toBe(false);
		expect(pair('受理行政复议申请', '受理行政复议案件')).toBe(true);
	});
});

describe('section-level diff', () => {
	const {sections, summary} = diffReports(a, b);
	test('renamed sections match, new and dropped ones are reported', () => {
		const matched = sections.matched.map(m => `${m.from.title}→${m.to.title}`);
		expect(matched).toContain('压实法治建设主体责任→夯实法治建设主体责任');
		// Reworded titles match through the figures the two sections share.
		expect(matched).toContain('推进政务公开→坚持标准化政务公开，加强行政权力制约和监督');
		expect(matched).toContain('推进“八五”普法→持续深化普法宣传教育');
		expect(sections.matched).toHaveLength(15);
		expect(matched).toContain('严格规范公正文明执法→健全行政执法工作体系，全面推进严格规范公正文明执法');
		expect(sections.added.map(s => s.title)).toContain('高质量开展行政立法');
		expect(sections.removed.map(s => s.title)).toContain('2023年工作打算');
	});
	test('summary counts', () => {
		expect(summary).toEqual({changed: 36, unchanged: 0, uncertain: 0, added: 60, removed: 2});
	});
});

describe('alignment across the synthetic corpus', () => {
	test('consecutive years of 20 invented regions: the pairs known by construction are found, none wrong', async () => {
		const {syntheticReport} = await import('../../bin/synthetic/corpus.mjs');
		const {parseReport} = await import('../../src/core/parse.js');
		const {extractIndicators} = await import('../../src/core/extract.js');
		// The corpus shuffles sub-sections and rewords labels but keeps sub-section titles, so "the k-th figure of
		// sub-section T" identifies the same fact in both years.
		const keys = (inds: readonly Indicator[]) => {
			const seen = new Map<string, number>();
			return inds.map(i => {
				const n = (seen.get(i.sectionTitle) ?? 0) + 1;
				seen.set(i.sectionTitle, n);
				return `${i.sectionTitle}#${n}`;
			});
		};
		let found = 0;
		let correct = 0;
		let known = 0;
		for (let region = 0; region < 20; region++) {
			const a = extractIndicators(parseReport(syntheticReport(region, 2021).text).report);
			const b = extractIndicators(parseReport(syntheticReport(region, 2022).text).report);
			const [ka, kb] = [keys(a), keys(b)];
			known += ka.filter(k => kb.includes(k)).length;
			const pairs = alignIndicators(a, b);
			found += pairs.length;
			correct += pairs.filter(p => ka[p.from] === kb[p.to]).length;
		}
		// Measured: 1920 found, 1920 correct, 1920 known.
		expect(correct / found).toBeGreaterThanOrEqual(0.95);
		expect(correct / known).toBeGreaterThanOrEqual(0.9);
		expect(known).toBe(1920);
	});
});

describe('only pairs that share a character pair are scored', () => {
	test("labels that share nothing, one found in the other figure's clause: paired both ways (sentences written for this test)", () => {
		const lecture = {...make('讲座', 12, '场'), raw: '12场', sentence: '举办讲座12场，开展普法宣传。'};
		const training = {
			...make('培训活动', 15, '场', null, 2023),
			raw: '15场',
			sentence: '举办讲座培训活动15场，开展普法宣传。',
		};
		for (const [from, to] of [
			[lecture, training],
			[training, lecture],
		] as const) {
			const score = pairScore(from, to);
			expect(score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
			expect(alignIndicators([from], [to])).toEqual([
				{from: 0, to: 0, score, unitChanged: false, doubt: score < SURE_SCORE ? 'weak' : null},
			]);
		}
	});

	test('the same pairs as scoring every pair (greedy over all scores, written out here), on the seed and a synthetic year', () => {
		const seed = loadReport(SEED).indicators;
		const other = loadReport(SYNTHETIC_2022).indicators;
		for (const [from, to] of [
			[seed, other],
			[other, seed],
		] as const) {
			const all: {from: number; to: number; score: number}[] = [];
			for (const [i, a] of from.entries())
				for (const [j, b] of to.entries()) {
					const score = pairScore(a, b);
					if (score >= DEFAULT_MIN_SCORE) all.push({from: i, to: j, score});
				}
			all.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
			const [usedFrom, usedTo] = [new Set<number>(), new Set<number>()];
			const expected = all.filter(c => {
				if (usedFrom.has(c.from) || usedTo.has(c.to)) return false;
				usedFrom.add(c.from);
				usedTo.add(c.to);
				return true;
			});
			expect(expected.length).toBeGreaterThan(20);
			expect(alignIndicators(from, to).map(({from, to, score}) => ({from, to, score}))).toEqual(expected);
		}
	});
});
