/**
 * Sentence splitting and source mapping for paragraphs. Sentences end at 。！？； (and ASCII !?;) outside
 * quotes, 《》 and brackets; closing quotes right after the stop belong to the sentence.
 */
import type {Indicator, Paragraph, Sentence} from './types.js';
import {indexOfOffset, offsetAt, type Run} from './mapped.js';
import {ALL_CLOSERS, STRAIGHT_QUOTE} from './marks.js';

const STOPS = new Set([...'。！？；!?;'].map(ch => ch.charCodeAt(0)));
const TRAILING = new Set([...'”’」』）)'].map(ch => ch.charCodeAt(0)));

/** Splits text into sentences: [start, end) index pairs, whitespace trimmed, empty ones dropped. */
export function sentenceBounds(text: string): [number, number][] {
	const bounds: [number, number][] = [];
	const stack: number[] = [];
	let start = 0;
	let straightQuote = false;
	const push = (end: number) => {
		let a = start;
		let b = end;
		while (a < b && /\s/.test(text[a]!)) a++;
		while (b > a && /\s/.test(text[b - 1]!)) b--;
		if (b > a) bounds.push([a, b]);
		start = end;
	};
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const closer = ALL_CLOSERS.get(code);
		if (code === STRAIGHT_QUOTE) straightQuote = !straightQuote;
		else if (closer !== undefined) stack.push(closer);
		else if (stack.length > 0 && code === stack[stack.length - 1]) stack.pop();
		else if (STOPS.has(code) && stack.length === 0 && !straightQuote) {
			let end = i + 1;
			while (end < text.length && TRAILING.has(text.charCodeAt(end))) end++;
			push(end);
			i = end - 1;
		}
	}
	push(text.length);
	return bounds;
}

/** The source offset of character `index` of a paragraph's text. */
export function sourceOffset(paragraph: Pick<Paragraph, 'sourceMap' | 'offset'>, index: number): number {
	return offsetAt(paragraph.sourceMap, index, paragraph.offset);
}

export function buildParagraph(text: string, runs: readonly Run[]): Paragraph {
	const base = {offset: offsetAt(runs, 0), sourceMap: runs};
	const sentences: Sentence[] = sentenceBounds(text).map(([a, b]) => ({
		start: a,
		offset: sourceOffset(base, a),
		text: text.slice(a, b),
	}));
	return {offset: base.offset, text, sourceMap: runs, sentences};
}

/** The index in a paragraph's text of a source offset, or -1 when the offset is not in the paragraph. */
export function textIndexOf(paragraph: Pick<Paragraph, 'sourceMap' | 'text'>, offset: number): number {
	return indexOfOffset(paragraph.sourceMap, paragraph.text.length, offset);
}

export interface PlacedFigure {
	readonly indicator: Indicator;
	/** Where its `raw` text starts and ends in the paragraph's text. */
	readonly start: number;
	readonly end: number;
}

/** The figures among `indicators` that stand in this paragraph, in reading order, with their positions. */
export function figuresIn(
	paragraph: Pick<Paragraph, 'sourceMap' | 'text'>,
	indicators: readonly Indicator[],
): PlacedFigure[] {
	return indicators
		.map(indicator => ({indicator, start: textIndexOf(paragraph, indicator.offset)}))
		.filter(p => p.start >= 0)
		.map(p => ({...p, end: p.start + p.indicator.raw.length}))
		.sort((a, b) => a.start - b.start);
}
