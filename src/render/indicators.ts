/** Indicator output shared by `indicators`, `show` and `export`: table, CSV/TSV rows, JSON. */
import {heading} from './headings.js';
import type {Indicator} from '../core/types.js';
import {formatIndicatorValue} from './format.js';
import {inertLine} from '../core/inert.js';
import type {Column} from './table.js';
import {say} from '../core/said.js';

export const INDICATOR_FIELDS = [
	'id',
	'region',
	'year',
	'sectionId',
	'sectionTitle',
	'label',
	'value',
	'unit',
	'qualifier',
	'raw',
	'sentence',
	'offset',
] as const;

export function indicatorRecord(i: Indicator): (string | number | null)[] {
	return INDICATOR_FIELDS.map(f => i[f]);
}

/** The JSON contract: exactly the Indicator field names, in this order. */
export function indicatorJson(i: Indicator): Record<string, unknown> {
	return Object.fromEntries(INDICATOR_FIELDS.map(f => [f, i[f]]));
}

export function indicatorColumns(lang: 'zh' | 'en'): Column<Indicator>[] {
	return [
		{header: heading('sec', lang), value: i => i.sectionId},
		{header: heading('indicator', lang), value: i => i.label, flexible: true},
		{header: heading('value', lang), value: formatIndicatorValue, align: 'right'},
		{header: heading('unit', lang), value: i => i.unit},
	];
}

/** A Markdown table of indicators (year, region, section, label, value, unit), headed in the user's language. */
export function indicatorsMarkdown(rows: readonly Indicator[], lang: 'zh' | 'en'): string {
	const cell = (s: string) => inertLine(s).replace(/\|/g, '\\|');
	const head = say(
		['| Year | Region | Section | Indicator | Value | Unit |', '| 年份 | 地区 | 章节 | 指标 | 数值 | 单位 |'],
		lang,
	);
	const lines = [head, '|---|---|---|---|---:|---|'];
	for (const i of rows)
		lines.push(
			`| ${i.year} | ${cell(i.region)} | ${i.sectionId} | ${cell(i.label)} | ${formatIndicatorValue(i)} | ${cell(i.unit)} |`,
		);
	return `${lines.join('\n')}\n`;
}
