/**
 * A PDF's text runs → the report's text, one paragraph a line, as the author wrote it. Pure (no I/O): pdf.ts
 * hands it the runs pdf.js reads, with their positions.
 *
 * A PDF holds positioned runs of glyphs, not paragraphs. Rebuilt here, from geometry only:
 * - runs on one baseline form a line; a run is rejoined to the previous one without the space a PDF puts between
 *   runs of different fonts (`2023 年`), except between two Latin words; a wide gap inside a line is a table cell;
 * - a page whose lines split around the same gutter holds two columns, read one after the other;
 * - page furniture is dropped: running page numbers (`— 1 —`, `- 2 -`, `第 1 页 共 5 页`, `3/5`) and running headers
 *   and footers (the same text at the same height on most pages);
 * - lines form paragraphs: a line that starts indented, follows a short line, a wider gap or a change of font
 *   size starts a new one; so a sentence cut by a page break is rejoined, and a title wrapped over two centred
 *   lines of one size is one line again.
 * Then the same parser as for plain text reads the result.
 */

/** One run of text as pdf.js gives it: baseline position in PDF units (y grows upwards), width, font size. */
export interface PdfRun {
	readonly text: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly size: number;
}

export interface PdfPage {
	readonly width: number;
	readonly height: number;
	readonly runs: readonly PdfRun[];
}

interface Line {
	text: string;
	readonly x0: number;
	x1: number;
	readonly y: number;
	readonly size: number;
	readonly page: number;
	/** The column a line of a two-column passage stands in (its left and right edges); none for full-width text. */
	box?: Box;
}

interface Box {
	readonly left: number;
	readonly right: number;
}

const LATIN = /[0-9A-Za-z]/;
const CJK_OR_FULLWIDTH = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** A gap this many font sizes wide inside a line separates table cells (or columns). */
const CELL_GAP = 1.5;

/** Joins the runs of one line (sorted by x) into a line: spaces only between Latin words, tabs between cells. */
function joinRuns(runs: readonly PdfRun[], page: number): Line {
	let text = '';
	let end = runs[0]!.x;
	let size = 0;
	for (const run of runs) {
		const piece = run.text;
		if (piece.trim() === '') {
			// pdf.js reports the space between runs as a run of its own; one as wide as a cell gap is that gap.
			if (run.width <= CELL_GAP * run.size) end = Math.max(end, run.x + run.width);
			continue;
		}
		const gap = run.x - end;
		const trimmed = piece.replace(/^\s+/, '');
		if (text !== '') {
			if (gap > CELL_GAP * run.size) text += '\t';
			else if (LATIN.test(text.at(-1)!) && LATIN.test(trimmed[0]!) && (gap > 0.15 * run.size || /^\s/.test(piece)))
				text += ' ';
		}
		text += trimmed.replace(/\s+$/, '');
		end = run.x + run.width;
		size = Math.max(size, run.size);
	}
	return {
		text: tidySpaces(text),
		x0: runs.find(r => r.text.trim() !== '')?.x ?? runs[0]!.x,
		x1: end,
		y: runs[0]!.y,
		size,
		page,
	};
}

/** Spaces inside runs between Chinese and anything but Latin-to-Latin are layout, not text. */
function tidySpaces(text: string): string {
	return text.replace(/[ \u00a0\u3000]+/g, (spaces, at: number, all: string) => {
		const before = all[at - 1] ?? '';
		const after = all[at + spaces.length] ?? '';
		if (before === '' || after === '' || before === '\t' || after === '\t') return '';
		return CJK_OR_FULLWIDTH.test(before) || CJK_OR_FULLWIDTH.test(after) ? '' : ' ';
	});
}

/** Runs on one baseline (within a third of the font size), top to bottom; each row sorted left to right. */
function rows(runs: readonly PdfRun[]): PdfRun[][] {
	const sorted = runs.filter(r => r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
	const out: PdfRun[][] = [];
	for (const run of sorted) {
		const row = out.at(-1);
		if (row && Math.abs(row[0]!.y - run.y) <= Math.max(row[0]!.size, run.size) / 3) row.push(run);
		else out.push([run]);
	}
	for (const row of out) row.sort((a, b) => a.x - b.x);
	return out;
}

/** A row cut at its wide gaps: its cells (or its columns). */
function segments(row: readonly PdfRun[]): PdfRun[][] {
	const out: PdfRun[][] = [];
	let end = -Infinity;
	for (const run of row) {
		if (run.text.trim() === '') continue;
		if (out.length === 0 || run.x - end > CELL_GAP * run.size) out.push([run]);
		else out.at(-1)!.push(run);
		end = run.x + run.width;
	}
	return out;
}

const left = (s: readonly PdfRun[]) => s[0]!.x;
const right = (s: readonly PdfRun[]) => s.at(-1)!.x + s.at(-1)!.width;

/**
 * The lines of one page in reading order. A row that splits into two wide segments around a gutter starts a
 * two-column passage, which goes on while rows keep to the two sides of that gutter: its left column is read
 * before its right one. Table rows split into more, or narrower, cells, and stay rows.
 */
function pageLines(page: PdfPage, index: number): Line[] {
	const all = rows(page.runs).map(segments);
	const lines: Line[] = [];
	const wide = page.width * 0.2;
	const startsColumns = (row: PdfRun[][]) =>
		row.length === 2 && row.every(seg => right(seg) - left(seg) >= wide)
			? {lo: right(row[0]!), hi: left(row[1]!)}
			: null;
	/** Whether a row keeps to the two sides of the gutter (lo…hi, narrowed as rows are added). */
	const keepsTo = (row: PdfRun[][], gap: {lo: number; hi: number}) => {
		if (row.length === 1) return right(row[0]!) < gap.hi || left(row[0]!) > gap.lo;
		if (row.length !== 2 || right(row[0]!) >= gap.hi || left(row[1]!) <= gap.lo) return false;
		gap.lo = Math.max(gap.lo, right(row[0]!));
		gap.hi = Math.min(gap.hi, left(row[1]!));
		return true;
	};
	for (let k = 0; k < all.length; ) {
		const gap = startsColumns(all[k]!);
		if (gap !== null) {
			let end = k + 1;
			while (end < all.length && keepsTo(all[end]!, gap)) end++;
			if (end - k >= 2) {
				const gutter = (gap.lo + gap.hi) / 2;
				const sides: [Line[], Line[]] = [[], []];
				for (let r = k; r < end; r++)
					for (const seg of all[r]!) sides[right(seg) < gutter ? 0 : 1].push(joinRuns(seg, index));
				for (const side of sides) {
					const box = {left: Math.min(...side.map(l => l.x0)), right: Math.max(...side.map(l => l.x1))};
					for (const line of side) line.box = box;
					lines.push(...side);
				}
				k = end;
				continue;
			}
		}
		lines.push(joinRuns(all[k]!.flat(), index));
		k++;
	}
	return lines.filter(l => l.text !== '');
}

const PAGE_NUMBER = [
	/^[-—–―－~～·•\s]*\d{1,4}[-—–―－~～·•\s]*$/,
	/^第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?$/,
	/^\d{1,4}\s*[/／]\s*\d{1,4}$/,
	/^(?:page\s*)?\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

const isPageNumber = (text: string) => PAGE_NUMBER.some(p => p.test(text.trim()));

/**
 * Drops page furniture: a page number (centred, or flush right) as the first or last line of a page, and any line
 * at the top or the bottom of a page whose text (digits aside) stands at the same height on at least half the
 * pages (and two).
 */
function dropFurniture(pages: Line[][], widths: readonly number[]): Line[][] {
	const shape = (l: Line) => `${Math.round(l.y)}|${l.text.replace(/\d+/g, '#')}`;
	const counts = new Map<string, number>();
	const edges = (lines: Line[]) => [...new Set([...lines.slice(0, 2), ...lines.slice(-2)])];
	for (const lines of pages)
		for (const shp of new Set(edges(lines).map(shape))) counts.set(shp, (counts.get(shp) ?? 0) + 1);
	const repeated = (l: Line) => {
		const n = counts.get(shape(l)) ?? 0;
		return n >= 2 && n >= pages.length / 2;
	};
	const placedAsNumber = (l: Line, width: number) =>
		Math.abs((l.x0 + l.x1) / 2 - width / 2) < width * 0.1 || l.x1 > width * 0.8;
	return pages.map((lines, p) => {
		const edge = new Set(edges(lines));
		return lines.filter(
			(l, k) =>
				!(
					edge.has(l) &&
					(repeated(l) ||
						((k === 0 || k === lines.length - 1) && isPageNumber(l.text) && placedAsNumber(l, widths[p]!)))
				),
		);
	});
}

/** The most common value of `values` rounded to whole units (ties: the smallest). */
function mode(values: readonly number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
	let best = 0;
	let bestCount = -1;
	for (const [v, n] of counts) if (n > bestCount || (n === bestCount && v < best)) [best, bestCount] = [v, n];
	return best;
}

const SENTENCE_END = /[。！？!?；;：:”"’）)]$/;

/** Lines → paragraphs, each one line of the result. */
function paragraphs(lines: readonly Line[]): string[] {
	if (lines.length === 0) return [];
	const body = mode(lines.map(l => l.size));
	const bodyLines = lines.filter(l => Math.abs(l.size - body) < 0.5);
	const margin = mode(bodyLines.map(l => l.x0));
	const sortedEnds = bodyLines.map(l => l.x1).sort((a, b) => a - b);
	const rightEdge = sortedEnds[Math.floor(sortedEnds.length * 0.9)] ?? lines[0]!.x1;
	const indentBased = bodyLines.filter(l => l.x0 > margin + body).length >= bodyLines.length / 20;
	const pitches: number[] = [];
	for (let k = 1; k < lines.length; k++)
		if (lines[k]!.page === lines[k - 1]!.page && lines[k]!.y < lines[k - 1]!.y)
			pitches.push(lines[k - 1]!.y - lines[k]!.y);
	const pitch = pitches.length ? mode(pitches) : body * 1.5;
	const leftOf = (l: Line) => l.box?.left ?? margin;
	const rightOf = (l: Line) => l.box?.right ?? rightEdge;
	const full = (l: Line) => l.x1 >= rightOf(l) - 1.5 * l.size;
	const centred = (l: Line) => Math.abs(l.x0 - margin - (rightEdge - l.x1)) < 2 * l.size && l.x0 > margin + l.size / 2;

	const out: string[] = [];
	let current = '';
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k]!;
		const prev = lines[k - 1];
		let starts = prev === undefined;
		if (prev) {
			// From the foot of one column to the head of the next is like a page break.
			const samePage = prev.page === line.page && prev.box === line.box;
			const gap = samePage ? prev.y - line.y : pitch;
			const sameSize = Math.abs(prev.size - line.size) < 0.5;
			// A long centred line of a larger size that goes on in the next centred line of that size: a wrapped title.
			const wrappedTitle =
				sameSize &&
				line.size > body + 0.5 &&
				centred(line) &&
				prev.x1 - prev.x0 > 0.7 * (rightEdge - margin) &&
				gap < 2 * line.size;
			if (!wrappedTitle) {
				starts =
					!sameSize ||
					prev.text.includes('\t') ||
					line.text.includes('\t') ||
					!full(prev) ||
					line.x0 > leftOf(line) + line.size * 0.9 ||
					(samePage && (gap > pitch * 1.6 || gap < 0)) ||
					(!indentBased && SENTENCE_END.test(prev.text));
			}
		}
		if (starts) {
			if (current) out.push(current);
			current = line.text;
		} else {
			// Words wrapped at a line end keep their space; a number wrapped there is one number.
			const space = /[A-Za-z]/.test(current.at(-1) ?? '') && /[A-Za-z]/.test(line.text[0] ?? '') ? ' ' : '';
			current += space + line.text;
		}
	}
	if (current) out.push(current);
	return out;
}

/** The report text of a PDF's pages (paragraphs one a line), or '' when no page holds any text. */
export function pdfText(pages: readonly PdfPage[]): string {
	const lines = dropFurniture(
		pages.map(pageLines),
		pages.map(p => p.width),
	).flat();
	const text = paragraphs(lines).join('\n');
	return text ? `${text}\n` : '';
}
