/**
 * Text that remembers where it came from: `runs` map stretches of the text to the source, `[textIndex,
 * sourceOffset]` in ascending order, each run lasting until the next. Lines, headings and paragraphs are cut,
 * cleaned and joined as Mapped text, so every character keeps its source offset at the cost of one pair per
 * stretch rather than one number per character (a 20 MB report would need 20 million of those).
 */

export type Run = readonly [textIndex: number, sourceOffset: number];

export interface Mapped {
	readonly text: string;
	readonly runs: readonly Run[];
}

/** A line of the source as it is: one run. */
export function mappedLine(text: string, sourceOffset: number): Mapped {
	return {text, runs: text === '' ? [] : [[0, sourceOffset]]};
}

/** Index of the run that holds text index `i` (the last run starting at or before it), -1 when none does. */
function runAt(runs: readonly Run[], i: number): number {
	let lo = 0;
	let hi = runs.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (runs[mid]![0] <= i) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/** The source offset of character `i`, or `fallback` when the text has no runs. */
export function offsetAt(runs: readonly Run[], i: number, fallback = 0): number {
	const k = runAt(runs, i);
	if (k < 0) return runs.length ? runs[0]![1] : fallback;
	const [t, o] = runs[k]!;
	return o + (i - t);
}

/** The text index of source offset `offset` in a text of `length` characters, -1 when it is not in the text. */
export function indexOfOffset(runs: readonly Run[], length: number, offset: number): number {
	let lo = 0;
	let hi = runs.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const [t, o] = runs[mid]!;
		const end = mid + 1 < runs.length ? runs[mid + 1]![0] : length;
		if (offset < o) hi = mid - 1;
		else if (offset >= o + (end - t)) lo = mid + 1;
		else return t + (offset - o);
	}
	return -1;
}

/** The first text index whose source offset is at least `offset` (text.length when none is). */
export function indexAtOrAfter(m: Mapped, offset: number): number {
	for (let k = 0; k < m.runs.length; k++) {
		const [t, o] = m.runs[k]!;
		const end = k + 1 < m.runs.length ? m.runs[k + 1]![0] : m.text.length;
		if (o + (end - t) > offset) return offset <= o ? t : t + (offset - o);
	}
	return m.text.length;
}

/** Adds a run, merged into the previous one when it continues it in the source. */
function pushRun(runs: Run[], t: number, o: number): void {
	const last = runs[runs.length - 1];
	if (last && last[1] + (t - last[0]) === o) return;
	if (last && last[0] === t) runs.pop();
	runs.push([t, o]);
}

export function sliceMapped(m: Mapped, start: number, end = m.text.length): Mapped {
	const runs: Run[] = [];
	if (end > start) {
		for (let k = Math.max(0, runAt(m.runs, start)); k < m.runs.length && m.runs[k]![0] < end; k++) {
			const [t, o] = m.runs[k]!;
			const from = Math.max(t, start);
			pushRun(runs, from - start, o + (from - t));
		}
	}
	return {text: m.text.slice(start, end), runs};
}

/** Texts joined one after the other, each keeping its own map. */
export function joinMapped(parts: readonly Mapped[]): Mapped {
	const runs: Run[] = [];
	const texts: string[] = [];
	let at = 0;
	for (const p of parts) {
		for (const [t, o] of p.runs) pushRun(runs, at + t, o);
		texts.push(p.text);
		at += p.text.length;
	}
	return {text: texts.join(''), runs};
}

export function trimMapped(m: Mapped): Mapped {
	let a = 0;
	let b = m.text.length;
	while (a < b && /\s/.test(m.text[a]!)) a++;
	while (b > a && /\s/.test(m.text[b - 1]!)) b--;
	return a === 0 && b === m.text.length ? m : sliceMapped(m, a, b);
}

/** `m` without the characters of the given [start, end) spans (sorted, not overlapping). */
export function dropSpans(m: Mapped, spans: readonly (readonly [number, number])[]): Mapped {
	if (spans.length === 0) return m;
	const parts: Mapped[] = [];
	let from = 0;
	for (const [a, b] of spans) {
		if (a > from) parts.push(sliceMapped(m, from, a));
		from = Math.max(from, b);
	}
	if (from < m.text.length) parts.push(sliceMapped(m, from));
	return joinMapped(parts);
}
