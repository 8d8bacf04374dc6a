/** Tree helpers over a report's sections. */
import {PREAMBLE_SECTION, type Paragraph, type Report, type Section} from './types.js';

/** Every section, depth first, parents before children. */
export function flattenSections(sections: readonly Section[]): Section[] {
	return sections.flatMap(s => [s, ...flattenSections(s.children)]);
}

export function findSection(report: Report, id: string): Section | undefined {
	return flattenSections(report.sections).find(s => s.id === id);
}

export interface PlacedParagraph {
	readonly sectionId: string;
	readonly sectionTitle: string;
	readonly paragraph: Paragraph;
}

/** All paragraphs in reading order, each with the section it belongs to (the preamble is section "0"). */
export function allParagraphs(report: Report): PlacedParagraph[] {
	const placed: PlacedParagraph[] = report.preamble.map(paragraph => ({
		sectionId: PREAMBLE_SECTION.id,
		sectionTitle: PREAMBLE_SECTION.title,
		paragraph,
	}));
	for (const s of flattenSections(report.sections)) {
		for (const paragraph of s.paragraphs) placed.push({sectionId: s.id, sectionTitle: s.title, paragraph});
	}
	return placed;
}
