/**
 * The one colour theme of the CLI and the explorer. Colour only ever adds to what text already says (▲/▼, ▸,
 * inverse video): it is off without a terminal and under NO_COLOR, and which colour marks a rise is a setting,
 * because it is a convention, not a fact — in China red means up (as in stock quotes), elsewhere green does, and
 * neither should suggest that more is better. JCFZ_CHANGE_COLORS=cn|intl|none (default none: no colour for
 * the direction of a change).
 */
export type Hue = 'yellow' | 'cyan' | 'green' | 'red' | 'magenta';
export type ChangeColors = 'cn' | 'intl' | 'none';
export const CHANGE_COLORS: readonly ChangeColors[] = ['none', 'cn', 'intl'];

export interface Theme {
	/** Figures in running text. */
	readonly figure: Hue;
	/** Search matches. */
	readonly match: Hue;
	/** A rise and a fall; undefined: not coloured. */
	readonly up: Hue | undefined;
	readonly down: Hue | undefined;
}

export function changeColors(env: NodeJS.ProcessEnv): ChangeColors {
	const value = env.JCFZ_CHANGE_COLORS;
	return value === 'cn' || value === 'intl' ? value : 'none';
}

export function theme(changes: ChangeColors = 'none'): Theme {
	const [up, down] =
		changes === 'cn' ? (['red', 'green'] as const) : changes === 'intl' ? (['green', 'red'] as const) : [];
	return {figure: 'yellow', match: 'cyan', up, down};
}

/** SGR codes of each hue (foreground on, off). */
export const SGR: Readonly<Record<Hue, readonly [number, number]>> = {
	yellow: [33, 39],
	cyan: [36, 39],
	green: [32, 39],
	red: [31, 39],
	magenta: [35, 39],
};
