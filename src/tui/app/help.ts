/** The help overlay's contents: the screen's key map and the global one, each key enabled or not right now. */
import type {HelpSection} from '../help/view.js';
import {DIFF_KEYS} from '../diff/keys.js';
import {INDICATORS_KEYS} from '../indicators/keys.js';
import type {Binding} from '../keymap.js';
import {SECTIONS_KEYS} from '../sections/keys.js';
import {PICKER_KEYS} from '../picker/keys.js';
import type {Derived, Env} from './derive.js';
import {GLOBAL_KEYS} from './global-keys.js';
import type {State} from './state.js';
import {diffCtx, globalCtx, indicatorsCtx, sectionsCtx} from './update.js';

const VIEW_TITLES = {
	sections: ['Sections view', '章节视图'],
	indicators: ['Indicators view', '指标视图'],
	diff: ['Diff view', '对比视图'],
} as const;

function entries<A extends string, C>(bindings: readonly Binding<A, C>[], ctx: C, zh: boolean) {
	return bindings.map(b => ({label: b.label, help: b.help[zh ? 1 : 0], enabled: b.when?.(ctx) ?? true}));
}

/** The screen's bindings with their context, for the current view. */
function screenEntries(env: Env, state: State, d: Derived, zh: boolean) {
	if (state.view === 'sections') return entries(SECTIONS_KEYS, sectionsCtx(env, state, d), zh);
	if (state.view === 'indicators') return entries(INDICATORS_KEYS, indicatorsCtx(env, state, d), zh);
	return entries(DIFF_KEYS, diffCtx(env, state, d), zh);
}

/** Keys the screen takes for itself now: a global binding on one of them does nothing here. */
function screenKeys(env: Env, state: State, d: Derived): Set<string> {
	const taken = <A extends string, C>(bindings: readonly Binding<A, C>[], ctx: C) =>
		bindings.filter(b => b.when?.(ctx) ?? true).flatMap(b => b.keys);
	if (state.view === 'sections') return new Set(taken(SECTIONS_KEYS, sectionsCtx(env, state, d)));
	if (state.view === 'indicators') return new Set(taken(INDICATORS_KEYS, indicatorsCtx(env, state, d)));
	return new Set(taken(DIFF_KEYS, diffCtx(env, state, d)));
}

function globalEntries(env: Env, state: State, d: Derived, zh: boolean) {
	const taken = screenKeys(env, state, d);
	const ctx = globalCtx(env, state, d);
	return GLOBAL_KEYS.map(b => ({
		binding: b,
		label: b.label,
		help: b.help[zh ? 1 : 0],
		enabled: (b.when?.(ctx) ?? true) && !b.keys.every(k => taken.has(k)),
	}));
}

export function helpSections(env: Env, state: State, d: Derived): HelpSection[] {
	const zh = env.lang === 'zh';
	return [
		{title: VIEW_TITLES[state.view][zh ? 1 : 0], entries: screenEntries(env, state, d, zh)},
		{title: zh ? '所有视图' : 'Every view', entries: globalEntries(env, state, d, zh)},
	];
}

/**
 * The footer's short help: an overlay's own keys while it is open (the picker's, the help's…: the view's keys do
 * nothing then); else the screen's and the global keys that have a few words and do something now.
 */
export function shortHelp(env: Env, state: State, d: Derived): {keys: string; words: string}[] {
	const zh = env.lang === 'zh';
	const short = <A extends string, C>(b: Binding<A, C>) => ({
		keys: b.label.split(' ')[0]!,
		words: b.short![zh ? 1 : 0],
	});
	const pick = <A extends string, C>(bindings: readonly Binding<A, C>[], ctx: C) =>
		bindings.filter(b => b.short && (b.when?.(ctx) ?? true)).map(short);
	const say = (keys: string, en: string, zhWords: string) => ({keys, words: zh ? zhWords : en});
	const overlay = state.overlay;
	if (overlay?.kind === 'picker') {
		if (overlay.confirm?.kind === 'remove') return [say('y', 'remove', '删除'), say('n', 'cancel', '取消')];
		if (overlay.confirm) return [say('Enter', 'move', '确认'), say('Esc', 'cancel', '取消')];
		return [say('↑↓', 'move', '移动'), ...pick(PICKER_KEYS, {count: d.picker.length}).filter(k => k.keys !== '↓')];
	}
	if (overlay?.kind === 'help') return [say('↑↓', 'scroll', '滚动'), say('Esc', 'close', '关闭')];
	if (overlay?.kind === 'jump') return [say('Enter', 'go', '跳转'), say('Esc', 'cancel', '取消')];
	if (overlay?.kind === 'export')
		return [
			say('c', 'CSV', 'CSV'),
			say('j', 'JSON', 'JSON'),
			say('m', 'Markdown', 'Markdown'),
			say('Esc', 'cancel', '取消'),
		];
	const screen =
		state.view === 'sections'
			? pick(SECTIONS_KEYS, sectionsCtx(env, state, d))
			: state.view === 'indicators'
				? pick(INDICATORS_KEYS, indicatorsCtx(env, state, d))
				: pick(DIFF_KEYS, diffCtx(env, state, d));
	const global = globalEntries(env, state, d, zh)
		.filter(e => e.enabled && e.binding.short)
		.map(e => short(e.binding));
	return [...screen, ...global];
}
