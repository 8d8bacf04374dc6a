/**
 * The Diff screen: two years side by side — rows grouped under their sections, both labels of a reworded pair,
 * Δ, Δ% and a bar that grows with the size of the change — with the summary above and a legend below.
 */
import {heading} from '../../render/headings.js';
import {Box, Text} from 'ink';
import type {DiffRow, DiffSummary} from '../../core/diff/diff.js';
import {maxOf} from '../../core/arrays.js';
import {formatDelta, formatPct} from '../../render/diff.js';
import {inertLine} from '../../core/inert.js';
import type {Theme} from '../../render/theme.js';
import {truncate, width as displayWidth} from '../../render/width.js';
import {Table, TABLE_CHROME} from '../components/table.js';
import {valueAsWritten} from '../indicators/model.js';
import {changeBar, type DisplayRow, rowLabel} from './model.js';
import type {DiffSort, DiffState, StatusFilter} from './state.js';
import {say} from '../../core/said.js';

const STATUS_NAMES: Readonly<Record<StatusFilter, readonly [string, string]>> = {
	all: ['all', '全部'],
	changed: ['changed', '变化'],
	added: ['added', '新增'],
	removed: ['removed', '消失'],
	unchanged: ['unchanged', '持平'],
	uncertain: ['uncertain', '存疑'],
};
const SORT_NAMES: Readonly<Record<DiffSort, readonly [string, string]>> = {
	section: ['section', '章节'],
	delta: ['|Δ|', '|Δ|'],
	pct: ['|Δ%|', '|Δ%|'],
	label: ['label', '名称'],
};

/** Table rows that fit: the body less the summary line, the legend and the table's borders. */
export const diffPage = (height: number) => Math.max(1, height - 2 - TABLE_CHROME);
export const BAR_CELLS = 6;

export interface DiffViewProps {
	readonly region: string;
	/** The two years compared, or null when the store has one year of this region. */
	readonly years: readonly [number, number] | null;
	readonly rows: readonly DiffRow[];
	readonly display: readonly DisplayRow[];
	/** Index into `display` of the first line on screen. */
	readonly top: number;
	readonly summary: DiffSummary | null;
	readonly state: DiffState;
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
	readonly colors: Theme;
	readonly isColor: boolean;
}

export function DiffView(props: DiffViewProps) {
	const {region, years, rows, display, top, summary, state, width, height, lang, colors, isColor} = props;
	if (!years || !summary) {
		const message = say(
			[
				[
					`The store has one year of ${region}: nothing to compare yet.`,
					'Import another year: jcfz import report.txt',
					'p opens another report',
				],
				[`${region} 只有一个年份的报告，无法对比。`, '导入另一年的报告：jcfz import 报告文件.txt', 'p 打开其他报告'],
			],
			lang,
		);
		return (
			<Box flexDirection="column" height={height}>
				{message.map(m => (
					<Text key={m}>{truncate(inertLine(m), width)}</Text>
				))}
			</Box>
		);
	}
	const [a, b] = years;
	const page = diffPage(height);
	// Columns that fit: the bar from 90 columns, the unit and Δ% from 72; below that the unit goes with the figures.
	const showBar = width >= 90;
	const showUnit = width >= 72;
	const value = (r: DiffRow, side: 'from' | 'to') => {
		const i = r[side];
		return i ? valueAsWritten(i) + (showUnit ? '' : i.unit) : '—';
	};
	const cellsOf = (r: DiffRow) => ({
		label: rowLabel(r),
		a: value(r, 'from'),
		b: value(r, 'to'),
		unit: r.unit,
		delta: formatDelta(r),
		pct: formatPct(r, lang),
		bar: changeBar(r.pct, BAR_CELLS),
	});
	// Number columns as wide as their widest value over all rows, so that they do not jump while scrolling.
	const all = rows.map(cellsOf);
	const fit = (key: 'a' | 'b' | 'delta' | 'pct', heading: string) =>
		maxOf(
			all.map(c => displayWidth(c[key])),
			displayWidth(heading),
		);
	const columns = [
		'label',
		'a',
		'b',
		...(showUnit ? (['unit'] as const) : []),
		'delta',
		...(showUnit ? (['pct'] as const) : []),
		...(showBar ? (['bar'] as const) : []),
	] as const;
	const w: Record<string, number> = {
		a: fit('a', String(a)),
		b: fit('b', String(b)),
		unit: 4,
		delta: fit('delta', 'Δ'),
		pct: fit('pct', 'Δ%'),
		bar: BAR_CELLS,
	};
	const fixed = columns.filter(c => c !== 'label').reduce((n, c) => n + w[c]!, 0);
	w.label = Math.max(6, width - fixed - (columns.length * 3 + 1));
	const visible = display
		.slice(top, top + page)
		.map(d =>
			d.kind === 'heading'
				? {label: `§ ${d.text}`, a: '', b: '', unit: '', delta: '', pct: '', bar: '', heading: true}
				: {...cellsOf(rows[d.index]!), heading: false},
		);
	const selectedLine = display.findIndex(d => d.kind === 'row' && d.index === state.cursor) - top;
	const s = summary;
	const filter =
		state.filter.value || state.filter.editing ? ` · /${state.filter.value}${state.filter.editing ? '▏' : ''}` : '';
	// Pairs only plausible are counted only when there are some: most diffs have none.
	const unsure = s.uncertain ? say([` ${s.uncertain} uncertain`, ` ${s.uncertain} 存疑`], lang) : '';
	const head = say(
		[
			`${region} ${a} → ${b} · ${s.changed} changed ${s.added} added ${s.removed} removed ${s.unchanged} unchanged${unsure} · showing ${STATUS_NAMES[state.status][0]} · sort ${SORT_NAMES[state.sort][0]}${filter}`,
			`${region} ${a} → ${b} · ${s.changed} 变化 ${s.added} 新增 ${s.removed} 消失 ${s.unchanged} 持平${unsure} · 显示：${STATUS_NAMES[state.status][1]} · 排序：${SORT_NAMES[state.sort][1]}${filter}`,
		],
		lang,
	);
	const legend = say(
		[
			`▲ up ▼ down = same · new/gone: one year only · bar: |Δ%| on a log scale, full at 100% · ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`,
			`▲ 增 ▼ 减 = 持平 · 新增/消失：仅一年有 · 条形：|Δ%| 对数刻度，≥100% 满格 · ${rows.length} 行`,
		],
		lang,
	);
	// Direction colours follow the setting (JCFZ_CHANGE_COLORS); section headings are dim.
	const rowStyle = (_: unknown, k: number) => {
		const d = display[top + k];
		if (!d || d.kind === 'heading') return {dim: true};
		const r = rows[d.index]!;
		const hue = r.delta === null || r.delta === 0 ? undefined : r.delta > 0 ? colors.up : colors.down;
		return {color: isColor ? hue : undefined};
	};
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">{truncate(inertLine(head), width)}</Text>
			{rows.length === 0 ? (
				<Box height={height - 2}>
					<Text>
						{say(
							[
								'no rows (f changes what is shown, Esc clears the filter)',
								'没有符合条件的行（f 切换显示，Esc 清除筛选）',
							],
							lang,
						)}
					</Text>
				</Box>
			) : (
				<Box height={page + TABLE_CHROME} flexDirection="column">
					<Table
						data={visible.map(({heading: _, ...cells}) => cells)}
						columns={[...columns]}
						headings={{
							label: heading('indicator', lang),
							a: String(a),
							b: String(b),
							unit: heading('unit', lang),
							delta: heading('delta', lang),
							pct: heading('pct', lang),
							bar: '',
						}}
						align={{a: 'right', b: 'right', delta: 'right', pct: 'right'}}
						widths={w}
						selected={selectedLine}
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
