/**
 * A screen of the explorer (the glow habit: the root model only routes). Each view is one module of this folder
 * with everything the root needs of it — its key map and what its keys do, its status line, what `c` copies, what
 * has its keys, how it is drawn — so that adding a view is its folder, one module here and one line in the
 * registry (index.ts).
 */
import type {ReactElement} from 'react';
import type {Binding} from '../../keymap.js';
import type {Derived, Env} from '../derive.js';
import type {State, View} from '../state.js';
import type {Step} from '../step.js';
import {say, type Lang} from '../../../core/said.js';

/** A binding as the help and the footer show it, with whether it does something now. */
export interface ShownBinding {
	readonly keys: readonly string[];
	readonly label: string;
	readonly help: readonly [en: string, zh: string];
	readonly short?: readonly [en: string, zh: string];
	readonly enabled: boolean;
}

export interface Screen {
	readonly view: View;
	/** The help's title for it. */
	readonly title: readonly [en: string, zh: string];
	/** Its key map now: every key, each enabled or not. */
	bindings(env: Env, state: State, d: Derived): ShownBinding[];
	/** Handles one of its keys; false when the key is not one of its own (the global keys come next). */
	key(step: Step, name: string): boolean;
	/** What the status line says when no message, box or overlay does. */
	status(state: State, d: Derived, lang: 'zh' | 'en'): string;
	/** What `c` copies: the selection as text, or null. */
	copyText(state: State, d: Derived): string | null;
	/** What has the keys (目录, 正文, 筛选 …), for the footer. */
	mode(state: State, lang: Lang): string;
	/** The view itself, in the body of the frame. */
	render(frame: Frame): ReactElement;
}

/** What a screen is drawn from: the state, what is derived from it, the environment and the window's memory. */
export interface Frame {
	readonly state: State;
	readonly derived: Derived;
	readonly env: Env;
	readonly isColor: boolean;
	/**
	 * The first line each view's list showed in the last frame, by view: a list scrolls only when its cursor leaves
	 * the window (windowStart). Read and written while drawing: a memo of the last frame, the same on a second draw
	 * of the same state, never state of its own.
	 */
	readonly tops: Record<View, number>;
}

/** A key map as the help shows it. */
export function shown<A extends string, C>(bindings: readonly Binding<A, C>[], ctx: C): ShownBinding[] {
	return bindings.map(b => ({
		keys: b.keys,
		label: b.label,
		help: b.help,
		...(b.short ? {short: b.short} : {}),
		enabled: b.when?.(ctx) ?? true,
	}));
}

/** The status line of a text box being edited. */
export function editingStatus(kind: 'search' | 'filter', value: string, lang: Lang): string {
	return kind === 'search'
		? `${say(['search', '查找'], lang)} /${value}▏  ${say(['Enter finds the first, Esc cancels', '回车跳到第一处，Esc 取消'], lang)}`
		: `${say(['filter', '筛选'], lang)} /${value}▏  ${say(['Enter keeps, Esc clears', '回车保留，Esc 清除'], lang)}`;
}
