/**
 * One input event being handled (update.ts): the state as it goes, the effects the shell must carry out, and what
 * screens share to act on it (opening a figure in its section). Pure.
 */
import type {Indicator} from '../../core/types.js';
import type {ReportRef} from '../data.js';
import type {KeyEvent} from '../input/read-keys.js';
import {rowOf, topOf} from '../sections/model.js';
import {type Derived, derive, type Env, textAt} from './derive.js';
import type {ExportFile} from './export-view.js';
import {type Action, type Message, reduce, type State} from './state.js';

export type Effect =
	| {readonly kind: 'quit'}
	| {readonly kind: 'copy'; readonly text: string}
	| {readonly kind: 'export'; readonly file: ExportFile}
	/** Another report opened; with `figure`, shown at that figure (from the Regions screen). */
	| {readonly kind: 'open'; readonly ref: ReportRef; readonly figure?: Indicator}
	/** The Regions screen's data: the measure of `figure` (else the one most reports share) across governments. */
	| {readonly kind: 'regions'; readonly figure?: Indicator}
	/** Changes of the store asked for in the picker, confirmed. */
	| {readonly kind: 'remove'; readonly ref: ReportRef}
	| {readonly kind: 'move'; readonly ref: ReportRef; readonly region: string; readonly year: number};

/** What the App handles: input from the terminal, and messages from the shell ("wrote jcfz-….csv"). */
export type AppEvent = KeyEvent | {readonly kind: 'message'; readonly message: Message};

export interface Result {
	readonly state: State;
	readonly effects: readonly Effect[];
}

/** The state after `actions`, one by one. */
export function applyAll(state: State, actions: readonly Action[]): State {
	return actions.reduce(reduce, state);
}

export class Step {
	state: State;
	readonly effects: Effect[] = [];
	constructor(
		state: State,
		readonly env: Env,
	) {
		this.state = state;
	}
	do(...actions: Action[]): void {
		this.state = applyAll(this.state, actions);
	}
	say(message: Message): void {
		this.do({type: 'message', message});
	}
	get derived(): Derived {
		return derive(this.env, this.state);
	}
}

/** The section of an indicator shown in the Sections screen, its figure selected and on screen, search cleared. */
export function openIndicator(env: Env, state: State, indicator: Indicator): Action[] {
	const yearIndex = env.data.years.indexOf(indicator.year);
	if (yearIndex < 0) return [];
	const moved = reduce(reduce(state, {type: 'year', yearIndex}), {type: 'sections/search', edit: {kind: 'cancel'}});
	const year = env.data.byYear.get(indicator.year)!;
	const top = topOf(indicator.sectionId);
	const expanded =
		indicator.sectionId === top ? moved.sections.expanded : [...new Set([...moved.sections.expanded, top])];
	const cursor = Math.max(0, rowOf(year.report, expanded, indicator.sectionId, env.lang));
	const text = textAt(env, moved, cursor, expanded, null);
	const figure = text.figures.findIndex(f => f.id === indicator.id);
	return [
		{type: 'year', yearIndex},
		{type: 'sections/search', edit: {kind: 'cancel'}},
		{type: 'view', view: 'sections'},
		{
			type: 'sections/show',
			cursor,
			expanded: indicator.sectionId === top ? undefined : top,
			pane: 'text',
			line: figure >= 0 ? text.figureLines[figure] : 0,
			lines: text.lines.length,
			page: env.layout.paneRows,
			figure: figure >= 0 ? figure : null,
		},
	];
}
