/** The help overlay's contents: the screen's key map and the global one, each key enabled or not right now. */
import type {HelpSection} from '../help/view.js';
import {PICKER_KEYS} from '../picker/keys.js';
import type {Binding} from '../keymap.js';
import type {Derived, Env} from './derive.js';
import {GLOBAL_KEYS, globalCtx} from './global-keys.js';
import {SCREENS} from './screens/index.js';
import type {State} from './state.js';
import {say} from '../../core/said.js';

/** Keys the screen takes for itself now: a global binding on one of them does nothing here. */
function screenKeys(env: Env, state: State, d: Derived): Set<string> {
	return new Set(
		SCREENS[state.view]
			.bindings(env, state, d)
			.filter(b => b.enabled)
			.flatMap(b => b.keys),
	);
}

function globalEntries(env: Env, state: State, d: Derived) {
	const taken = screenKeys(env, state, d);
	const ctx = globalCtx(env, state, d);
	return GLOBAL_KEYS.map(b => ({
		binding: b,
		label: b.label,
		help: say(b.help, env.lang),
		enabled: (b.when?.(ctx) ?? true) && !b.keys.every(k => taken.has(k)),
	}));
}

export function helpSections(env: Env, state: State, d: Derived): HelpSection[] {
	const {lang} = env;
	return [
		{
			title: say(SCREENS[state.view].title, lang),
			entries: SCREENS[state.view]
				.bindings(env, state, d)
				.map(b => ({label: b.label, help: say(b.help, lang), enabled: b.enabled})),
		},
		{title: say(['Every view', '所有视图'], lang), entries: globalEntries(env, state, d)},
	];
}

/**
 * The footer's short help: an overlay's own keys while it is open (the picker's, the help's…: the view's keys do
 * nothing then); else the screen's and the global keys that have a few words and do something now.
 */
export function shortHelp(env: Env, state: State, d: Derived): {keys: string; words: string}[] {
	const {lang} = env;
	const short = <A extends string, C>(b: Binding<A, C>) => ({
		keys: b.label.split(' ')[0]!,
		words: say(b.short!, lang),
	});
	const pick = <A extends string, C>(bindings: readonly Binding<A, C>[], ctx: C) =>
		bindings.filter(b => b.short && (b.when?.(ctx) ?? true)).map(short);
	const key = (keys: string, en: string, zh: string) => ({keys, words: say([en, zh], lang)});
	const overlay = state.overlay;
	if (overlay?.kind === 'picker') {
		if (overlay.confirm?.kind === 'remove') return [key('y', 'remove', '删除'), key('n', 'cancel', '取消')];
		if (overlay.confirm) return [key('Enter', 'move', '确认'), key('Esc', 'cancel', '取消')];
		return [key('↑↓', 'move', '移动'), ...pick(PICKER_KEYS, {count: d.picker.length}).filter(k => k.keys !== '↓')];
	}
	if (overlay?.kind === 'help') return [key('↑↓', 'scroll', '滚动'), key('Esc', 'close', '关闭')];
	if (overlay?.kind === 'jump') return [key('Enter', 'go', '跳转'), key('Esc', 'cancel', '取消')];
	if (overlay?.kind === 'export')
		return [
			key('c', 'CSV', 'CSV'),
			key('j', 'JSON', 'JSON'),
			key('m', 'Markdown', 'Markdown'),
			key('Esc', 'cancel', '取消'),
		];
	const screen = SCREENS[state.view]
		.bindings(env, state, d)
		.filter(b => b.short && b.enabled)
		.map(b => ({keys: b.label.split(' ')[0]!, words: say(b.short!, lang)}));
	const global = globalEntries(env, state, d)
		.filter(e => e.enabled && e.binding.short)
		.map(e => short(e.binding));
	return [...screen, ...global];
}
