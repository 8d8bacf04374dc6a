/** Indicator output shared by `indicators`, `show` and `export`: table, CSV/TSV rows, JSON. */
import type {Indicator} from '../core/types.js';
import {formatIndicatorValue} from './format.js';
import type {Column} from './table.js';

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
	const zh = lang === 'zh';
	return [
		{header: zh ? '章节' : 'Sec', value: i => i.sectionId},
		{header: zh ? '指标' : 'Indicator', value: i => i.label, flexible: true},
		{header: zh ? '数值' : 'Value', value: formatIndicatorValue, align: 'right'},
		{header: zh ? '单位' : 'Unit', value: i => i.unit},
	];
}
