/** Marks figures or search hits inside a line of text; the text is made inert piece by piece. */
import {inertLine} from '../core/inert.js';
import {toSimplified} from '../core/script.js';

export type Span = readonly [start: number, end: number];

/** Applies `mark` to each span (sorted, non-overlapping spans are assumed; overlaps are skipped). */
export function markSpans(text: string, spans: readonly Span[], mark: (s: string) => string): string {
	let out = '';
	let at = 0;
	for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
		if (a < at || b <= a) continue;
		out += inertLine(text.slice(at, a)) + mark(inertLine(text.slice(a, b)));
		at = b;
	}
	return out + inertLine(text.slice(at));
}

/**
 * Every occurrence of `needle` in `text` (case-insensitive for Latin letters; traditional and simplified script
 * alike: both are folded to simplified script, which keeps every position, so 復議 finds 复议 and 复议 finds 復議).
 */
export function occurrences(raw: string, rawNeedle: string): Span[] {
	if (!rawNeedle) return [];
	const text = toSimplified(raw);
	const needle = toSimplified(rawNeedle);
	// Lower-casing only when the needle has a letter that has case: most searches are for Chinese text.
	const caseless = needle.toLowerCase() !== needle.toUpperCase();
	const hay = caseless ? text.toLowerCase() : text;
	const n = caseless ? needle.toLowerCase() : needle;
	const spans: Span[] = [];
	for (let i = hay.indexOf(n); i !== -1; i = hay.indexOf(n, i + n.length)) spans.push([i, i + n.length]);
	return spans;
}
