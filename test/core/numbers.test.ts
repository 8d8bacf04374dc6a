import {describe, expect, test} from 'vitest';
import {parseChineseNumeral, scaleDecimal} from '../../src/core/numbers.js';
import {findQuantities} from '../../src/core/quantity.js';

describe('parseChineseNumeral', () => {
	test.each([
		['十一', 11],
		['十', 10],
		['二十', 20],
		['二十五', 25],
		['一百零五', 105],
		['三千五百万', 35_000_000],
		['两', 2],
		['九十八', 98],
		['五万', 50_000],
		['一亿二千万', 120_000_000],
		// Digit by digit, and a last digit that is shorthand for the place below its unit.
		['一〇二', 102],
		['三〇〇〇', 3000],
		['二〇二三', 2023],
		['十二万三', 123_000],
		['三百五', 350],
		['两千三', 2300],
		['一亿二', 120_000_000],
		['十二万三千', 123_000],
	])('%s → %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

	test.each(['百', '千', '万', '十四五', '二三', '', '七五'])('%s is not a count', text =>
		expect(parseChineseNumeral(text)).toBeNull(),
	);
});

describe('scaleDecimal', () => {
	test.each([
		['1.35', 4, 13500],
		['2', 4, 20000],
		['200', 4, 2_000_000],
		['32', 4, 320_000],
		['2,700', 0, 2700],
		['99.74', 0, 99.74],
		['１２', 0, 12],
		['0.5', 8, 50_000_000],
		['1.234', 1, 12.34],
	])('%s × 10^%d = %d', (text, exp, value) => expect(scaleDecimal(text, exp)).toBe(value));
});

describe('findQuantities: value, unit and qualifier', () => {
	const one = (text: string) => {
		const found = findQuantities(text);
		expect(found).toHaveLength(1);
		const {value, unit, qualifier, raw} = found[0]!;
		return {value, unit, qualifier, raw};
	};
	test.each([
		['发布信息1.35万余条', {value: 13500, unit: '条', qualifier: '余', raw: '1.35万余条'}],
		['挽回经济损失 200 余万元', {value: 2_000_000, unit: '元', qualifier: '余', raw: '200 余万元'}],
		['发放宣传资料 2 万余册', {value: 20000, unit: '册', qualifier: '余', raw: '2 万余册'}],
		['受理诉求近32万件', {value: 320000, unit: '件', qualifier: '近', raw: '近32万件'}],
		['群众安全感连续十一年排名全省第一', {value: 11, unit: '年', qualifier: null, raw: '十一年'}],
		['调解成功率达百分之九十八', {value: 98, unit: '%', qualifier: null, raw: '百分之九十八'}],
		['调解成功率达 98%', {value: 98, unit: '%', qualifier: null, raw: '98%'}],
		['县乡村三级 2700 多个微信群', {value: 2700, unit: '个', qualifier: '多', raw: '2700 多个'}],
		['累计提供免费法律咨询27875人次', {value: 27875, unit: '人次', qualifier: null, raw: '27875人次'}],
		['开展讲座 300 余场次', {value: 300, unit: '场次', qualifier: '余', raw: '300 余场次'}],
		['审结案件约150件', {value: 150, unit: '件', qualifier: '约', raw: '约150件'}],
		['培训超过5000人', {value: 5000, unit: '人', qualifier: '超', raw: '超过5000人'}],
		['共计办理案件1,200件', {value: 1200, unit: '件', qualifier: null, raw: '1,200件'}],
		['同比上升3个百分点', {value: 3, unit: '个百分点', qualifier: null, raw: '3个百分点'}],
		['设立企业的时间压缩至2个工作日', {value: 2, unit: '个工作日', qualifier: null, raw: '2个工作日'}],
		['累计创建1003个（次）', {value: 1003, unit: '个（次）', qualifier: null, raw: '1003个（次）'}],
		['聚焦六项重点任务', {value: 6, unit: '项', qualifier: null, raw: '六项'}],
	])('%s', (text, expected) => expect(one(text)).toEqual(expected));

	test('达/共/累计 are not qualifiers', () => {
		for (const text of ['调解率达到54%', '共办理建议439件', '累计建立7个工作站']) {
			expect(findQuantities(text)[0]!.qualifier).toBeNull();
		}
	});
});

describe('findQuantities: what is not a figure', () => {
	test.each([
		'省委十二届二次全会和市委八届二次、六次全会',
		'主动融入三个“一号工程”',
		'“学述考用”四位一体法治能力培养体系',
		'2023年，晋城市荣获称号',
		'2023 年 8 月，晋城市荣获“全省法治政府建设示范市”',
		'《法治政府建设实施纲要（2021-2025 年）》',
		'打造“12345”政务服务“民心线”',
		'持续优化政府“13710”督办功能',
		'全面推行微信普法“1+4+1”模式',
		'将学习作为“八五”普法首要任务',
		'深化“万所联万会”工作机制',
		'印发《晋城市行政许可事项清单（2023版）》',
		'第四届（2023）政务服务软实力',
		'履行第一责任人职责',
		'已全部一审结案',
		'开展“赋强公证”一站式服务',
		'通过一周一调度、一月一总结',
		'与全市发展大局统筹谋划、一体推进',
		'全面贯彻落实党的二十大精神',
		'做优做强“一件事一次办”集成服务',
		'积极开展普法百场法治文艺演出活动',
		'坚决做到两个维护',
		'近三年来持续推进',
		'在2022年版行政许可清单基础上',
		'推动“十四五”规划落实',
		'分赴6县（市、区）开展督察',
		// Past 2^53 a number is a code or an attack, not a figure (and never Infinity downstream).
		`编号${'9'.repeat(400)}件`,
		'办理案件9007199254740993件',
	])('%s', text => expect(findQuantities(text)).toEqual([]));

	test('digit-by-digit Chinese numerals are read whole', () => {
		expect(findQuantities('办理案件一〇二件，调解三〇〇〇次').map(q => q.value)).toEqual([102, 3000]);
	});
});
