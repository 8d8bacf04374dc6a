/**
 * Indicator extraction: every quantitative fact of a report, with a label, a normalised value and its
 * provenance (section, sentence, source offset). Pure.
 */
import {makeLabel, shorten, textAfter, textBefore} from './label.js';
import {doneToLabels} from './done-to.js';
import {dateSpans, findQuantities} from './quantity.js';
import {respectiveLabels} from './respective.js';
import {isTraditional, toSimplified} from './script.js';
import {sourceOffset} from './sentences.js';
import {endsComplete} from './text.js';
import {PREAMBLE_SECTION, type Indicator, type Paragraph, type Report, type Section, type Sentence} from './types.js';
import {normalizeUnit} from './units.js';
import {allParagraphs} from './walk.js';

/** How a sentence is read: as written, or folded to simplified script (same length) for a traditional report. */
type Reader = (text: string) => string;

/**
 * A text that stops mid-sentence (an excerpt, a page cut short) may cut a figure's noun too: "…全县3011名领导干".
 * In such a last sentence, a figure followed by fewer characters than this is not taken: what it counts is lost.
 */
const CUT_NOUN = 4;

/** The last sentence of a report that ends mid-sentence, if it does. */
function cutOffSentence(report: Report): Sentence | null {
	const last = allParagraphs(report).at(-1)?.paragraph;
	return last && !endsComplete(last.text) ? (last.sentences.at(-1) ?? null) : null;
}

function extractFromParagraphs(
	report: Report,
	section: {readonly id: string; readonly title: string},
	paragraphs: readonly Paragraph[],
	read: Reader,
	cutOff: Sentence | null,
): Indicator[] {
	const out: Indicator[] = [];
	for (const paragraph of paragraphs) {
		let previousObject: string | null = null;
		let previousLabel: string | null = null;
		for (const sentence of paragraph.sentences) {
			const text = read(sentence.text);
			const quantities = findQuantities(text).filter(q => sentence !== cutOff || text.length - q.end >= CUT_NOUN);
			const dates = dateSpans(text);
			// Dates are in order: one pointer finds the last date before each figure, another the first after.
			let lastDate = -1;
			let nextDate = 0;
			const labels = quantities.map((q, k) => {
				while (lastDate + 1 < dates.length && dates[lastDate + 1]![1] <= q.start) lastDate++;
				while (nextDate < dates.length && dates[nextDate]![0] < q.end) nextDate++;
				const before = Math.max(quantities[k - 1]?.end ?? 0, dates[lastDate]?.[1] ?? 0);
				const after = Math.min(quantities[k + 1]?.start ?? text.length, dates[nextDate]?.[0] ?? text.length);
				const next = quantities[k + 1];
				const {label, object} = makeLabel(q, {
					before: textBefore(text, q, before),
					after: textAfter(text, q, after),
					afterIsNext:
						next !== undefined && after === next.start && !/[，；：。！？]/.test(text.slice(q.end, next.start)),
					previousObject,
					previousLabel,
				});
				previousObject = object;
				previousLabel = label;
				return label;
			});
			const respective = respectiveLabels(text, quantities, labels);
			const doneTo = doneToLabels(text, quantities);
			quantities.forEach((q, k) => {
				out.push({
					id: `${report.id}:${section.id}:${out.length + 1}`,
					region: report.region,
					year: report.year,
					sectionId: section.id,
					sectionTitle: section.title,
					label: shorten(respective[k] ?? doneTo[k] ?? '') || labels[k]!,
					value: q.value,
					unit: normalizeUnit(q.unit),
					qualifier: q.qualifier,
					raw: sentence.text.slice(q.start, q.end),
					sentence: sentence.text,
					offset: sourceOffset(paragraph, sentence.start + q.start),
				});
			});
			// An object carries over a semicolon ("受理512件；审结497件"), not over a full stop.
			if (!/[；;]$/.test(sentence.text.trim())) [previousObject, previousLabel] = [null, null];
		}
	}
	return out;
}

function extractFromSection(report: Report, section: Section, read: Reader, cutOff: Sentence | null): Indicator[] {
	return [
		...extractFromParagraphs(report, section, section.paragraphs, read, cutOff),
		...section.children.flatMap(child => extractFromSection(report, child, read, cutOff)),
	];
}

export function extractIndicators(report: Report): Indicator[] {
	const traditional = isTraditional(
		allParagraphs(report)
			.map(p => p.paragraph.text)
			.join(''),
	);
	const read: Reader = traditional ? toSimplified : text => text;
	const cutOff = cutOffSentence(report);
	return [
		...extractFromParagraphs(report, PREAMBLE_SECTION, report.preamble, read, cutOff),
		...report.sections.flatMap(section => extractFromSection(report, section, read, cutOff)),
	];
}
