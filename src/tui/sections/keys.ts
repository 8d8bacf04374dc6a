/**
 * The Sections screen's keys: one table (feeding input, footer and help), and what each key means in the current
 * state (pure). In the outline the list keys move the cursor; in the text pane they scroll the text, as in less.
 */
import type {Report} from '../../core/types.js';
import {type Binding, listBindings} from '../keymap.js';
import {isListMove, type ListMove} from '../list.js';
import type {SectionsAction, SectionsState} from './state.js';
import {type Match, type OutlineRow, rowOf, type SectionText, topOf} from './model.js';

export interface SectionsCtx {
	readonly report: Report;
	readonly lang: 'zh' | 'en';
	readonly state: SectionsState;
	readonly outline: readonly OutlineRow[];
	/** The selected section's text as shown. */
	readonly text: SectionText;
	readonly outlinePage: number;
	readonly textPage: number;
	/** Every match of the search, in reading order. */
	readonly matches: readonly Match[];
}

export type SectionsKey =
	| ListMove
	| 'in'
	| 'out'
	| 'pane'
	| 'search'
	| 'next'
	| 'previous'
	| 'nextFigure'
	| 'previousFigure';

const inOutline = (c: SectionsCtx) => c.state.pane === 'outline';
const inText = (c: SectionsCtx) => c.state.pane === 'text';
const hasSearch = (c: SectionsCtx) => c.matches.length > 0;

export const SECTIONS_KEYS: readonly Binding<SectionsKey, SectionsCtx>[] = [
	...listBindings<SectionsCtx>().map(b => ({
		...b,
		help: [
			`${b.help[0]} (outline: the cursor; text: the page, as in less)`,
			`${b.help[1]}（目录：光标；正文：翻页，同 less）`,
		] as const,
	})),
	{
		keys: ['return', 'right', 'l'],
		label: '→ l Enter',
		action: 'in',
		help: ['expand the section / read its text', '展开章节 / 阅读正文'],
		short: ['read', '阅读'],
		when: inOutline,
	},
	{
		keys: ['left', 'h', 'escape'],
		label: '← h Esc',
		action: 'out',
		help: ['back to the outline / collapse', '返回目录 / 收起'],
		short: ['back', '返回'],
		when: c =>
			inText(c) || (c.outline[c.state.cursor]?.isExpanded ?? false) || (c.outline[c.state.cursor]?.depth ?? 0) > 0,
	},
	{
		keys: ['tab', 'shift+tab'],
		label: 'Tab',
		action: 'pane',
		help: ['switch pane: outline ↔ text', '切换窗格：目录 ↔ 正文'],
		short: ['pane', '窗格'],
	},
	{
		keys: ['f'],
		label: 'f',
		action: 'nextFigure',
		help: ['select the next figure in the text', '选中正文中的下一个数字'],
		short: ['figure', '数字'],
	},
	{keys: ['F'], label: 'F', action: 'previousFigure', help: ['select the previous figure', '选中上一个数字']},
	{
		keys: ['/'],
		label: '/',
		action: 'search',
		help: ['search the report (Enter: first match)', '查找全文（回车跳到第一个）'],
		short: ['search', '查找'],
	},
	{keys: ['n'], label: 'n', action: 'next', help: ['next match', '下一个匹配'], when: hasSearch},
	{keys: ['N'], label: 'N', action: 'previous', help: ['previous match', '上一个匹配'], when: hasSearch},
];

export type Command = SectionsAction | readonly SectionsAction[] | null;

/** Shows a match: its section selected (its parent opened), the text pane on its line. */
export function showMatch(
	ctx: SectionsCtx,
	hit: number,
	textOf: (cursor: number, expanded: readonly string[]) => {matchLines: number[]; lines: number},
): SectionsAction | null {
	const m = ctx.matches[hit];
	if (!m) return null;
	const top = topOf(m.sectionId);
	const expanded = m.sectionId === top ? ctx.state.expanded : [...new Set([...ctx.state.expanded, top])];
	const cursor = rowOf(ctx.report, expanded, m.sectionId, ctx.lang);
	const text = textOf(cursor, expanded);
	return {
		type: 'sections/show',
		cursor,
		expanded: m.sectionId === top ? undefined : top,
		pane: 'text',
		line: text.matchLines[m.index] ?? 0,
		lines: text.lines,
		page: ctx.textPage,
		figure: null,
		hit,
	};
}

function selectFigure(ctx: SectionsCtx, by: 1 | -1): SectionsAction | readonly SectionsAction[] | null {
	const n = ctx.text.figures.length;
	if (n === 0) return null;
	const current = ctx.state.figure;
	const figure = current === null ? (by === 1 ? 0 : n - 1) : (current + by + n) % n;
	const select: SectionsAction = {
		type: 'sections/figure',
		figure,
		line: ctx.text.figureLines[figure] ?? 0,
		lines: ctx.text.lines.length,
		page: ctx.textPage,
	};
	return ctx.state.pane === 'text' ? select : [{type: 'sections/pane', pane: 'text'}, select];
}

/**
 * What a key does in the Sections screen; `textOf` lays out the text a section would show (for a jump to a
 * match in another section).
 */
export function sectionsCommand(
	ctx: SectionsCtx,
	key: SectionsKey,
	textOf: (cursor: number, expanded: readonly string[]) => {matchLines: number[]; lines: number},
): Command {
	const s = ctx.state;
	const row = ctx.outline[s.cursor];
	if (isListMove(key)) {
		return s.pane === 'outline'
			? {type: 'sections/move', move: key, count: ctx.outline.length, page: ctx.outlinePage}
			: {type: 'sections/scroll', move: key, count: ctx.text.lines.length, page: ctx.textPage};
	}
	switch (key) {
		case 'in':
			if (!row) return null;
			return row.hasChildren && !row.isExpanded
				? {type: 'sections/expand', id: row.section.id}
				: {type: 'sections/pane', pane: 'text'};
		case 'out':
			if (s.pane === 'text') return {type: 'sections/pane', pane: 'outline'};
			if (!row) return null;
			if (row.isExpanded) return {type: 'sections/collapse', id: row.section.id, cursor: s.cursor};
			if (row.depth > 0) {
				const parent = topOf(row.section.id);
				return {type: 'sections/collapse', id: parent, cursor: ctx.outline.findIndex(r => r.section.id === parent)};
			}
			return null;
		case 'pane':
			return {type: 'sections/pane', pane: s.pane === 'outline' ? 'text' : 'outline'};
		case 'search':
			return {type: 'sections/search', edit: {kind: 'open'}};
		case 'next':
		case 'previous': {
			const n = ctx.matches.length;
			if (n === 0) return null;
			const hit = s.hit < 0 ? (key === 'next' ? 0 : n - 1) : (s.hit + (key === 'next' ? 1 : -1) + n) % n;
			return showMatch(ctx, hit, textOf);
		}
		case 'nextFigure':
			return selectFigure(ctx, 1);
		case 'previousFigure':
			return selectFigure(ctx, -1);
	}
}
