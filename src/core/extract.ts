/**
 * Indicator extraction: every quantitative fact of a report, with a label, a normalised value and its
 * provenance (section, sentence, source offset). Pure.
 */
import {makeLabel, textAfter, textBefore} from './label.js';
import {dateSpans, findQuantities} from './quantity.js';
import {isTraditional, toSimplified} from './script.js';
import {sourceOffset} from './sentences.js';
import {PREAMBLE_SECTION, type Indicator, type Paragraph, type Report, type Section} from './types.js';
import {normalizeUnit} from './units.js';
import {allParagraphs} from './walk.js';

/** How a sentence is read: as written, or folded to simplified script (same length) for a traditional report. */
type Reader = (text: string) => string;

function extractFromParagraphs(
	report: Report,
	section: {readonly id: string; readonly title: string},
	paragraphs: readonly Paragraph[],
	read: Reader,
): Indicator[] {
	const out: Indicator[] = [];
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.sentences) {
			const text = read(sentence.text);
			const quantities = findQuantities(text);
			const dates = dateSpans(text);
			let previousObject: string | null = null;
			quantities.forEach((q, k) => {
				const before = Math.max(quantities[k - 1]?.end ?? 0, ...dates.filter(d => d[1] <= q.start).map(d => d[1]));
				const after = Math.min(quantities[k + 1]?.start ?? text.length, ...dates.filter(d => d[0] >= q.end).map(d => d[0]));
				const {label, object} = makeLabel(q, {
					before: textBefore(text, q, before),
					after: textAfter(text, q, after),
					previousObject,
				});
				previousObject = object;
				out.push({
					id: `${report.id}:${section.id}:${out.length + 1}`,
					region: report.region,
					year: report.year,
					sectionId: section.id,
					sectionTitle: section.title,
					label,
					value: q.value,
					unit: normalizeUnit(q.unit),
					qualifier: q.qualifier,
					raw: sentence.text.slice(q.start, q.end),
					sentence: sentence.text,
					offset: sourceOffset(paragraph, sentence.start + q.start),
				});
			});
		}
	}
	return out;
}

function extractFromSection(report: Report, section: Section, read: Reader): Indicator[] {
	return [
		...extractFromParagraphs(report, section, section.paragraphs, read),
		...section.children.flatMap(child => extractFromSection(report, child, read)),
	];
}

export function extractIndicators(report: Report): Indicator[] {
	const traditional = isTraditional(allParagraphs(report).map(p => p.paragraph.text).join(''));
	const read: Reader = traditional ? toSimplified : text => text;
	return [
		...extractFromParagraphs(report, PREAMBLE_SECTION, report.preamble, read),
		...report.sections.flatMap(section => extractFromSection(report, section, read)),
	];
}
