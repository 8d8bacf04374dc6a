/** View 2: the current year's indicators as a table, with a live filter. */
import {Box, Text} from 'ink';
import type {Indicator} from '../../core/types.js';
import {formatIndicatorValue} from '../../render/format.js';
import {inertLine} from '../../render/sanitize.js';
import {truncate} from '../../render/width.js';
import {Table, TABLE_CHROME} from '../components/table.js';
import {windowStart} from '../list-state.js';
import type {State} from '../state.js';

export interface IndicatorsViewProps {
	readonly rows: readonly Indicator[];
	readonly total: number;
	readonly state: State['indicators'];
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
}

const SORT_NAMES = {section: ['section', '章节'], label: ['label', '名称'], value: ['value', '数值']} as const;

/** Rows of the table that fit in `height` lines (one line is the filter bar). */
export const indicatorPage = (height: number) => Math.max(1, height - 1 - TABLE_CHROME);

export function IndicatorsView({rows, total, state, width, height, lang}: IndicatorsViewProps) {
	const zh = lang === 'zh';
	const page = indicatorPage(height);
	const top = windowStart(state.cursor, rows.length, page);
	const visible = rows
		.slice(top, top + page)
		.map(i => ({sec: i.sectionId, label: i.label, value: formatIndicatorValue(i), unit: i.unit}));
	const filter = state.filter;
	const sort = `${SORT_NAMES[state.sort][zh ? 1 : 0]}${state.desc ? ' ↓' : ''}`;
	const bar =
		filter.editing || filter.value
			? `/${filter.value}${filter.editing ? '▏' : ''}  ${rows.length}/${total}`
			: zh
				? `${total} 项指标 · 排序：${sort} · / 筛选`
				: `${total} indicators · sort: ${sort} · / to filter`;
	const empty = zh
		? `没有与“${filter.value}”匹配的指标（Esc 清除筛选）`
		: `no indicator matches "${filter.value}" (Esc clears the filter)`;
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">{truncate(inertLine(bar), width)}</Text>
			{rows.length === 0 ? (
				<Text>{truncate(inertLine(empty), width)}</Text>
			) : (
				<Table
					data={visible}
					columns={['sec', 'label', 'value', 'unit']}
					headings={
						zh
							? {sec: '章节', label: '指标', value: '数值', unit: '单位'}
							: {sec: 'Sec', label: 'Indicator', value: 'Value', unit: 'Unit'}
					}
					align={{value: 'right'}}
					widths={{sec: 4, value: 11, unit: 4, label: Math.max(4, width - 4 - 11 - 4 - 13)}}
					selected={state.cursor - top}
				/>
			)}
		</Box>
	);
}
