/**
 * Line classification: turns one source line into a heading or a run of prose, with markdown markers
 * (#, >, **, __) removed and a map from each kept character back to its source offset.
 */

/** Text with, for each of its characters, the source offset it came from. */
export interface Mapped {
	readonly text: string;
	readonly offsets: readonly number[];
}

export type LineToken =
	| {readonly kind: 'heading1'; readonly ordinal: string; readonly title: string; readonly offset: number}
	| {readonly kind: 'heading2'; readonly ordinal: string; readonly title: string; readonly offset: number; readonly rest: Mapped}
	| {readonly kind: 'prose'; readonly content: Mapped}
	| {readonly kind: 'blank'};

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const HEADING1 = new RegExp(`^(${NUMERAL}、)\\s*(.*)$`);
const HEADING2 = new RegExp(`^([（(]${NUMERAL}[）)])\\s*(.*)$`);
/** Page numbers left by PDF copy-paste: "- 3 -", "— 12 —", "3". */
const PAGE_NUMBER = /^[-—–\s]*\d{1,3}[-—–\s]*$/;

/** Removes markdown markers from a line, keeping the offsets of what is left. */
export function stripMarkdown(line: string, lineOffset: number): Mapped {
	let start = 0;
	const prefix = /^\s*(?:#{1,6}\s+|>\s?)*/.exec(line);
	if (prefix) start = prefix[0].length;
	let text = '';
	const offsets: number[] = [];
	for (let i = start; i < line.length; i++) {
		const pair = line.slice(i, i + 2);
		if (pair === '**' || pair === '__') {
			i++;
			continue;
		}
		text += line[i];
		offsets.push(lineOffset + i);
	}
	return trimMapped({text, offsets});
}

export function trimMapped(m: Mapped): Mapped {
	let a = 0;
	let b = m.text.length;
	while (a < b && /\s/.test(m.text[a]!)) a++;
	while (b > a && /\s/.test(m.text[b - 1]!)) b--;
	return sliceMapped(m, a, b);
}

export function sliceMapped(m: Mapped, start: number, end = m.text.length): Mapped {
	return {text: m.text.slice(start, end), offsets: m.offsets.slice(start, end)};
}

/** Where a sub-heading's title ends when it runs into its paragraph: the closing ** or the first 。. */
function runInTitleEnd(line: string, bodyStart: number): number {
	const afterOrdinal = line.slice(bodyStart);
	const bold = /^(.*?)\*\*/.exec(afterOrdinal);
	if (line.trimStart().startsWith('**') && bold) return bodyStart + bold[1]!.length;
	const stop = afterOrdinal.search(/[。：:]/);
	return stop === -1 ? line.length : bodyStart + stop + 1;
}

export function classifyLine(line: string, lineOffset: number): LineToken {
	const content = stripMarkdown(line, lineOffset);
	if (content.text === '' || PAGE_NUMBER.test(content.text)) return {kind: 'blank'};
	const h1 = HEADING1.exec(content.text);
	if (h1) {
		return {kind: 'heading1', ordinal: h1[1]!, title: cleanTitle(h1[2]!), offset: content.offsets[0]!};
	}
	const h2 = HEADING2.exec(content.text);
	if (h2) {
		// Find the same split in the raw line so that ** can mark where a run-in title stops.
		const rawStart = line.search(/[（(]/);
		const ordinalEnd = rawStart + h2[1]!.length;
		const titleEnd = runInTitleEnd(line, ordinalEnd);
		const rawTitle = line.slice(ordinalEnd, titleEnd);
		const restIndex = content.offsets.findIndex(o => o >= lineOffset + titleEnd);
		const rest = restIndex === -1 ? {text: '', offsets: []} : trimMapped(sliceMapped(content, restIndex));
		return {
			kind: 'heading2',
			ordinal: h2[1]!,
			title: cleanTitle(rawTitle.replace(/\*\*|__/g, '')),
			offset: content.offsets[0]!,
			rest,
		};
	}
	return {kind: 'prose', content};
}

/** A heading title without its trailing full stop or stray spaces. */
function cleanTitle(title: string): string {
	return title.trim().replace(/[。：:；;]+$/, '').trim();
}
