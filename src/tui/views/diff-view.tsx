/** View 3: two years side by side — the aligned indicator table with Δ, Δ% and a bar per row. */
import {Box, Text} from 'ink';
import type {DiffRow, DiffSummary} from '../../core/diff/diff.js';
import {formatDelta, formatPct, formatSide} from '../../render/diff.js';
import {inertLine} from '../../render/sanitize.js';
import {truncate, width as displayWidth} from '../../render/width.js';
import {Table, TABLE_CHROME} from '../components/table.js';
import {windowStart} from '../list-state.js';
import type {State, StatusFilter} from '../state.js';
import {maxOf} from '../../core/arrays.js';

export interface DiffViewProps {
	readonly region: string;
	/** The two years compared, or null when the store has one year of this region. */
	readonly years: readonly [number, number] | null;
	readonly rows: readonly DiffRow[];
	readonly summary: DiffSummary | null;
	readonly state: State['diff'];
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
}

const STATUS_NAMES: Readonly<Record<StatusFilter, readonly [string, string]>> = {
	all: ['all', '全部'],
	changed: ['changed', '变化'],
	added: ['added', '新增'],
	removed: ['removed', '消失'],
	unchanged: ['unchanged', '持平'],
};

export const diffPage = (height: number) => Math.max(1, height - 1 - TABLE_CHROME);

/** A bar of up to `cells` blocks for the size of a relative change (100 % or more fills it). */
export function changeBar(row: DiffRow, cells: number): string {
	if (row.pct === null) return '';
	const n = Math.min(cells, Math.ceil((Math.abs(row.pct) / 100) * cells));
	return (row.pct >= 0 ? '▇' : '▁').repeat(n);
}

export function DiffView({region, years, rows, summary, state, width, height, lang}: DiffViewProps) {
	const zh = lang === 'zh';
	if (!years || !summary) {
		const message = zh
			? [
					`${region} 只有一个年份的报告，无法对比。`,
					'导入另一年的报告：jcfz import 报告文件.txt',
					'（标题中的年份和地区会被识别，也可用 --year/--region 指定）',
				]
			: [
					`The store has one year of ${region}: nothing to compare yet.`,
					'Import another year: jcfz import report.txt',
					'(year and region come from the title, or pass --year/--region)',
				];
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
	const top = windowStart(state.cursor, rows.length, page);
	const showBar = width >= 90;
	const cells = (r: DiffRow) => ({
		label: r.label,
		a: formatSide(r, 'from'),
		b: formatSide(r, 'to'),
		unit: r.unit,
		delta: formatDelta(r),
		pct: formatPct(r),
		bar: changeBar(r, 6),
	});
	const visible = rows.slice(top, top + page).map(cells);
	// Number columns as wide as their widest value over all rows (a diff has hundreds at most), so that they
	// neither jump while scrolling nor take room the labels need.
	const all = rows.map(cells);
	const fit = (key: 'a' | 'b' | 'delta' | 'pct', heading: string) =>
		maxOf(
			all.map(c => displayWidth(c[key])),
			displayWidth(heading),
		);
	const w = {
		a: fit('a', String(a)),
		b: fit('b', String(b)),
		unit: 4,
		delta: fit('delta', 'Δ'),
		pct: fit('pct', 'Δ%'),
		bar: 6,
	};
	const s = summary;
	const status = STATUS_NAMES[state.status][zh ? 1 : 0];
	const head = zh
		? `${region} ${a} → ${b} · ${s.changed} 变化 ${s.added} 新增 ${s.removed} 消失 ${s.unchanged} 持平 · 显示：${status}${state.filter.value || state.filter.editing ? ` · /${state.filter.value}${state.filter.editing ? '▏' : ''}` : ''}`
		: `${region} ${a} → ${b} · ${s.changed} changed ${s.added} added ${s.removed} removed ${s.unchanged} unchanged · showing: ${status}${state.filter.value || state.filter.editing ? ` · /${state.filter.value}${state.filter.editing ? '▏' : ''}` : ''}`;
	const columns = showBar
		? (['label', 'a', 'b', 'unit', 'delta', 'pct', 'bar'] as const)
		: (['label', 'a', 'b', 'unit', 'delta', 'pct'] as const);
	const fixed = w.a + w.b + w.unit + w.delta + w.pct + (showBar ? w.bar : 0);
	const chrome = columns.length * 3 + 1;
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">{truncate(inertLine(head), width)}</Text>
			{rows.length === 0 ? (
				<Text>
					{zh
						? '没有符合条件的行（f 切换显示，Esc 清除筛选）'
						: 'no rows (f changes what is shown, Esc clears the filter)'}
				</Text>
			) : (
				<Table
					data={visible}
					columns={[...columns]}
					headings={{
						label: zh ? '指标' : 'Indicator',
						a: String(a),
						b: String(b),
						unit: zh ? '单位' : 'Unit',
						delta: 'Δ',
						pct: 'Δ%',
						bar: '',
					}}
					align={{a: 'right', b: 'right', delta: 'right', pct: 'right'}}
					widths={{...w, label: Math.max(4, width - fixed - chrome)}}
					selected={state.cursor - top}
				/>
			)}
		</Box>
	);
}
