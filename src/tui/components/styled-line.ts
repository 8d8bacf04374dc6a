/**
 * A screen line as styled segments. Views build lines as plain data (so they can be tested without Ink) and
 * the <Lines> component draws them. Every line is cut to the width it is given, in display columns.
 */
import {inertLine} from '../../core/inert.js';
import {padEnd, truncate, width} from '../../render/width.js';
import {minOf} from '../../core/arrays.js';

export interface Segment {
	readonly text: string;
	readonly color?: string;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
}

export type Line = readonly Segment[];

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

/** Characters a line should not start with (kinsoku): closing punctuation stays with what it closes. */
const NO_LINE_START = '，。、；：？！）》”’」』…%';
/** Characters a line should not end with: an opening bracket or quote goes with what it opens. */
const NO_LINE_END = '（《“‘「『';
const DIGIT = /[0-9０-９.．]/;

/**
 * Where a break that would fall at `at` may go instead, no earlier than just after `start`: before a run of closing
 * punctuation (”。 both stay), after no opening bracket, and not inside a number (作出批示24次, not 2 / 4次).
 */
function breakBefore(text: string, at: number, start: number): number {
	for (let pass = 0; pass < 4; pass++) {
		const before = at;
		while (at - 1 > start && NO_LINE_START.includes(text[at]!)) at--;
		while (at - 1 > start && NO_LINE_END.includes(text[at - 1]!)) at--;
		while (at - 1 > start && DIGIT.test(text[at]!) && DIGIT.test(text[at - 1]!)) at--;
		if (at === before) break;
	}
	return at;
}

/**
 * Where each line starts when `text` is wrapped to `columns`: never inside a span (a figure is not split over
 * two lines unless it is longer than a line) and never before closing punctuation.
 */
export function lineStarts(text: string, columns: number, spans: readonly {start: number; end: number}[]): number[] {
	const starts = [0];
	let used = 0;
	for (let i = 0; i < text.length; i++) {
		const w = width(text[i]!);
		if (used + w > columns && i > starts.at(-1)!) {
			let at = breakBefore(text, i, starts.at(-1)!);
			// A figure is kept whole.
			const inside = spans.find(s => at > s.start && at < s.end);
			if (inside && inside.start > starts.at(-1)!) at = inside.start;
			starts.push(at);
			used = 0;
			for (let k = at; k < i; k++) used += width(text[k]!);
		}
		used += w;
	}
	return starts;
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
	const starts = lineStarts(clean, columns, spans);
	const lines: Line[] = starts.map((start, k) => {
		const end = starts[k + 1] ?? clean.length;
		const segments: Segment[] = [];
		let at = start;
		while (at < end) {
			const span = spans.find(s => at >= s.start && at < s.end);
			const next = span
				? Math.min(end, span.end)
				: minOf(
						spans.filter(s => s.start > at).map(s => s.start),
						end,
					);
			segments.push({...(span?.style ?? {}), text: clean.slice(at, next)});
			at = next;
		}
		return segments;
	});
	const spanLines = spans.map(s => {
		let line = 0;
		while (line + 1 < starts.length && starts[line + 1]! <= s.start) line++;
		return line;
	});
	return {lines, spanLines};
}
