/**
 * Key maps as data. Each screen has a table of bindings; the same table drives input handling, the footer (a
 * short help field) and the help overlay (every key, greyed out where it does nothing now), so that what they
 * say is what the keys do.
 */

export interface Binding<A extends string, C> {
	readonly keys: readonly string[];
	/** How the keys are shown: "↑↓ j k". */
	readonly label: string;
	readonly action: A;
	readonly help: readonly [en: string, zh: string];
	/** A few words for the footer; bindings without one are in the help overlay only. */
	readonly short?: readonly [en: string, zh: string];
	/** Whether the key does something now (default: always). */
	readonly when?: (ctx: C) => boolean;
}

export function findBinding<A extends string, C>(
	bindings: readonly Binding<A, C>[],
	name: string,
	ctx: C,
): Binding<A, C> | undefined {
	return bindings.find(b => b.keys.includes(name) && (b.when?.(ctx) ?? true));
}

/** The list keys every list and pager shares. */
export function listBindings<C>(
	extra: Partial<Record<'up' | 'down', readonly string[]>> = {},
): Binding<'up' | 'down' | 'pageUp' | 'pageDown' | 'halfUp' | 'halfDown' | 'top' | 'bottom', C>[] {
	return [
		{keys: ['up', 'k', ...(extra.up ?? [])], label: '↑ k', action: 'up', help: ['up', '上移']},
		{
			keys: ['down', 'j', ...(extra.down ?? [])],
			label: '↓ j',
			action: 'down',
			help: ['down', '下移'],
			short: ['move', '移动'],
		},
		{keys: ['pageup', 'ctrl+b'], label: 'PgUp Ctrl-B', action: 'pageUp', help: ['page up', '上一页']},
		{keys: ['pagedown', 'ctrl+f', ' '], label: 'PgDn Space Ctrl-F', action: 'pageDown', help: ['page down', '下一页']},
		{keys: ['ctrl+u'], label: 'Ctrl-U', action: 'halfUp', help: ['half a page up', '上移半页']},
		{keys: ['ctrl+d'], label: 'Ctrl-D', action: 'halfDown', help: ['half a page down', '下移半页']},
		{keys: ['g', 'home'], label: 'g Home', action: 'top', help: ['first', '开头']},
		{keys: ['G', 'end'], label: 'G End', action: 'bottom', help: ['last', '末尾']},
	];
}

/**
 * A screen's filter box: `/` opens it, Esc clears it when it holds something. `help` says what the filter matches;
 * `when` whether it does anything now (default: always).
 */
export function filterBindings<C extends {readonly state: {readonly filter: {readonly value: string}}}>(
	help: readonly [en: string, zh: string],
	when?: (ctx: C) => boolean,
): Binding<'filter' | 'clear', C>[] {
	return [
		{keys: ['/'], label: '/', action: 'filter', help, short: ['filter', '筛选'], ...(when ? {when} : {})},
		{
			keys: ['escape'],
			label: 'Esc',
			action: 'clear',
			help: ['clear the filter', '清除筛选'],
			when: c => c.state.filter.value !== '',
		},
	];
}
