/** The publication date a page's metadata or chrome gives (synthetic pages). */
import {describe, expect, test} from 'vitest';
import {publishedInHtml, publishedInText} from '../../src/core/published.js';

describe('publication dates', () => {
	test("a web page's PubDate (the government site standard) or another published-time meta", () => {
		expect(publishedInHtml('<meta name="PubDate" content="2024-03-28 10:20">', '')).toBe('2024-03-28');
		expect(publishedInHtml('<meta property="article:published_time" content="2024-3-8T09:00:00+08:00">', '')).toBe(
			'2024-03-08',
		);
	});
	test('a labelled date in the chrome before the report, in any of the forms portals write', () => {
		expect(publishedInText('某某县人民政府\n发布日期：2024-03-28 浏览次数：\n一、总体情况\n')).toBe('2024-03-28');
		expect(publishedInText('发布时间：2024年3月8日\n')).toBe('2024-03-08');
		expect(publishedInText('来源：县司法局 时间: 2024/04/01\n')).toBe('2024-04-01');
		expect(publishedInHtml('<div class="pubtime">发文日期：2024.03.29</div><p>正文</p>', '正文')).toBe('2024-03-29');
	});
	test('never a bare date, a date inside the report, or an impossible one', () => {
		expect(publishedInText('2024年3月25日\n')).toBeNull();
		expect(publishedInText('一、总体情况\n时间：2024年3月1日召开会议\n')).toBeNull();
		expect(publishedInText('发布日期：2024-13-01\n')).toBeNull();
		expect(publishedInHtml('<meta name="PubDate" content="soon">', '')).toBeNull();
	});
});
