/** The Sections screen: the outline on the left, the selected section's text on the right, each with a title line. */
import {PREAMBLE_SECTION} from '../../core/types.js';
import {Box} from 'ink';
import {Lines} from '../components/styled-lines.js';
import {beside, type Line, padLines} from '../components/styled-line.js';
import {windowStart} from '../list.js';
import type {OutlineRow, SectionText} from './model.js';
import type {SectionsState} from './state.js';
import {say} from '../../core/said.js';

/** Width of the outline pane: about a third of the screen, 20 to 48 columns. */
export const outlineWidth = (columns: number) => Math.max(20, Math.min(48, Math.round(columns * 0.3)));
/** Width of the text itself: the rest, less the separator and a margin. */
export const textWidth = (columns: number) => columns - outlineWidth(columns) - 2;
/** Rows of the outline and of the text: the body less the panes' title line. */
export const paneHeight = (height: number) => Math.max(1, height - 1);

export interface SectionsViewProps {
	readonly outline: readonly OutlineRow[];
	readonly text: SectionText;
	readonly state: SectionsState;
	readonly width: number;
	readonly height: number;
	readonly isColor: boolean;
	readonly lang: 'zh' | 'en';
	/** Where the outline window starts (kept by the caller so that it scrolls as little as possible). */
	readonly outlineTop: number;
}

function outlineLine(row: OutlineRow, isCursor: boolean, isActive: boolean): Line {
	const marker = isCursor ? '▸' : ' ';
	const fold = row.hasChildren ? (row.isExpanded ? '▾ ' : '▹ ') : '  ';
	const text = `${marker}${'  '.repeat(row.depth)}${fold}${row.section.ordinal}${row.section.title}`;
	return [{text, inverse: isCursor && isActive, bold: isCursor || row.depth === 0, underline: isCursor && !isActive}];
}

/** A pane's title line: inverse when the pane has the keys. */
function paneTitle(text: string, focused: boolean): Line {
	return [{text: ` ${text} `, inverse: focused, bold: true}];
}

export function SectionsView(props: SectionsViewProps) {
	const {outline, text, state, width, height, isColor, lang, outlineTop} = props;
	const left = outlineWidth(width);
	const right = width - left - 1;
	const rows = paneHeight(height);
	const treeLines: Line[] = outline
		.slice(outlineTop, outlineTop + rows)
		.map((row, k) => outlineLine(row, outlineTop + k === state.cursor, state.pane === 'outline'));
	const section = outline[state.cursor]?.section;
	const total = text.lines.length;
	const top = Math.min(state.scroll, Math.max(0, total - rows));
	const shown = text.lines.slice(top, top + rows).map(l => [{text: ' '}, ...l]);
	const range = total === 0 ? '' : `${top + 1}–${Math.min(total, top + rows)}/${total}`;
	// The line range first: a long section title is cut, the position never.
	const textTitle = `${say(['Text', '正文'], lang)}${range ? ` ${range}` : ''}`;
	const sectionName = section ? ` ${section.id === PREAMBLE_SECTION.id ? '' : `${section.id} `}${section.title}` : '';
	const titles = beside(
		paneTitle(say(['Outline', '目录'], lang), state.pane === 'outline'),
		left,
		'│',
		[...paneTitle(textTitle, state.pane === 'text'), {text: sectionName, bold: true}],
		right,
	);
	const body: Line[] = [titles];
	for (let k = 0; k < rows; k++) body.push(beside(treeLines[k] ?? [], left, '│', shown[k] ?? [], right));
	return (
		<Box flexDirection="column">
			<Lines lines={padLines(body, height, width)} isColor={isColor} />
		</Box>
	);
}

/** The outline's first row on screen for a cursor (scrolling as little as possible from `previous`). */
export const outlineWindow = (cursor: number, count: number, height: number, previous = 0) =>
	windowStart(cursor, count, paneHeight(height), previous);
