/**
 * Column headings, once for every table jcfz draws: the CLI's tables, Markdown exports and the explorer's tables
 * say the same thing in the same words.
 */
import {say} from '../core/said.js';

const HEADINGS = {
	sec: ['Sec', '章节'],
	section: ['Section', '章节'],
	indicator: ['Indicator', '指标'],
	indicators: ['Indicators', '指标'],
	value: ['Value', '数值'],
	unit: ['Unit', '单位'],
	sentence: ['Sentence', '来源句'],
	region: ['Region', '地区'],
	year: ['Year', '年份'],
	sections: ['Sections', '章节'],
	title: ['Title', '标题'],
	published: ['Published', '发布日期'],
	rank: ['Rank', '名次'],
	within: ['Within', '上级'],
	labelThatYear: ['Label that year', '当年名称'],
	delta: ['Δ', 'Δ'],
	backup: ['Backup', '备份'],
	when: ['When', '时间'],
	why: ['Why', '原因'],
	outcome: ['Outcome', '结果'],
	inputs: ['Inputs', '个数'],
	pct: ['Δ%', 'Δ%'],
} as const;

export type HeadingKey = keyof typeof HEADINGS;

/** A section's title as a reader of that language sees it: the introduction (id 0, 导语) is "Introduction" in English. */
export function sectionTitleIn(id: string, title: string, lang: 'en' | 'zh'): string {
	return id === '0' && lang === 'en' ? 'Introduction' : title;
}

export function heading(key: HeadingKey, lang: 'en' | 'zh'): string {
	return say(HEADINGS[key], lang);
}
