/**
 * Colour on a terminal only: off when piped, off with NO_COLOR (which chalk ignores), on with FORCE_COLOR. The
 * hues come from the theme (theme.ts).
 */
import {SGR, theme, type ChangeColors, type Hue} from './theme.js';

export interface Palette {
	readonly enabled: boolean;
	bold(text: string): string;
	dim(text: string): string;
	/** Figures in running text. */
	highlight(text: string): string;
	up(text: string): string;
	down(text: string): string;
}

export function colorEnabled(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
	if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
	return stream.isTTY === true && env.TERM !== 'dumb';
}

const sgr = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`;
const plain = (text: string) => text;
const hue = (h: Hue | undefined) => (h ? sgr(...SGR[h]) : plain);

export function palette(enabled: boolean, changes: ChangeColors = 'none'): Palette {
	if (!enabled) return {enabled, bold: plain, dim: plain, highlight: plain, up: plain, down: plain};
	const t = theme(changes);
	return {enabled, bold: sgr(1, 22), dim: sgr(2, 22), highlight: hue(t.figure), up: hue(t.up), down: hue(t.down)};
}
