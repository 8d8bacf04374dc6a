/**
 * A screen line as styled segments. Views build lines as plain data (so they can be tested without Ink) and
 * the <Lines> component draws them. Every line is cut to the width it is given, in display columns.
 */
import {inertLine} from '../render/sanitize.js';
import {padEnd, truncate, width} from '../render/width.js';

export interface Segment {
	readonly text: string;
	readonly color?: string;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly inverse?: boolean;
}

export type Line = readonly Segment[];

export const plain = (text: string): Segment => ({text: inertLine(text)});

export function lineWidth(line: Line): number {
	return line.reduce((sum, s) => sum + width(s.text), 0);
}

/** Cuts a line to `columns` display columns (… on the last kept segment) and pads it to exactly that width. */
export function fit(line: Line, columns: number): Line {
	const out: Segment[] = [];
	let used = 0;
	for (const s of line) {
		const w = width(s.text);
		if (used + w <= columns) {
			out.push(s);
			used += w;
			continue;
		}
		const cut = truncate(s.text, columns - used);
		if (cut) out.push({...s, text: cut});
		used += width(cut);
		break;
	}
	if (used < columns) out.push({text: ' '.repeat(columns - used)});
	return out;
}

/** Joins lines side by side: left padded to `leftWidth`, a separator, then right. */
export function beside(left: Line, leftWidth: number, separator: string, right: Line, rightWidth: number): Line {
	return [...fit(left, leftWidth), {text: separator, dim: true}, ...fit(right, rightWidth)];
}

export function padLines(lines: readonly Line[], height: number, columns: number): Line[] {
	const out = lines.slice(0, height).map(l => fit(l, columns));
	while (out.length < height) out.push([{text: padEnd('', columns)}]);
	return out;
}

/**
 * Wraps text to `columns`, marking the given spans (figures, matches) with a style. Returns the lines and, for
 * each span, the line it starts on.
 */
export function wrapWithSpans(
	text: string,
	columns: number,
	spans: readonly {start: number; end: number; style: Omit<Segment, 'text'>}[],
): {lines: Line[]; spanLines: number[]} {
	const clean = inertLine(text);
	const lines: Line[] = [];
	const spanLines = spans.map(() => 0);
	let current: Segment[] = [];
	let used = 0;
	let buffer = '';
	let style: Omit<Segment, 'text'> = {};
	const flush = () => {
		if (buffer) current.push({...style, text: buffer});
		buffer = '';
	};
	for (let i = 0; i < clean.length; i++) {
		const ch = clean[i]!;
		const w = width(ch);
		if (used + w > columns && used > 0) {
			flush();
			lines.push(current);
			current = [];
			used = 0;
		}
		const k = spans.findIndex(s => i >= s.start && i < s.end);
		const next = k === -1 ? {} : spans[k]!.style;
		if (next !== style) {
			flush();
			style = next;
		}
		if (k !== -1 && i === spans[k]!.start) spanLines[k] = lines.length;
		buffer += ch;
		used += w;
	}
	flush();
	lines.push(current);
	return {lines, spanLines};
}
