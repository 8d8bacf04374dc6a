/**
 * Keys → actions (pure). The key maps in keys.ts say which intent a key stands for; this decides what the intent
 * means in the current state. The view's own keys win over the global ones (Tab switches panes in Sections).
 */
import {flattenSections} from '../core/walk.js';
import {actionFor, DIFF_KEYS, GLOBAL_KEYS, INDICATORS_KEYS, SECTIONS_KEYS} from './keys.js';
import {isListAction} from './list-state.js';
import type {DiffData, YearData} from './model.js';
import type {Action, State} from './state.js';
import type {Indicator} from '../core/types.js';
import type {DiffRow} from '../core/diff/diff.js';
import {rowOf, type OutlineRow} from './views/sections-model.js';

export interface Context {
	readonly years: readonly number[];
	readonly year: YearData;
	readonly outline: readonly OutlineRow[];
	readonly figures: number;
	readonly indicators: readonly Indicator[];
	readonly diff: DiffData | null;
	readonly diffRows: readonly DiffRow[];
	/** Rows that fit on one page of the current view. */
	readonly page: number;
	/** Years to load for a jump: the year index of an indicator's report. */
	readonly yearIndexOf: (year: number) => number;
	readonly reportOf: (year: number) => YearData | undefined;
}

export type Command = Action | {type: 'quit'} | null;

type Box = 'search' | 'indicators' | 'diff';

/** Whether a filter or search box is taking the keys as text. */
export function isEditing(state: State): boolean {
	return editingBox(state) !== null;
}

function editingBox(state: State): Box | null {
	if (state.view === 'sections' && state.sections.search.editing) return 'search';
	if (state.view === 'indicators' && state.indicators.filter.editing) return 'indicators';
	if (state.view === 'diff' && state.diff.filter.editing) return 'diff';
	return null;
}

function boxValue(state: State, box: Box): string {
	return box === 'search'
		? state.sections.search.value
		: box === 'indicators'
			? state.indicators.filter.value
			: state.diff.filter.value;
}

/** Typing into a filter box: printable input (IME commits and pastes arrive as whole strings) is appended. */
function editKey(state: State, box: Box, name: string, input: string): Command {
	if (name === 'return') return {type: 'stopEditing', box, keep: true};
	if (name === 'escape') return {type: 'stopEditing', box, keep: false};
	if (name === 'backspace') return {type: 'editText', box, value: [...boxValue(state, box)].slice(0, -1).join('')};
	if (name === 'ctrl+c') return {type: 'quit'};
	if (name === 'ctrl+u') return {type: 'editText', box, value: ''};
	if (input && !/[\u0000-\u001F\u007F]/.test(input) && name === input)
		return {type: 'editText', box, value: boxValue(state, box) + input};
	return null;
}

/** The jump to an indicator's section in view 1 (provenance). */
function jumpTo(state: State, ctx: Context, indicator: Indicator): Command {
	const data = ctx.reportOf(indicator.year);
	if (!data) return null;
	const top = indicator.sectionId.split('.')[0]!;
	const expanded = [...new Set([...state.sections.expanded, top])];
	return {
		type: 'jump',
		yearIndex: ctx.yearIndexOf(indicator.year),
		cursor: rowOf(data.report, expanded, indicator.sectionId === '0' ? '1' : indicator.sectionId),
		expanded: top,
	};
}

/** Sections whose text contains the search, in outline order: targets of n/N. */
function sectionsMatching(ctx: Context, query: string): string[] {
	if (!query) return [];
	return flattenSections(ctx.year.report.sections)
		.filter(s => s.paragraphs.some(p => p.text.includes(query)) || s.title.includes(query))
		.map(s => s.id);
}

function searchStep(state: State, ctx: Context, by: 1 | -1): Command {
	const ids = sectionsMatching(ctx, state.sections.search.value);
	if (ids.length === 0) return null;
	const current = ctx.outline[state.sections.cursor]?.section.id ?? '';
	const order = (id: string) => ctx.outline.findIndex(r => r.section.id === id);
	const all = flattenSections(ctx.year.report.sections).map(s => s.id);
	const here = all.indexOf(current);
	const candidates =
		by === 1
			? [...ids.filter(id => all.indexOf(id) > here), ...ids]
			: [...ids.filter(id => all.indexOf(id) < here).reverse(), ...[...ids].reverse()];
	const target = candidates[0]!;
	const top = target.split('.')[0]!;
	const expanded = state.sections.expanded.includes(top) ? state.sections.expanded : [...state.sections.expanded, top];
	const cursor = order(target) >= 0 ? order(target) : rowOf(ctx.year.report, expanded, target);
	return {type: 'selectSection', cursor, expanded: top};
}

function sectionsKey(state: State, ctx: Context, name: string): Command {
	const action = actionFor(SECTIONS_KEYS, name);
	if (!action) return null;
	const s = state.sections;
	const row = ctx.outline[s.cursor];
	if (isListAction(action)) {
		return s.pane === 'tree'
			? {type: 'sectionsMove', move: action, count: ctx.outline.length, page: ctx.page}
			: {type: 'figureMove', move: action, count: ctx.figures, page: ctx.page};
	}
	switch (action) {
		case 'in':
			if (s.pane === 'text' || !row) return null;
			return row.hasChildren && !row.isExpanded
				? {type: 'expand', id: row.section.id}
				: {type: 'setPane', pane: 'text'};
		case 'out': {
			if (s.pane === 'text') return {type: 'setPane', pane: 'tree'};
			if (!row) return null;
			if (row.isExpanded) return {type: 'collapse', id: row.section.id, cursor: s.cursor};
			if (row.depth > 0) {
				const parent = row.section.id.split('.')[0]!;
				return {type: 'collapse', id: parent, cursor: ctx.outline.findIndex(r => r.section.id === parent)};
			}
			return null;
		}
		case 'pane':
			return {type: 'setPane', pane: s.pane === 'tree' ? 'text' : 'tree'};
		case 'search':
			return {type: 'startEditing', box: 'search'};
		case 'next':
			return searchStep(state, ctx, 1);
		case 'previous':
			return searchStep(state, ctx, -1);
	}
}

function indicatorsKey(state: State, ctx: Context, name: string): Command {
	const action = actionFor(INDICATORS_KEYS, name);
	if (!action) return null;
	if (isListAction(action)) return {type: 'indicatorsMove', move: action, count: ctx.indicators.length, page: ctx.page};
	switch (action) {
		case 'filter':
			return {type: 'startEditing', box: 'indicators'};
		case 'sort':
			return {type: 'cycleSort'};
		case 'reverse':
			return {type: 'reverse'};
		case 'open': {
			const i = ctx.indicators[state.indicators.cursor];
			return i ? jumpTo(state, ctx, i) : null;
		}
	}
}

function diffKey(state: State, ctx: Context, name: string): Command {
	const action = actionFor(DIFF_KEYS, name);
	if (!action) return null;
	if (isListAction(action)) return {type: 'diffMove', move: action, count: ctx.diffRows.length, page: ctx.page};
	switch (action) {
		case 'filter':
			return {type: 'startEditing', box: 'diff'};
		case 'status':
			return {type: 'cycleStatus'};
		case 'earlier':
			return {type: 'shiftDiff', by: -1, years: ctx.years.length};
		case 'later':
			return {type: 'shiftDiff', by: 1, years: ctx.years.length};
		case 'open': {
			const row = ctx.diffRows[state.diff.cursor];
			const i = row?.to ?? row?.from;
			return i ? jumpTo(state, ctx, i) : null;
		}
	}
}

export function keyToCommand(state: State, ctx: Context, name: string, input: string): Command {
	const box = editingBox(state);
	if (box) return editKey(state, box, name, input);
	if (state.showHelp) return name === 'q' || name === 'ctrl+c' ? {type: 'quit'} : {type: 'toggleHelp'};
	const own =
		state.view === 'sections'
			? sectionsKey(state, ctx, name)
			: state.view === 'indicators'
				? indicatorsKey(state, ctx, name)
				: diffKey(state, ctx, name);
	if (own) return own;
	switch (actionFor(GLOBAL_KEYS, name)) {
		case 'quit':
			return {type: 'quit'};
		case 'view1':
			return {type: 'showView', view: 'sections'};
		case 'view2':
			return {type: 'showView', view: 'indicators'};
		case 'view3':
			return {type: 'showView', view: 'diff'};
		case 'nextView':
			return {type: 'nextView'};
		case 'help':
			return {type: 'toggleHelp'};
		case 'year':
			return {type: 'cycleYear', years: ctx.years.length};
		default:
			// Esc in a view with a kept filter clears it.
			if (name === 'escape' && state.view === 'indicators' && state.indicators.filter.value)
				return {type: 'stopEditing', box: 'indicators', keep: false};
			if (name === 'escape' && state.view === 'diff' && state.diff.filter.value)
				return {type: 'stopEditing', box: 'diff', keep: false};
			return null;
	}
}
