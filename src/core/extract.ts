/**
 * Indicator extraction: every quantitative fact of a report, with a label, a normalised value and its
 * provenance (section, sentence, source offset). Pure.
 */
import {makeLabel, textAfter, textBefore} from './label.js';
import {dateSpans, findQuantities} from './quantity.js';
import {sourceOffset} from './sentences.js';
import type {Indicator, Paragraph, Report, Section} from './types.js';

/** The section that holds the introduction (paragraphs before 一、). */
export const PREAMBLE_SECTION = {id: '0', title: '导语'} as const;

function extractFromParagraphs(
	report: Report,
	section: {readonly id: string; readonly title: string},
	paragraphs: readonly Paragraph[],
): Indicator[] {
	const out: Indicator[] = [];
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.sentences) {
			const text = sentence.text;
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
					unit: q.unit,
					qualifier: q.qualifier,
					raw: q.raw,
					sentence: text,
					offset: sourceOffset(paragraph, sentence.start + q.start),
				});
			});
		}
	}
	return out;
}

function extractFromSection(report: Report, section: Section): Indicator[] {
	return [
		...extractFromParagraphs(report, section, section.paragraphs),
		...section.children.flatMap(child => extractFromSection(report, child)),
	];
}

export function extractIndicators(report: Report): Indicator[] {
	return [
		...extractFromParagraphs(report, PREAMBLE_SECTION, report.preamble),
		...report.sections.flatMap(section => extractFromSection(report, section)),
	];
}
