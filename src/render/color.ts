/**
 * Colour on a terminal only: off when piped, off with NO_COLOR (which chalk ignores), on with FORCE_COLOR.
 */

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

export function palette(enabled: boolean): Palette {
	return enabled
		? {enabled, bold: sgr(1, 22), dim: sgr(2, 22), highlight: sgr(33, 39), up: sgr(32, 39), down: sgr(31, 39)}
		: {enabled, bold: plain, dim: plain, highlight: plain, up: plain, down: plain};
}
