/** The report picker: a query line and the stored reports that match it, the one shown now marked. */
import {Box} from 'ink';
import {Lines} from '../components/styled-lines.js';
import {fit, type Line, padLines} from '../components/styled-line.js';
import type {ReportRef} from '../data.js';
import {windowStart} from '../list.js';
import type {PickerState} from './state.js';
import {say} from '../../core/said.js';

export const pickerPage = (height: number) => Math.max(1, height - 2);

export interface PickerViewProps {
	readonly rows: readonly ReportRef[];
	readonly total: number;
	readonly state: PickerState;
	/** The report on screen behind the picker. */
	readonly current: {readonly body: string; readonly year: number};
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
}

export function PickerView({rows, total, state, current, width, height, lang}: PickerViewProps) {
	const page = pickerPage(height);
	const top = windowStart(state.cursor, rows.length, page);
	const title: Line = [
		{
			text: say(
				[
					`Open a report · ${total} stored · type a region, year, code or words of the title`,
					`打开报告 · 库中 ${total} 份 · 输入地区、年份、代码或标题的文字筛选`,
				],
				lang,
			),
			bold: true,
		},
	];
	const query: Line = [
		{text: '> ', bold: true},
		{text: state.query},
		{text: '▏'},
		{text: `  ${rows.length}/${total}`, dim: true},
	];
	const lines: Line[] = [title, query];
	if (rows.length === 0)
		lines.push([
			{
				text: say(
					['no report matches (Backspace edits, Esc closes)', '没有匹配的报告（Backspace 修改，Esc 关闭）'],
					lang,
				),
			},
		]);
	rows.slice(top, top + page).forEach((r, k) => {
		const isCursor = top + k === state.cursor;
		const isCurrent = r.body === current.body && r.year === current.year;
		lines.push([
			{
				text: `${isCursor ? '▸' : ' '}${isCurrent ? '•' : ' '} ${r.region}  ${r.year}  `,
				inverse: isCursor,
				bold: isCursor,
			},
			{text: r.title, inverse: isCursor, dim: !isCursor},
		]);
	});
	return (
		<Box flexDirection="column">
			<Lines
				lines={padLines(
					lines.map(l => fit(l, width)),
					height,
					width,
				)}
				isColor={false}
			/>
		</Box>
	);
}
