/** The help overlay's contents: the screen's key map and the global one, each key enabled or not right now. */
import type {HelpSection} from '../help/view.js';
import {PICKER_KEYS} from '../picker/keys.js';
import type {Binding} from '../keymap.js';
import type {Derived, Env} from './derive.js';
import {GLOBAL_KEYS, globalCtx} from './global-keys.js';
import {SCREENS} from './screens/index.js';
import type {State} from './state.js';

/** Keys the screen takes for itself now: a global binding on one of them does nothing here. */
function screenKeys(env: Env, state: State, d: Derived): Set<string> {
	return new Set(
		SCREENS[state.view]
			.bindings(env, state, d)
			.filter(b => b.enabled)
			.flatMap(b => b.keys),
	);
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
		{
			title: SCREENS[state.view].title[zh ? 1 : 0],
			entries: SCREENS[state.view]
				.bindings(env, state, d)
				.map(b => ({label: b.label, help: b.help[zh ? 1 : 0], enabled: b.enabled})),
		},
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
	const screen = SCREENS[state.view]
		.bindings(env, state, d)
		.filter(b => b.short && b.enabled)
		.map(b => ({keys: b.label.split(' ')[0]!, words: b.short![zh ? 1 : 0]}));
	const global = globalEntries(env, state, d, zh)
		.filter(e => e.enabled && e.binding.short)
		.map(e => short(e.binding));
	return [...screen, ...global];
}
