/**
 * A Word document (.docx, Office Open XML) → the report's text, one paragraph a line, and its date. Pure (the
 * package is read from bytes in memory).
 *
 * Only the body (word/document.xml) is read: running headers, footers and page numbers live in parts of their own
 * and never reach the text. Runs are joined as written (no space between font runs), tabs kept, table cells of a
 * row joined by tabs, deleted text of tracked changes dropped, field codes skipped. Headings numbered by Word's
 * automatic numbering (一、 （一） 1. typed by no one, so absent from the text) get their numbers back from
 * word/numbering.xml, as Word displays them.
 */
import {zipEntries, zipRead, type ZipEntry} from './zip.js';

export interface DocxContent {
	readonly text: string;
	/** dcterms:modified (else dcterms:created) of docProps/core.xml, as an ISO date; null when absent. */
	readonly published: string | null;
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		}
		return ENTITIES[name] ?? whole;
	});
}

const attribute = (attrs: string, name: string) => {
	const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
	return m ? decodeEntities(m[1]!) : null;
};

/** A level of a numbering definition: its format (decimal, chineseCounting…), its text (%1、) and start. */
interface Level {
	readonly format: string;
	readonly text: string;
	readonly start: number;
}

/** numId → its levels (from the abstract numbering it points to). */
function numberingLevels(xml: string | null): Map<string, Level[]> {
	const out = new Map<string, Level[]>();
	if (!xml) return out;
	const abstracts = new Map<string, Level[]>();
	for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
		const levels: Level[] = [];
		for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
			const ilvl = Number(attribute(l[1]!, 'w:ilvl') ?? 0);
			const body = l[2]!;
			levels[ilvl] = {
				format: attribute(/<w:numFmt\b([^>]*)\/?>/.exec(body)?.[1] ?? '', 'w:val') ?? 'decimal',
				text: attribute(/<w:lvlText\b([^>]*)\/?>/.exec(body)?.[1] ?? '', 'w:val') ?? '',
				start: Number(attribute(/<w:start\b([^>]*)\/?>/.exec(body)?.[1] ?? '', 'w:val') ?? 1),
			};
		}
		abstracts.set(attribute(m[1]!, 'w:abstractNumId') ?? '', levels);
	}
	for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
		const abstract = attribute(/<w:abstractNumId\b([^>]*)\/?>/.exec(m[2]!)?.[1] ?? '', 'w:val');
		const levels = abstract === null ? undefined : abstracts.get(abstract);
		if (levels) out.set(attribute(m[1]!, 'w:numId') ?? '', levels);
	}
	return out;
}

const DIGITS = '〇一二三四五六七八九';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';

/** n in Chinese numerals as a counting list writes it: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
	if (n <= 0 || n >= 1000) return String(n);
	const hundreds = Math.floor(n / 100);
	const tens = Math.floor((n % 100) / 10);
	const units = n % 10;
	let out = hundreds ? `${DIGITS[hundreds]}百` : '';
	if (tens) out += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
	else if (hundreds && units) out += '零';
	if (units) out += DIGITS[units];
	return out;
}

function formatNumber(n: number, format: string): string {
	switch (format) {
		case 'chineseCounting':
		case 'chineseCountingThousand':
		case 'japaneseCounting':
		case 'taiwaneseCounting':
		case 'taiwaneseCountingThousand':
		case 'ideographDigital':
		case 'chineseLegalSimplified':
			return chineseNumeral(n);
		case 'ideographTraditional':
			return HEAVENLY[(n - 1) % 10]!;
		case 'lowerLetter':
			return String.fromCharCode(96 + (((n - 1) % 26) + 1));
		case 'upperLetter':
			return String.fromCharCode(64 + (((n - 1) % 26) + 1));
		case 'decimalEnclosedCircle':
		case 'decimalEnclosedCircleChinese':
			return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
		case 'none':
		case 'bullet':
			return '';
		default:
			return String(n);
	}
}

/** Counts numbered paragraphs as Word does: per list, a level's counter resets when a higher level moves on. */
class Numbering {
	private readonly counters = new Map<string, number[]>();
	constructor(private readonly levels: Map<string, Level[]>) {}

	label(numId: string, ilvl: number): string {
		const levels = this.levels.get(numId);
		const level = levels?.[ilvl];
		if (!levels || !level || level.format === 'bullet') return '';
		const counts = this.counters.get(numId) ?? [];
		counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
		counts.length = ilvl + 1;
		this.counters.set(numId, counts);
		return level.text.replace(/%([1-9])/g, (_, d: string) => {
			const k = Number(d) - 1;
			return formatNumber(counts[k] ?? levels[k]?.start ?? 1, levels[k]?.format ?? 'decimal');
		});
	}
}

/** styleId → the numbering its paragraphs carry (headings styled 标题 1 with a numbered list). */
function styleNumbering(xml: string | null): Map<string, {numId: string; ilvl: number}> {
	const out = new Map<string, {numId: string; ilvl: number}>();
	if (!xml) return out;
	for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
		const numId = attribute(/<w:numId\b([^>]*)\/?>/.exec(m[2]!)?.[1] ?? '', 'w:val');
		if (numId === null) continue;
		const ilvl = Number(attribute(/<w:ilvl\b([^>]*)\/?>/.exec(m[2]!)?.[1] ?? '', 'w:val') ?? 0);
		out.set(attribute(m[1]!, 'w:styleId') ?? '', {numId, ilvl});
	}
	return out;
}

/** The paragraphs of word/document.xml, one a line; table rows one a line with their cells joined by tabs. */
export function documentXmlText(
	xml: string,
	numberingXml: string | null = null,
	stylesXml: string | null = null,
): string {
	const numbering = new Numbering(numberingLevels(numberingXml));
	const byStyle = styleNumbering(stylesXml);
	const lines: string[] = [];
	/** Paragraphs being read (a text box's paragraphs open inside another). */
	const open: {text: string; numId: string | null; ilvl: number; style: string | null}[] = [];
	/** Tables being read: the cells of the current row, and the text of the current cell. */
	const tables: {cells: string[]; cell: string[]}[] = [];
	let inText = false;
	let skip = 0;
	const emit = (text: string) => {
		const table = tables.at(-1);
		if (table) table.cell.push(text);
		else if (text.trim() !== '') lines.push(text);
	};
	for (const m of xml.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
		const [, closing, name, attrs = '', selfClosing, text] = m;
		const paragraph = open.at(-1);
		if (text !== undefined) {
			if (inText && !skip && paragraph) paragraph.text += decodeEntities(text);
			continue;
		}
		if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') {
			if (!selfClosing) skip += closing ? -1 : 1;
			continue;
		}
		switch (name) {
			case 'w:p':
				if (selfClosing) break;
				if (!closing) open.push({text: '', numId: null, ilvl: 0, style: null});
				else if (paragraph) {
					open.pop();
					const numbered = paragraph.numId ?? (paragraph.style ? byStyle.get(paragraph.style)?.numId : undefined);
					const ilvl = paragraph.numId ? paragraph.ilvl : (byStyle.get(paragraph.style ?? '')?.ilvl ?? 0);
					const label = numbered && numbered !== '0' ? numbering.label(numbered, ilvl) : '';
					emit(label + paragraph.text);
				}
				break;
			case 'w:t':
				inText = !closing && !selfClosing;
				break;
			case 'w:tab':
				if (paragraph && !skip && !closing) paragraph.text += '\t';
				break;
			case 'w:br':
			case 'w:cr':
				if (paragraph && !skip && !closing) paragraph.text += '\n';
				break;
			case 'w:numId':
				if (paragraph) paragraph.numId = attribute(attrs, 'w:val');
				break;
			case 'w:ilvl':
				if (paragraph) paragraph.ilvl = Number(attribute(attrs, 'w:val') ?? 0);
				break;
			case 'w:pStyle':
				if (paragraph) paragraph.style = attribute(attrs, 'w:val');
				break;
			case 'w:tr':
				if (selfClosing) break;
				if (!closing) tables.push({cells: [], cell: []});
				else {
					const row = tables.pop();
					if (row) emit(row.cells.filter(c => c !== '').join('\t'));
				}
				break;
			case 'w:tc': {
				const row = tables.at(-1);
				if (row && closing) {
					row.cells.push(row.cell.join('').trim());
					row.cell = [];
				}
				break;
			}
		}
	}
	return lines.length ? `${lines.join('\n')}\n` : '';
}

/** An ISO date (YYYY-MM-DD) from a W3CDTF date-time, or null. */
function isoDate(value: string | null | undefined): string | null {
	const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
	return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export class NotWordDocument extends Error {}

export function isOfd(entries: Map<string, ZipEntry>): boolean {
	return entries.has('OFD.xml');
}

export function readDocx(bytes: Uint8Array): DocxContent {
	const entries = zipEntries(bytes);
	const part = (name: string) => {
		const entry = entries.get(name);
		return entry ? zipRead(bytes, entry).toString('utf8') : null;
	};
	const document = part('word/document.xml');
	if (document === null) throw new NotWordDocument(isOfd(entries) ? 'ofd' : 'no word/document.xml');
	const core = part('docProps/core.xml') ?? '';
	const date = (tag: string) => new RegExp(`<dcterms:${tag}\\b[^>]*>([^<]*)<`).exec(core)?.[1];
	return {
		text: documentXmlText(document, part('word/numbering.xml'), part('word/styles.xml')),
		published: isoDate(date('modified')) ?? isoDate(date('created')),
	};
}
