/** View 1: the outline on the left, the selected section's text on the right. */
import {Box} from 'ink';
import type {Indicator, Report} from '../../core/types.js';
import {Lines} from '../components/lines.js';
import {beside, padLines, type Line} from '../line.js';
import {windowStart} from '../list-state.js';
import type {State} from '../state.js';
import {outlineLine, outlineRows, sectionText} from './sections-model.js';

export interface SectionsViewProps {
	readonly report: Report;
	readonly indicators: readonly Indicator[];
	readonly state: State['sections'];
	readonly width: number;
	readonly height: number;
	readonly isColor: boolean;
}

/** Width of the outline pane for a terminal of `columns`. */
export const outlineWidth = (columns: number) => Math.min(40, Math.floor(columns * 0.4));

export function SectionsView({report, indicators, state, width, height, isColor}: SectionsViewProps) {
	const rows = outlineRows(report, state.expanded);
	const left = outlineWidth(width);
	const right = width - left - 1;
	const top = windowStart(state.cursor, rows.length, height);
	const treeLines: Line[] = rows
		.slice(top, top + height)
		.map((row, k) => outlineLine(row, top + k === state.cursor, state.pane === 'tree'));
	const section = rows[state.cursor]?.section;
	const text = section
		? sectionText(section, indicators, right - 1, state.pane === 'text' ? state.figure : null, state.search.value)
		: {lines: [], figureLines: []};
	const focusLine = state.pane === 'text' ? (text.figureLines[state.figure] ?? 0) : 0;
	const textTop = windowStart(focusLine, text.lines.length, height);
	const textLines = text.lines.slice(textTop, textTop + height).map(l => [{text: ' '}, ...l]);
	const body: Line[] = [];
	for (let k = 0; k < height; k++) body.push(beside(treeLines[k] ?? [], left, '│', textLines[k] ?? [], right));
	return (
		<Box flexDirection="column">
			<Lines lines={padLines(body, height, width)} isColor={isColor} />
		</Box>
	);
}
