/**
 * The explorer's update (the Elm habit): an input event and the state in, the next state and the effects the
 * shell must carry out (quit, copy, export, open another report) out. Pure. Every event is handled in turn, so
 * keys that arrive in one read — a pasted line and its newline, `复议` then Enter, held Backspace — all land.
 *
 * Order: a screen too small takes only q; an overlay (help, picker, jump, export) takes every key; then a text
 * box being edited; then the screen's own keys; then the global ones.
 */
import {PREAMBLE_SECTION} from '../../core/types.js';
import {sectionIdOf} from '../../core/section-number.js';
import type {KeyEvent} from '../input/read-keys.js';
import {findBinding} from '../keymap.js';
import {isListMove} from '../list.js';
import {PICKER_KEYS} from '../picker/keys.js';
import {moveTarget, type PickerConfirm} from '../picker/state.js';
import {rowOf, topOf} from '../sections/model.js';
import {SECTIONS_KEYS, showMatch} from '../sections/keys.js';
import {type BoxEdit, editBox} from '../text-box.js';
import {type Env, textAt} from './derive.js';
import {exportView} from './export-view.js';
import {copyText, GLOBAL_KEYS, globalCtx} from './global-keys.js';
import {helpSections} from './help.js';
import {SCREENS} from './screens/index.js';
import {sectionsCtx} from './screens/sections.js';
import {type Action, type Message, type State, VIEW_ORDER} from './state.js';
import {headerTabs} from './tabs.js';
import {type AppEvent, type Result, Step} from './step.js';
import {width as widthOf} from '../../render/width.js';

export type {AppEvent, Effect, Result} from './step.js';

function jumpToSection(env: Env, state: State, typed: string): {actions: Action[]; message?: Message} {
	const id = sectionIdOf(typed) ?? typed.trim();
	const report = env.data.byYear.get(env.data.years[state.yearIndex]!)!.report;
	const top = topOf(id);
	const expanded = id === top ? state.sections.expanded : [...new Set([...state.sections.expanded, top])];
	const cursor = rowOf(report, expanded, id, env.lang);
	if (cursor < 0) return {actions: [], message: [`no section ${typed} in this report`, `本报告没有第 ${typed} 节`]};
	return {
		actions: [
			{type: 'overlay', overlay: null},
			{type: 'view', view: 'sections'},
			{type: 'sections/show', cursor, expanded: id === top ? undefined : top, pane: 'text', line: 0, lines: 0, page: 1},
		],
	};
}

/** The view whose text box (search or filter) is being typed in. */
type EditedView = 'sections' | 'indicators' | 'diff' | 'regions';

function editingBox(state: State): EditedView | null {
	if (state.view === 'sections' && state.sections.search.editing) return 'sections';
	if (state.view === 'indicators' && state.indicators.filter.editing) return 'indicators';
	if (state.view === 'diff' && state.diff.filter.editing) return 'diff';
	if (state.view === 'regions' && state.regions.filter.editing) return 'regions';
	return null;
}

/** A search entered (Enter): the first match at or after the section on screen, "i/N" or "not found". */
function searchEntered(step: Step) {
	const d = step.derived;
	const ctx = sectionsCtx(step.env, step.state, d);
	const query = step.state.sections.search.value;
	if (!query) return;
	if (ctx.matches.length === 0) {
		step.say([`"${query}" not found in this report`, `本报告中没有“${query}”`]);
		return;
	}
	const here = d.outline[step.state.sections.cursor]?.section.id ?? PREAMBLE_SECTION.id;
	const order = (id: string) => id.split('.').map(Number);
	const after = (id: string) => {
		const [a, b] = [order(id), order(here)];
		return a[0]! > b[0]! || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
	};
	const first = Math.max(
		0,
		ctx.matches.findIndex(m => after(m.sectionId)),
	);
	const show = showMatch(ctx, first, (cursor, expanded) => {
		const t = textAt(step.env, step.state, cursor, expanded, null);
		return {matchLines: t.matchLines, lines: t.lines.length};
	});
	if (show) step.do(show);
	const hit = step.state.sections.hit + 1;
	step.say([`match ${hit}/${ctx.matches.length}`, `第 ${hit}/${ctx.matches.length} 处`]);
}

function boxEdit(step: Step, box: EditedView, edit: BoxEdit) {
	if (box === 'sections') {
		step.do({type: 'sections/search', edit});
		if (edit.kind === 'enter') searchEntered(step);
	} else if (box === 'indicators') step.do({type: 'indicators/filter', edit});
	else if (box === 'regions') step.do({type: 'regions/filter', edit});
	else step.do({type: 'diff/filter', edit});
}

function overlayKey(step: Step, name: string) {
	const {state, env} = step;
	const overlay = state.overlay!;
	if (name === 'ctrl+c') {
		step.effects.push({kind: 'quit'});
		return;
	}
	switch (overlay.kind) {
		case 'help': {
			if (['q', 'escape', '?', 'return'].includes(name)) return step.do({type: 'overlay', overlay: null});
			const b = SECTIONS_KEYS.find(x => x.keys.includes(name));
			const lines = helpSections(env, state, step.derived).reduce((n, s) => n + s.entries.length + 2, 0);
			if (b && isListMove(b.action))
				step.do({type: 'help/scroll', move: b.action, count: lines, page: Math.max(1, env.layout.body - 1)});
			return;
		}
		case 'picker': {
			const d = step.derived;
			if (overlay.confirm) return confirmKey(step, overlay.confirm, name);
			const b = findBinding(PICKER_KEYS, name, {count: d.picker.length});
			if (!b) {
				if (name === 'backspace') step.do({type: 'picker/query', query: [...overlay.query].slice(0, -1).join('')});
				else if (name === 'ctrl+u') step.do({type: 'picker/query', query: ''});
				return;
			}
			if (b.action === 'close') return step.do({type: 'overlay', overlay: null});
			if (b.action === 'remove' || b.action === 'refile') {
				const ref = d.picker[overlay.cursor];
				if (!ref) return;
				return step.do({
					type: 'picker/confirm',
					confirm:
						b.action === 'remove' ? {kind: 'remove', ref} : {kind: 'move', ref, value: `${ref.region} ${ref.year}`},
				});
			}
			if (b.action === 'open') {
				const ref = d.picker[overlay.cursor];
				if (ref) step.effects.push({kind: 'open', ref});
				return step.do({type: 'overlay', overlay: null});
			}
			return step.do({type: 'picker/move', move: b.action, count: d.picker.length, page: env.layout.pickerPage});
		}
		case 'jump': {
			const edit = editBox({value: overlay.value, editing: true}, {name});
			if (!edit) return;
			if (edit.kind === 'cancel') return step.do({type: 'overlay', overlay: null});
			if (edit.kind === 'set') return step.do({type: 'jump/value', value: edit.value});
			const {actions, message} = jumpToSection(env, state, overlay.value);
			step.do(...actions);
			if (message) step.say(message);
			return;
		}
		case 'export': {
			const format = ({c: 'csv', j: 'json', m: 'md'} as const)[name as 'c' | 'j' | 'm'];
			if (format) step.effects.push({kind: 'export', file: exportView(env, state, step.derived, format)});
			if (format || name === 'escape' || name === 'q') step.do({type: 'overlay', overlay: null});
			return;
		}
	}
}

/** A key while a change of the store waits for its confirmation in the picker. */
function confirmKey(step: Step, confirm: PickerConfirm, name: string) {
	const cancel = () => step.do({type: 'picker/confirm', confirm: null});
	if (confirm.kind === 'remove') {
		if (name !== 'y') return cancel();
		step.effects.push({kind: 'remove', ref: confirm.ref});
		return step.do({type: 'overlay', overlay: null});
	}
	const edit = editBox({value: confirm.value, editing: true}, {name});
	if (!edit) return;
	if (edit.kind === 'cancel') return cancel();
	if (edit.kind === 'set') return step.do({type: 'picker/confirm', confirm: {...confirm, value: edit.value}});
	const target = moveTarget(confirm.value, confirm.ref);
	if (!target)
		return step.say([
			'type where it goes: a region, a year or both (长治市 2022), other than where it is',
			'请输入要改到的地区、年份或两者（如 长治市 2022），且与现在不同',
		]);
	step.effects.push({kind: 'move', ref: confirm.ref, ...target});
	return step.do({type: 'overlay', overlay: null});
}

function screenKey(step: Step, name: string): boolean {
	return SCREENS[step.state.view].key(step, name);
}

/** Shows a view; the Regions screen asks the shell for its data the first time (see run.tsx). */
export function showView(step: Step, view: State['view']): void {
	step.do({type: 'view', view});
	if (view === 'regions' && !step.env.regions) step.effects.push({kind: 'regions'});
}

function globalKey(step: Step, name: string) {
	const {env, state} = step;
	const d = step.derived;
	const b = findBinding(GLOBAL_KEYS, name, globalCtx(env, state, d));
	if (!b) return;
	const years = env.data.years.length;
	switch (b.action) {
		case 'view1':
		case 'view2':
		case 'view3':
		case 'view4':
			return showView(step, VIEW_ORDER[Number(b.action.slice(-1)) - 1]!);
		case 'nextView':
			return showView(step, VIEW_ORDER[(VIEW_ORDER.indexOf(state.view) + 1) % VIEW_ORDER.length]!);
		case 'nextYear':
		case 'previousYear': {
			const yearIndex = (state.yearIndex + (b.action === 'nextYear' ? 1 : years - 1)) % years;
			step.do({type: 'year', yearIndex});
			return step.say([
				`${env.data.region} ${env.data.years[yearIndex]}`,
				`${env.data.region} ${env.data.years[yearIndex]} 年`,
			]);
		}
		case 'picker': {
			const at = env.catalogue.findIndex(r => r.body === env.data.body && r.year === env.data.years[state.yearIndex]);
			step.do({type: 'overlay', overlay: {kind: 'picker', query: '', cursor: 0}});
			// The list starts at the report on screen.
			const rows = step.derived.picker;
			const cursor = at < 0 ? -1 : rows.indexOf(env.catalogue[at]!);
			if (cursor > 0) step.do({type: 'picker/select', cursor});
			return;
		}
		case 'jump':
			return step.do({type: 'overlay', overlay: {kind: 'jump', value: ''}});
		case 'copy': {
			const text = copyText(state, d);
			if (text) step.effects.push({kind: 'copy', text});
			return step.say(['copied to the clipboard (OSC 52)', '已复制到剪贴板（OSC 52）']);
		}
		case 'export':
			return step.do({type: 'overlay', overlay: {kind: 'export'}});
		case 'help':
			return step.do({type: 'overlay', overlay: {kind: 'help', scroll: 0}});
		case 'quit':
			step.effects.push({kind: 'quit'});
			return;
	}
}

function key(step: Step, name: string) {
	if (step.state.overlay) return overlayKey(step, name);
	const box = editingBox(step.state);
	if (box) {
		if (name === 'ctrl+c') {
			step.effects.push({kind: 'quit'});
			return;
		}
		const edit = editBox(
			box === 'sections'
				? step.state.sections.search
				: box === 'indicators'
					? step.state.indicators.filter
					: step.state.diff.filter,
			{name},
		);
		if (edit) boxEdit(step, box, edit);
		return;
	}
	if (!screenKey(step, name)) globalKey(step, name);
}

/** Typed or pasted text: into the box being edited (or the picker's query, the jump box); else keys, one by one. */
function text(step: Step, value: string, pasted: boolean) {
	const [line = '', ...rest] = value.split(/\r\n|\r|\n/);
	const overlay = step.state.overlay;
	if (overlay?.kind === 'picker' && overlay.confirm?.kind === 'move') {
		const value = overlay.confirm.value + line.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
		step.do({type: 'picker/confirm', confirm: {...overlay.confirm, value}});
		if (rest.length) key(step, 'return');
		return;
	}
	if (overlay?.kind === 'picker' && overlay.confirm) return key(step, [...line][0] ?? 'n');
	if (overlay?.kind === 'picker') {
		step.do({type: 'picker/query', query: overlay.query + line});
		if (rest.length) key(step, 'return');
		return;
	}
	if (overlay?.kind === 'jump') {
		step.do({type: 'jump/value', value: overlay.value + line});
		if (rest.length) key(step, 'return');
		return;
	}
	const box = editingBox(step.state);
	if (box && !overlay) {
		boxEdit(step, box, {
			kind: 'set',
			value:
				(box === 'sections'
					? step.state.sections.search
					: box === 'indicators'
						? step.state.indicators.filter
						: step.state.diff.filter
				).value + line.replace(/[\u0000-\u001F\u007F-\u009F]/g, ''),
		});
		// A pasted line's newline is Enter; what follows it is not typed anywhere.
		if (rest.length) key(step, 'return');
		return;
	}
	if (pasted) return step.say(['press / to paste into a filter or search', '先按 / 再粘贴到筛选或查找框']);
	// Keys typed fast arrive as one run ("/复议"): each is a key until one of them opens a box, which takes the rest.
	const chars = [...line];
	for (let k = 0; k < chars.length; k++) {
		if (editingBox(step.state) || step.state.overlay?.kind === 'picker' || step.state.overlay?.kind === 'jump')
			return text(step, chars.slice(k).join(''), false);
		key(step, chars[k]!);
	}
}

function mouse(step: Step, event: Extract<KeyEvent, {kind: 'mouse'}>) {
	const {env, state} = step;
	if (event.action === 'wheelUp' || event.action === 'wheelDown') {
		const name = event.action === 'wheelUp' ? 'up' : 'down';
		if (state.overlay?.kind === 'help' || state.overlay?.kind === 'picker') return overlayKey(step, name);
		if (!state.overlay) for (let k = 0; k < 3; k++) if (!screenKey(step, name)) return;
		return;
	}
	// A click on a tab of the header switches view; a click on a row of a list selects it.
	if (event.y === 0) {
		const tabs = headerTabs(state.view, env.layout.columns, env.lang);
		let x = env.layout.columns - tabs.reduce((n, t) => n + widthOf(t.text), 0);
		for (const t of tabs) {
			if (event.x >= x && event.x < x + widthOf(t.text)) return showView(step, t.v);
			x += widthOf(t.text);
		}
	}
}

/** Handles one input event. */
export function update(state: State, event: AppEvent, env: Env): Result {
	const step = new Step(state, env);
	if (event.kind === 'message') {
		step.say(event.message);
		return {state: step.state, effects: []};
	}
	if (step.state.message) step.do({type: 'message', message: null});
	if (!env.layout.fits) {
		// Nothing is shown that a key could act on: only quitting does anything.
		if (event.kind === 'key' && (event.name === 'ctrl+c' || event.name === 'q')) step.effects.push({kind: 'quit'});
		if (event.kind === 'text' && event.text.includes('q')) step.effects.push({kind: 'quit'});
		return {state: step.state, effects: step.effects};
	}
	if (event.kind === 'key') key(step, event.name);
	else if (event.kind === 'text') text(step, event.text, false);
	else if (event.kind === 'paste') text(step, event.text, true);
	else mouse(step, event);
	return {state: step.state, effects: step.effects};
}
