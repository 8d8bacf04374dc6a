/**
 * The parser: report text → Report (section tree with positioned paragraphs and sentences). Pure.
 *
 * Layout knowledge lives in `lines.ts` (what a heading looks like); this module decides how lines form
 * paragraphs — a block that does not end in sentence-final punctuation was cut by a page break and continues
 * in the next one — and how headings nest.
 */
import {createHash} from 'node:crypto';
import {JcfzError} from './errors.js';
import {classifyLine, type LineToken, type Mapped} from './lines.js';
import {buildParagraph} from './sentences.js';
import {endsComplete, foldWidth, normalizeSource} from './text.js';
import {parseTitle, regionAtStart, yearIn} from './title.js';
import type {Paragraph, Report, Section} from './types.js';

export interface ParseOptions {
	/** Overrides the region read from the title. */
	readonly region?: string;
	/** Overrides the year read from the title. */
	readonly year?: number;
}

export interface ParseResult {
	readonly report: Report;
	/** Things a person should check: "no title found", "year guessed from the text". */
	readonly warnings: readonly string[];
}

interface SectionDraft {
	ordinal: string;
	title: string;
	offset: number;
	paragraphs: Paragraph[];
	children: SectionDraft[];
}

function tokenize(folded: string): LineToken[] {
	const tokens: LineToken[] = [];
	let offset = 0;
	for (const line of folded.split('\n')) {
		tokens.push(classifyLine(line, offset));
		offset += line.length + 1;
	}
	return tokens;
}

/** Up to three leading lines that do not end a sentence and read like a title ("…的报告"). */
function takeTitle(tokens: LineToken[]): {title: string; next: number} {
	const parts: string[] = [];
	let i = 0;
	while (i < tokens.length && tokens[i]!.kind === 'blank') i++;
	let j = i;
	while (j < tokens.length && parts.length < 3) {
		const token = tokens[j]!;
		if (token.kind === 'blank') {
			if (parts.length > 0) break;
		} else if (token.kind === 'prose' && !endsComplete(token.content.text) && token.content.text.length <= 80) {
			parts.push(token.content.text);
		} else break;
		j++;
	}
	const title = parts.join(' ');
	if (parts.length > 0 && /报告|情况|工作/.test(title) && yearIn(title) !== null) return {title, next: j};
	return {title: '', next: i};
}

function finish(draft: SectionDraft, id: string): Section {
	return {
		id,
		ordinal: draft.ordinal,
		title: draft.title,
		offset: draft.offset,
		paragraphs: draft.paragraphs,
		children: draft.children.map((child, k) => finish(child, `${id}.${k + 1}`)),
	};
}

export function parseReport(input: string, options: ParseOptions = {}): ParseResult {
	const source = normalizeSource(input);
	const tokens = tokenize(foldWidth(source));
	const {title, next} = takeTitle(tokens);
	const warnings: string[] = [];

	const preamble: Paragraph[] = [];
	const tops: SectionDraft[] = [];
	let top: SectionDraft | undefined;
	let sub: SectionDraft | undefined;
	let text = '';
	let offsets: number[] = [];

	const flush = () => {
		if (text.trim() === '') return;
		const target = sub ?? top;
		(target ? target.paragraphs : preamble).push(buildParagraph(text, offsets));
		text = '';
		offsets = [];
	};
	const append = (m: Mapped) => {
		text += m.text;
		offsets.push(...m.offsets);
	};

	for (const token of tokens.slice(next)) {
		if (token.kind === 'blank') {
			if (endsComplete(text)) flush();
		} else if (token.kind === 'heading1' || (token.kind === 'heading2' && !top)) {
			flush();
			top = {ordinal: token.ordinal, title: token.title, offset: token.offset, paragraphs: [], children: []};
			tops.push(top);
			sub = undefined;
			if (token.kind === 'heading2') append(token.rest);
		} else if (token.kind === 'heading2') {
			flush();
			sub = {ordinal: token.ordinal, title: token.title, offset: token.offset, paragraphs: [], children: []};
			top!.children.push(sub);
			append(token.rest);
		} else {
			if (endsComplete(text)) flush();
			append(token.content);
		}
	}
	flush();

	const facts = parseTitle(title);
	if (!title) warnings.push('no title found');
	let year = options.year ?? facts.year;
	if (year === null) {
		year = yearIn(preamble[0]?.text ?? tops[0]?.paragraphs[0]?.text ?? '');
		if (year !== null) warnings.push(`year guessed from the text: ${year}`);
	}
	const region = options.region ?? facts.region ?? regionAtStart(preamble[0]?.text.replace(/^[\d\s年，,]+/, '') ?? '');
	if (year === null) throw new JcfzError('usage', 'no year found in the title or the first paragraph: pass --year YYYY', '标题和首段中没有年份：请用 --year 指定');
	if (!region) throw new JcfzError('usage', 'no region found in the title: pass --region NAME (e.g. --region 晋城市)', '标题中没有地区：请用 --region 指定（如 --region 晋城市）');
	if (tops.length === 0) warnings.push('no numbered sections (一、二、… or （一）…) found');

	return {
		report: {
			id: `${region}-${year}`,
			region,
			year,
			title,
			issuer: facts.issuer,
			sourceHash: createHash('sha256').update(source).digest('hex'),
			preamble,
			sections: tops.map((draft, k) => finish(draft, String(k + 1))),
		},
		warnings,
	};
}
