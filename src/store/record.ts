/**
 * A report as the store keeps it: its source text once, and everything else as positions into it. Paragraph and
 * sentence texts, figures' sentences and section titles are not copied: they are rebuilt from the source when
 * a report is loaded (a paragraph's text is the folded source at its mapped offsets, see types.ts). A stored
 * report is therefore about 1.6 × its source text, where a full copy of the parsed tree was 5.5 ×.
 *
 * Pure: encode(report, indicators) and decode(record) are exact inverses (tested on every fixture).
 */
import {pushAll} from '../core/arrays.js';
import {quickChecksum} from '../core/checksum.js';
import {foldText} from '../core/text.js';
import {
	PREAMBLE_SECTION,
	type Indicator,
	type Paragraph,
	type Qualifier,
	type Report,
	type ReportHead,
	type Section,
	type Sentence,
} from '../core/types.js';
import {offsetAt, type Run} from '../core/mapped.js';
import {contentKey} from '../core/same-report.js';

/** [source-map runs as text index, source offset, …], text length, [sentence start, end, …]. */
export type ParagraphRecord = readonly [runs: readonly number[], length: number, sentences: readonly number[]];

export interface SectionRecord {
	readonly ordinal: string;
	readonly title: string;
	readonly offset: number;
	readonly paragraphs: readonly ParagraphRecord[];
	readonly children: readonly SectionRecord[];
}

/** What a body document and the cross-index store of every figure, in this order. */
export type FigureFields = readonly [
	sectionId: string,
	label: string,
	value: number,
	unit: string,
	qualifier: Qualifier | null,
	raw: string,
	/** Offset of raw in the report's normalised source. */
	offset: number,
];

/** An indicator's stored fields. */
export const figureFields = (i: Indicator): FigureFields => [
	i.sectionId,
	i.label,
	i.value,
	i.unit,
	i.qualifier,
	i.raw,
	i.offset,
];

/** A figure as a body document stores it: its fields, then the index of its sentence in reading order. */
export type FigureRecord = readonly [...FigureFields, sentence: number];

export interface ReportRecord extends ReportHead {
	readonly title: string;
	readonly issuer: string;
	readonly sourceHash: string;
	/** quickChecksum(source), checked when the report is loaded (absent in stores written before it existed). */
	readonly sourceCheck?: string;
	/** The publication date the document carried (Report.published); absent when it carried none. */
	readonly published?: string;
	readonly importedAt: string;
	/** Where it was imported from (a file name as given, or a URL); absent in stores written before it was kept. */
	readonly origin?: string;
	/** contentKey(report, figures): two copies of one report share it (absent in stores written before it). */
	readonly content?: string;
	/** The normalised source text (BOM dropped, line ends folded): what every offset points into. */
	readonly source: string;
	readonly preamble: readonly ParagraphRecord[];
	readonly sections: readonly SectionRecord[];
	readonly figures: readonly FigureRecord[];
}

function encodeParagraph(p: Paragraph): ParagraphRecord {
	return [p.sourceMap.flat(), p.text.length, p.sentences.flatMap(s => [s.start, s.start + s.text.length])];
}

function encodeSection(s: Section): SectionRecord {
	return {
		ordinal: s.ordinal,
		title: s.title,
		offset: s.offset,
		paragraphs: s.paragraphs.map(encodeParagraph),
		children: s.children.map(encodeSection),
	};
}

/** Every sentence in reading order (preamble first, sections depth first), as decode walks them too. */
function sentencesOf(report: Pick<Report, 'preamble' | 'sections'>): Sentence[] {
	const out: Sentence[] = report.preamble.flatMap(p => p.sentences);
	const walk = (s: Section) => {
		for (const p of s.paragraphs) pushAll(out, p.sentences);
		s.children.forEach(walk);
	};
	report.sections.forEach(walk);
	return out;
}

/** The sentence (by reading-order index) that holds a figure's source offset. */
export function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
	// Sentences in reading order have ascending offsets: the last one starting at or before `offset`.
	let lo = 0;
	let hi = sentences.length - 1;
	let found = 0;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (sentences[mid]!.offset <= offset) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

export function encodeRecord(
	report: Report,
	indicators: readonly Indicator[],
	source: string,
	importedAt: string,
	origin?: string,
): ReportRecord {
	const sentences = sentencesOf(report);
	return {
		id: report.id,
		region: report.region,
		regionCode: report.regionCode,
		department: report.department,
		...(report.town ? {town: report.town} : {}),
		year: report.year,
		title: report.title,
		issuer: report.issuer,
		sourceHash: report.sourceHash,
		sourceCheck: quickChecksum(source),
		...(report.published ? {published: report.published} : {}),
		importedAt,
		...(origin ? {origin} : {}),
		content: contentKey(report, indicators),
		source,
		preamble: report.preamble.map(encodeParagraph),
		sections: report.sections.map(encodeSection),
		figures: indicators.map(i => [...figureFields(i), sentenceIndex(sentences, i.offset)]),
	};
}

function decodeParagraph(folded: string, [flat, length, bounds]: ParagraphRecord): Paragraph {
	const parts: string[] = [];
	const runs: Run[] = [];
	for (let k = 0; k < flat.length; k += 2) {
		const [at, from] = [flat[k]!, flat[k + 1]!];
		const end = k + 2 < flat.length ? flat[k + 2]! : length;
		parts.push(folded.slice(from, from + end - at));
		runs.push([at, from]);
	}
	const text = parts.join('');
	const offset = offsetAt(runs, 0);
	// Sentence bounds are stored, not re-split: the stored report is what was imported, whatever the splitter
	// of a later jcfz would make of the text.
	const sentences: Sentence[] = [];
	for (let k = 0; k < bounds.length; k += 2) {
		const [start, end] = [bounds[k]!, bounds[k + 1]!];
		sentences.push({start, offset: offsetAt(runs, start, offset), text: text.slice(start, end)});
	}
	return {offset, text, sourceMap: runs, sentences};
}

function decodeSection(folded: string, record: SectionRecord, id: string): Section {
	return {
		id,
		ordinal: record.ordinal,
		title: record.title,
		offset: record.offset,
		paragraphs: record.paragraphs.map(p => decodeParagraph(folded, p)),
		children: record.children.map((c, k) => decodeSection(folded, c, `${id}.${k + 1}`)),
	};
}

function sectionTitles(sections: readonly Section[], into = new Map<string, string>()): Map<string, string> {
	for (const s of sections) {
		into.set(s.id, s.title);
		sectionTitles(s.children, into);
	}
	return into;
}

export function decodeRecord(record: ReportRecord): {report: Report; indicators: Indicator[]} {
	const folded = foldText(record.source);
	const report: Report = {
		id: record.id,
		region: record.region,
		regionCode: record.regionCode,
		department: record.department,
		...(record.town ? {town: record.town} : {}),
		year: record.year,
		title: record.title,
		issuer: record.issuer,
		sourceHash: record.sourceHash,
		published: record.published ?? null,
		preamble: record.preamble.map(p => decodeParagraph(folded, p)),
		sections: record.sections.map((s, k) => decodeSection(folded, s, String(k + 1))),
	};
	const sentences = sentencesOf(report);
	const titles = sectionTitles(report.sections).set(PREAMBLE_SECTION.id, PREAMBLE_SECTION.title);
	const perSection = new Map<string, number>();
	const indicators = record.figures.map(([sectionId, label, value, unit, qualifier, raw, offset, sentence]) => {
		const n = (perSection.get(sectionId) ?? 0) + 1;
		perSection.set(sectionId, n);
		return {
			id: `${record.id}:${sectionId}:${n}`,
			region: record.region,
			year: record.year,
			sectionId,
			sectionTitle: titles.get(sectionId) ?? '',
			label,
			value,
			unit,
			qualifier,
			raw,
			sentence: sentences[sentence]?.text ?? '',
			offset,
		};
	});
	return {report, indicators};
}
