/**
 * The parser: report text → Report (section tree with positioned paragraphs and sentences). Pure.
 *
 * Layout knowledge lives in `source-lines.ts` (what a heading looks like, where one runs into a line) and `head.ts` (page
 * chrome, title block, salutation); who reports and on which year in `region/identify.ts`. This module decides
 * how lines form paragraphs — a block that does not end in sentence-final punctuation was cut by a page break
 * and continues in the next one — and how headings nest.
 */
import {note, type Note} from './notes.js';
import {pushAll} from './arrays.js';
import {sha256Hex} from './lazy-crypto.js';
import {JcfzError} from './errors.js';
import {isChrome, readHead} from './head.js';
import {tokenize} from './source-lines.js';
import {joinMapped, type Mapped} from './mapped.js';
import {type Evidence, identify, resolveRegion, type Identity} from './region/identify.js';
import {isTraditional, toSimplified} from './script.js';
import {buildParagraph} from './sentences.js';
import {endsComplete, foldText, normalizeSource} from './text.js';
import {parseTitle} from './title.js';
import type {Paragraph, Report, Section} from './types.js';

export interface ParseOptions {
	/** Overrides the region read from the document (a name, a short name or a division code). */
	readonly region?: string;
	/** Overrides the year read from the document. */
	readonly year?: number;
	/** The publication date the document carries (read with its bytes, see cli/read-report.ts). */
	readonly published?: string | null;
}

export interface ParseResult {
	readonly report: Report;
	/** The normalised source text (BOM dropped, line ends folded) that every offset points into. */
	readonly source: string;
	/** Things a person should check: "no title found", "year read from the text". */
	readonly warnings: readonly Note[];
	/** Where the region and the year were read (`how: 'given'` for --region/--year). */
	readonly evidence: Evidence;
}

interface SectionDraft {
	ordinal: string;
	title: string;
	offset: number;
	paragraphs: Paragraph[];
	children: SectionDraft[];
}

/** A chrome line in the body is short and stands alone (not the middle of a hard-wrapped paragraph). */
const BODY_CHROME_MAX = 40;

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

interface Body {
	readonly preamble: Paragraph[];
	readonly tops: SectionDraft[];
}

function buildTree(tokens: ReturnType<typeof tokenize>): Body {
	const preamble: Paragraph[] = [];
	const tops: SectionDraft[] = [];
	let top: SectionDraft | undefined;
	let sub: SectionDraft | undefined;
	// The paragraph being gathered, as pieces: appending to one string and then reading its last character
	// flattens the whole string each time, which made 640,000 unpunctuated lines take minutes.
	let pieces: Mapped[] = [];
	/** Whether the text gathered so far ends a sentence (its last non-blank piece does). */
	const complete = () => {
		for (let k = pieces.length - 1; k >= 0; k--)
			if (pieces[k]!.text.trim() !== '') return endsComplete(pieces[k]!.text);
		return false;
	};
	const empty = () => pieces.every(p => p.text === '');

	const flush = () => {
		const joined = joinMapped(pieces);
		pieces = [];
		if (joined.text.trim() === '') return;
		const target = sub ?? top;
		(target ? target.paragraphs : preamble).push(buildParagraph(joined.text, joined.runs));
	};
	const append = (m: Mapped) => {
		pieces.push(m);
	};
	const draft = (token: {ordinal: string; title: string; offset: number}): SectionDraft => ({
		ordinal: token.ordinal,
		title: token.title,
		offset: token.offset,
		paragraphs: [],
		children: [],
	});

	for (const token of tokens) {
		if (token.kind === 'blank') {
			if (complete()) flush();
		} else if (token.kind === 'heading1' || (token.kind === 'heading2' && !top)) {
			flush();
			top = draft(token);
			tops.push(top);
			sub = undefined;
			append(token.rest);
		} else if (token.kind === 'heading2') {
			flush();
			sub = draft(token);
			top!.children.push(sub);
			append(token.rest);
		} else {
			const line = token.content.text;
			if ((empty() || complete()) && line.length <= BODY_CHROME_MAX && isChrome(line)) continue;
			if (complete()) flush();
			append(token.content);
		}
	}
	flush();
	return {preamble, tops};
}

function firstParagraphs(body: Body, n: number): Paragraph[] {
	const all = [...body.preamble];
	const walk = (s: SectionDraft) => {
		pushAll(all, s.paragraphs);
		s.children.forEach(walk);
	};
	for (const t of body.tops) {
		if (all.length >= n) break;
		walk(t);
	}
	return all.slice(0, n);
}

function allText(body: Body): string {
	const parts = body.preamble.map(p => p.text);
	const walk = (s: SectionDraft) => {
		parts.push(s.title);
		pushAll(
			parts,
			s.paragraphs.map(p => p.text),
		);
		s.children.forEach(walk);
	};
	body.tops.forEach(walk);
	return parts.join('\n');
}

function noRegion(identity: Identity): JcfzError {
	const seen = identity.notes.length ? ` (${identity.notes.map(n => n.en).join('; ')})` : '';
	return new JcfzError(
		'usage',
		`no region found in the title or the opening${seen}: pass --region NAME (e.g. --region 晋城市)`,
		`标题和开头都没有指明地区${seen ? `（${identity.notes.map(n => n.zh).join('；')}）` : ''}：请用 --region 指定（如 --region 晋城市）`,
	);
}

export function parseReport(input: string, options: ParseOptions = {}): ParseResult {
	const source = normalizeSource(input);
	const folded = foldText(source);
	const tokens = tokenize(folded);
	// Traditional-script reports are read through a fold to simplified script (same length, same offsets).
	const simple = isTraditional(folded) ? toSimplified : (t: string) => t;
	const head = readHead(tokens, simple);
	const body = buildTree(tokens.slice(head.bodyStart));
	const identity = identify({
		title: simple(head.title),
		salutations: head.salutations.map(simple),
		speech: head.speech && simple(head.speech),
		issuers: head.issuers.map(simple),
		publishers: head.publishers.map(simple),
		opening: firstParagraphs(body, 2).map(p => simple(p.text)),
		firstUnderOne: body.tops[0] && simple(firstParagraphs({preamble: [], tops: [body.tops[0]]}, 1)[0]?.text ?? ''),
		headings: body.tops.map(t => simple(t.title)),
		text: simple(allText(body)),
	});

	const warnings: Note[] = [];
	if (!head.title) warnings.push(note('no-title', 'no title found', '没有找到标题'));
	const year = options.year ?? identity.year;
	if (options.year === undefined && identity.yearSource === 'text')
		warnings.push(note('year-from-text', `year read from the text: ${year}`, `年份取自正文：${year}`));
	if (options.year === undefined && identity.yearSource === 'speech')
		warnings.push(
			note(
				'year-from-speech',
				`year read from the date of the speech line: ${year} (a report given in the first half of a year is on the year before; pass --year if not)`,
				`年份取自讲话日期：${year}（上半年所作的报告按上一年度计；如不是，请用 --year 指定）`,
			),
		);
	const who = options.region !== undefined ? resolveRegion(options.region) : identity;
	if (options.region === undefined) warnings.push(...identity.notes);
	if (year === null) {
		throw new JcfzError(
			'usage',
			'no year found in the title or the opening paragraphs: pass --year YYYY',
			'标题和开头段落中没有年份：请用 --year 指定',
		);
	}
	if (!who.region) throw noRegion(identity);
	if (body.tops.length === 0)
		warnings.push(
			note(
				'no-sections',
				'no numbered sections (一、二、… or （一）…) found',
				'没有找到编号的章节（一、二、…或（一）…）',
			),
		);

	return {
		report: {
			id: `${who.region}-${year}`,
			region: who.region,
			regionCode: who.regionCode,
			department: who.department,
			...(who.town ? {town: who.town} : {}),
			year,
			title: head.title,
			issuer: parseTitle(head.title).issuer,
			sourceHash: sha256Hex(source),
			published: options.published ?? null,
			preamble: body.preamble,
			sections: body.tops.map((draft, k) => finish(draft, String(k + 1))),
		},
		source,
		warnings,
		evidence: {
			region: options.region !== undefined ? {how: 'given', text: options.region} : identity.evidence.region,
			year: options.year !== undefined ? {how: 'given', text: String(options.year)} : identity.evidence.year,
		},
	};
}
