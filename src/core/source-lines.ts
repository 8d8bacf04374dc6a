/**
 * Line classification: turns the folded source into logical lines — headings and runs of prose — with a map from
 * each kept character back to its source offset.
 *
 * A physical line is cleaned first (markdown markers, list bullets and the pinyin glosses some mirror sites insert
 * after characters, 執(zhí)法, are dropped), then split where a salutation or a numbered heading runs into it:
 * pasted text and some pages put a whole report on one line (`市委: 2020年，… 一、强化… （一）加强…。`). A heading
 * in the middle of a line is taken only when its number continues the sequence seen so far, so that a （二） quoted
 * in a sentence stays prose.
 */
import {parseChineseNumeral} from './numbers.js';
import {dropSpans, indexAtOrAfter, type Mapped, mappedLine, offsetAt, sliceMapped, trimMapped} from './mapped.js';
import {isSalutation} from './addressees.js';

export type LineToken =
	| {
			readonly kind: 'heading1';
			readonly ordinal: string;
			readonly title: string;
			readonly offset: number;
			readonly rest: Mapped;
	  }
	| {
			readonly kind: 'heading2';
			readonly ordinal: string;
			readonly title: string;
			readonly offset: number;
			readonly rest: Mapped;
	  }
	| {readonly kind: 'prose'; readonly content: Mapped}
	| {readonly kind: 'blank'};

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const HEADING1 = new RegExp(`^(${NUMERAL})、`);
const HEADING2 = new RegExp(`^（(${NUMERAL})）`);
/** Where a heading may start inside a line: after a space or a sentence end. */
const INLINE_HEADING = new RegExp(`(?<=[\\s。；：])(?=${NUMERAL}、|（${NUMERAL}）)`, 'g');
/** Page numbers left by PDF copy-paste: "- 3 -", "— 12 —", "3". */
const PAGE_NUMBER = /^[-—–\s]*\d{1,3}[-—–\s]*$/;
/** List bullets at the start of a line (a page's chrome is often a bullet list). */
const BULLET = /^\s*(?:[•·●○■□◆◇▪▫►▶※]|[-*+](?=\s))\s*/;
/** A pinyin gloss right after a character: 執（zhí）法 (the brackets are already folded). */
const PINYIN_GLOSS = /(?<=[\u3400-\u9fff])（[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*）/g;

/** 一 → 1, 十二 → 12, 二十三 → 23 (heading numbers only go that far). */
export function headingNumber(numeral: string): number {
	return parseChineseNumeral(numeral) ?? 0;
}

/** Removes markdown markers (#, >, **, __), a leading bullet and pinyin glosses, keeping the offsets of the rest. */
export function cleanLine(line: string, lineOffset: number): Mapped {
	const spans: [number, number][] = [];
	const prefix = /^\s*(?:#{1,6}\s+|>\s?)*/.exec(line)![0].length;
	if (prefix > 0) spans.push([0, prefix]);
	const bullet = BULLET.exec(line.slice(prefix));
	if (bullet && bullet[0].trim() !== '') spans.push([prefix, prefix + bullet[0].length]);
	const start = spans.length ? spans[spans.length - 1]![1] : 0;
	for (let i = start; i < line.length; i++) {
		const pair = line.slice(i, i + 2);
		if (pair === '**' || pair === '__') spans.push([i, ++i + 1]);
	}
	for (const m of line.matchAll(PINYIN_GLOSS)) spans.push([m.index, m.index + m[0].length]);
	spans.sort((a, b) => a[0] - b[0]);
	return trimMapped(dropSpans(mappedLine(line, lineOffset), spans));
}

/** Where a heading's title ends when it runs into its paragraph: at the first full stop (or colon). */
function runInTitleEnd(text: string, bodyStart: number, stops: RegExp): number {
	const stop = text.slice(bodyStart).search(stops);
	return stop === -1 ? text.length : bodyStart + stop + 1;
}

/** A heading title without its trailing full stop or stray spaces. */
function cleanTitle(title: string): string {
	return title
		.trim()
		.replace(/[。：；]+$/, '')
		.trim();
}

function heading(
	kind: 'heading1' | 'heading2',
	m: Mapped,
	ordinalLength: number,
	stops: RegExp,
	boldEnd: number,
): LineToken {
	const titleEnd = boldEnd > ordinalLength ? boldEnd : runInTitleEnd(m.text, ordinalLength, stops);
	return {
		kind,
		ordinal: m.text.slice(0, ordinalLength),
		title: cleanTitle(m.text.slice(ordinalLength, titleEnd)),
		offset: offsetAt(m.runs, 0),
		rest: trimMapped(sliceMapped(m, titleEnd)),
	};
}

/** Tokenizes a whole (folded) text; keeps the heading sequence to judge headings inside lines. */
export function tokenize(folded: string): LineToken[] {
	const tokens: LineToken[] = [];
	let top = 0;
	let sub = 0;
	/** Moves the sequence on when `text` starts with a heading. */
	const note = (text: string) => {
		const h1 = HEADING1.exec(text);
		const h2 = HEADING2.exec(text);
		if (h1) [top, sub] = [headingNumber(h1[1]!), 0];
		else if (h2) sub = headingNumber(h2[1]!);
	};
	/** Whether a heading found inside a line continues the numbering (一、 after 一、 would not). */
	const continues = (text: string) => {
		const h1 = HEADING1.exec(text);
		return h1 ? headingNumber(h1[1]!) === top + 1 : headingNumber(HEADING2.exec(text)![1]!) === sub + 1;
	};
	const classify = (piece: Mapped, boldEnd: number) => {
		const h1 = HEADING1.exec(piece.text);
		const h2 = h1 ? null : HEADING2.exec(piece.text);
		if (h1) tokens.push(heading('heading1', piece, h1[0].length, /[。！？；]/, boldEnd));
		else if (h2) tokens.push(heading('heading2', piece, h2[0].length, /[。：！？；]/, boldEnd));
		else tokens.push({kind: 'prose', content: piece});
	};
	let offset = 0;
	for (const line of folded.split('\n')) {
		const cleaned = cleanLine(line, offset);
		// Where a run-in **title** ends, in the cleaned text: the text index of the closing ** of the line.
		const bold = /^\s*(?:#{1,6}\s+|>\s?)*\*\*(.*?)\*\*/.exec(line);
		const boldEnd = bold ? indexAtOrAfter(cleaned, offset + bold[0].length) : -1;
		offset += line.length + 1;
		if (cleaned.text === '' || PAGE_NUMBER.test(cleaned.text)) {
			tokens.push({kind: 'blank'});
			continue;
		}
		let rest = cleaned;
		const salutation = /^[^，。；]{2,40}?：/.exec(rest.text);
		if (salutation && salutation[0].length < rest.text.length && isSalutation(salutation[0])) {
			tokens.push({kind: 'prose', content: sliceMapped(rest, 0, salutation[0].length)});
			rest = trimMapped(sliceMapped(rest, salutation[0].length));
		}
		note(rest.text);
		let from = 0;
		for (const {index: cut} of rest.text.matchAll(INLINE_HEADING)) {
			if (!continues(rest.text.slice(cut))) continue;
			const piece = trimMapped(sliceMapped(rest, from, cut));
			if (piece.text) classify(piece, from === 0 ? boldEnd : -1);
			note(rest.text.slice(cut));
			from = cut;
		}
		classify(trimMapped(sliceMapped(rest, from)), from === 0 ? boldEnd : -1);
	}
	return tokens;
}
