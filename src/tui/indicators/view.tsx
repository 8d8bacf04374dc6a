/**
 * The Indicators screen: the year's figures as a table under a filter bar, and below it the selected figure's
 * trend across the stored years and its source sentence, wrapped, with the figure highlighted.
 */
import {heading} from '../../render/headings.js';
import {Box, Text} from 'ink';
import type {Indicator} from '../../core/types.js';
import {inertLine} from '../../core/inert.js';
import type {Theme} from '../../render/theme.js';
import {truncate, width as displayWidth} from '../../render/width.js';
import {Lines} from '../components/styled-lines.js';
import {fit, type Line} from '../components/styled-line.js';
import {sentenceLines} from '../components/sentence.js';
import {Table, TABLE_CHROME} from '../components/table.js';
import {valueAsWritten} from './model.js';
import type {IndicatorsState} from './state.js';
import {say} from '../../core/said.js';

const SORT_NAMES = {section: ['section', '章节'], label: ['label', '名称'], value: ['value', '数值']} as const;

/** Lines under the table: the trend and the sentence (fewer on a small screen). */
export const detailHeight = (height: number) => (height >= 18 ? 5 : 2);
/** Table rows that fit: the body less the filter bar, the table's borders and the detail. */
export const indicatorsPage = (height: number) => Math.max(1, height - 1 - TABLE_CHROME - detailHeight(height));

export interface IndicatorsViewProps {
	readonly rows: readonly Indicator[];
	readonly total: number;
	readonly state: IndicatorsState;
	/** First row of the table on screen. */
	readonly top: number;
	/** The selected figure's line across the years ("2021 87 → 2022 95 ▂▅"), when there are several years. */
	readonly trend: string | null;
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
	readonly isColor: boolean;
	readonly colors: Theme;
}

export function IndicatorsView(props: IndicatorsViewProps) {
	const {rows, total, state, top, trend, width, height, lang, isColor, colors} = props;
	const page = indicatorsPage(height);
	const filter = state.filter;
	const sort = `${say(SORT_NAMES[state.sort], lang)}${state.desc ? ' ↓' : ''}`;
	const bar =
		filter.editing || filter.value
			? `${say(['filter', '筛选'], lang)} /${filter.value}${filter.editing ? '▏' : ''}  ${rows.length}/${total} · ${say(['sort', '排序'], lang)} ${sort}`
			: say([`${total} indicators · sort: ${sort} · / filters`, `${total} 项指标 · 排序：${sort} · / 筛选`], lang);
	// Label wide enough to read, then the sentence gets the rest on a wide screen.
	const wide = width >= 120;
	const [sec, value, unit] = [5, 12, 4];
	const fixed = sec + value + unit;
	const labelWidth = wide ? Math.min(36, width - fixed - 40) : Math.max(6, width - fixed - 13);
	const sentenceWidth = wide ? Math.max(10, width - fixed - labelWidth - 16) : 0;
	const window = (i: Indicator) => {
		// The part of the sentence around the figure, so that the figure is in what fits.
		const at = Math.max(0, i.sentence.indexOf(i.raw));
		let start = at;
		let used = displayWidth(i.raw);
		while (start > 0 && used + displayWidth(i.sentence[start - 1]!) <= sentenceWidth / 2)
			used += displayWidth(i.sentence[--start]!);
		return (start > 0 ? '…' : '') + i.sentence.slice(start);
	};
	const visible = rows.slice(top, top + page).map(i => ({
		sec: i.sectionId,
		label: i.label,
		value: valueAsWritten(i),
		unit: i.unit,
		...(wide ? {sentence: window(i)} : {}),
	}));
	const selected = rows[state.cursor];
	const detail: Line[] = [];
	const detailRows = detailHeight(height);
	if (selected) {
		if (trend && detailRows > 2) detail.push([{text: trend, dim: true}]);
		for (const l of sentenceLines(selected, width - 1, detailRows - detail.length, colors)) detail.push(l);
	}
	const empty = say(
		[
			`no indicator matches "${filter.value}" (Esc clears the filter)`,
			`没有与“${filter.value}”匹配的指标（Esc 清除筛选）`,
		],
		lang,
	);
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">{truncate(inertLine(bar), width)}</Text>
			{rows.length === 0 ? (
				<Box height={height - 1}>
					<Text>{truncate(inertLine(empty), width)}</Text>
				</Box>
			) : (
				<>
					<Box height={page + TABLE_CHROME} flexDirection="column">
						<Table
							data={visible}
							columns={wide ? ['sec', 'label', 'value', 'unit', 'sentence'] : ['sec', 'label', 'value', 'unit']}
							headings={{
								sec: heading('sec', lang),
								label: heading('indicator', lang),
								value: heading('value', lang),
								unit: heading('unit', lang),
								sentence: heading('sentence', lang),
							}}
							align={{value: 'right'}}
							widths={{sec, value, unit, label: labelWidth, ...(wide ? {sentence: sentenceWidth} : {})}}
							selected={state.cursor - top}
						/>
					</Box>
					<Lines lines={detail.map(l => fit(l, width))} isColor={isColor} />
				</>
			)}
		</Box>
	);
}
