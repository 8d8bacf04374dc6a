/**
 * The Regions screen: one measure across every stored government for a year — rank, region, the divisions above
 * it, value, change from the year before and a sparkline of its years — with the measure above and a legend below.
 */
import {Box, Text} from 'ink';
import {inertLine} from '../../core/inert.js';
import {formatChange, formatIndicatorValue} from '../../render/format.js';
import {heading} from '../../render/headings.js';
import type {Theme} from '../../render/theme.js';
import {truncate, width as displayWidth} from '../../render/width.js';
import {Table, TABLE_CHROME} from '../components/table.js';
import {type RegionLine, type RegionsData, regionSparkline} from './model.js';
import type {RegionsState} from './state.js';
import {say} from '../../core/said.js';

/** Table rows that fit: the body less the measure line, the legend and the table's borders. */
export const regionsPage = (height: number) => Math.max(1, height - 2 - TABLE_CHROME);

const LEVEL_NAMES = {
	all: ['all levels', '全部级别'],
	province: ['provinces', '省级'],
	city: ['cities', '市级'],
	county: ['counties', '县级'],
} as const;

export interface RegionsViewProps {
	/** null while the shell loads it. */
	readonly data: RegionsData | null;
	readonly lines: readonly RegionLine[];
	readonly top: number;
	readonly state: RegionsState;
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
	readonly colors: Theme;
	readonly isColor: boolean;
}

export function RegionsView(props: RegionsViewProps) {
	const {data, lines, top, state, width, height, lang, colors, isColor} = props;
	if (!data)
		return (
			<Box height={height}>
				<Text>{say(['reading every region’s figures…', '正在读取各地区的数字…'], lang)}</Text>
			</Box>
		);
	const m = data.measure;
	const filter =
		state.filter.value || state.filter.editing ? ` · /${state.filter.value}${state.filter.editing ? '▏' : ''}` : '';
	const level = say(LEVEL_NAMES[state.level], lang);
	const head = say(
		[
			`${m.name} (${m.unit}) [${m.id}] · ${state.year} · ${lines.length} ${lines.length === 1 ? 'region' : 'regions'} · ${level} · sort ${state.sort}${filter}`,
			`${m.name}（${m.unit}）[${m.id}] · ${state.year} 年 · ${lines.length} 个地区 · ${level} · 排序：${state.sort === 'value' ? '数值' : '变化'}${filter}`,
		],
		lang,
	);
	const showSpark = width >= 80 && data.years.length > 1;
	const showParents = width >= 70;
	const cells = (l: RegionLine) => ({
		rank: String(l.rank),
		region: l.row.region,
		parents: l.row.parents,
		value: formatIndicatorValue(l.figure),
		change: l.change === null ? '' : formatChange(l.change, l.figure.qualifier !== null),
		spark: regionSparkline(l.row),
	});
	const all = lines.map(cells);
	const columns = [
		'rank',
		'region',
		...(showParents ? (['parents'] as const) : []),
		'value',
		'change',
		...(showSpark ? (['spark'] as const) : []),
	] as const;
	const page = regionsPage(height);
	// Columns as wide as their widest cell over all rows (and their heading), so that they do not jump on scrolling.
	const widest = (key: 'rank' | 'region' | 'value' | 'change' | 'spark', title: string) =>
		Math.max(displayWidth(title), ...all.map(c => displayWidth(c[key])));
	const legend = say(
		[
			`rank by the ${state.year} value · Δ: from the year before · trend: ${data.years[0]}–${data.years[data.years.length - 1]} · in ${m.reports} reports`,
			`排名按 ${state.year} 年数值 · Δ：较上年 · 走势：${data.years[0]}–${data.years[data.years.length - 1]} · ${m.reports} 份报告共有`,
		],
		lang,
	);
	const rowStyle = (_: unknown, k: number) => {
		const c = lines[top + k]?.change ?? null;
		return {color: isColor && c ? (c > 0 ? colors.up : colors.down) : undefined};
	};
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">{truncate(inertLine(head), width)}</Text>
			{lines.length === 0 ? (
				<Box height={height - 2}>
					<Text>
						{say(
							[
								`no region has it in ${state.year} ([ ] another year, l another level, Esc clears the filter)`,
								`${state.year} 年没有地区有该指标（[ ] 换年份，l 换级别，Esc 清除筛选）`,
							],
							lang,
						)}
					</Text>
				</Box>
			) : (
				<Box height={page + TABLE_CHROME} flexDirection="column">
					<Table
						data={all.slice(top, top + page)}
						columns={[...columns]}
						headings={{
							rank: heading('rank', lang),
							region: heading('region', lang),
							parents: heading('within', lang),
							value: `${heading('value', lang)} (${m.unit})`,
							change: heading('delta', lang),
							spark: say(['trend', '走势'], lang),
						}}
						align={{rank: 'right', value: 'right', change: 'right'}}
						widths={{
							rank: widest('rank', heading('rank', lang)),
							region: widest('region', heading('region', lang)),
							value: widest('value', `${heading('value', lang)} (${m.unit})`),
							change: widest('change', heading('delta', lang)),
							spark: widest('spark', say(['trend', '走势'], lang)),
						}}
						maxWidth={width}
						flexible={showParents ? 'parents' : 'region'}
						selected={state.cursor - top}
						rowStyle={rowStyle}
					/>
				</Box>
			)}
			<Text dimColor wrap="truncate-end">
				{truncate(legend, width)}
			</Text>
		</Box>
	);
}
