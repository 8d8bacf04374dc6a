/**
 * The Sections screen's view-model (pure): the outline rows (the introduction first, when there is one), the
 * wrapped text of a section with its figures and search matches placed on lines, and every match of a search
 * in reading order (for n/N and "i/N").
 */
import {pushAll} from '../../core/arrays.js';
import {figuresIn} from '../../core/sentences.js';
import {type Indicator, PREAMBLE_SECTION, type Report, type Section} from '../../core/types.js';
import {flattenSections} from '../../core/walk.js';
import {occurrences} from '../../render/highlight.js';
import type {Theme} from '../../render/theme.js';
import {type Line, wrapWithSpans} from '../components/styled-line.js';
import {say} from '../../core/said.js';

export interface OutlineRow {
	readonly section: Section;
	readonly depth: number;
	readonly hasChildren: boolean;
	readonly isExpanded: boolean;
}

/** The introduction (paragraphs before 一、) as a section of its own, id "0", when the report has one. */
export function introduction(report: Report, lang: 'zh' | 'en'): Section | null {
	if (report.preamble.length === 0) return null;
	const title = say(['Introduction', PREAMBLE_SECTION.title], lang);
	return {id: PREAMBLE_SECTION.id, ordinal: '', title, offset: 0, paragraphs: report.preamble, children: []};
}

/** Top-level sections, the introduction first. */
export function topSections(report: Report, lang: 'zh' | 'en'): Section[] {
	const intro = introduction(report, lang);
	return intro ? [intro, ...report.sections] : [...report.sections];
}

export function outlineRows(report: Report, expanded: readonly string[], lang: 'zh' | 'en'): OutlineRow[] {
	const rows: OutlineRow[] = [];
	for (const s of topSections(report, lang)) {
		const isExpanded = expanded.includes(s.id);
		rows.push({section: s, depth: 0, hasChildren: s.children.length > 0, isExpanded});
		if (isExpanded)
			for (const c of s.children) rows.push({section: c, depth: 1, hasChildren: false, isExpanded: false});
	}
	return rows;
}

/** The row of a section once the sections above it that must be open for it are: -1 when there is none. */
export function rowOf(report: Report, expanded: readonly string[], sectionId: string, lang: 'zh' | 'en'): number {
	return outlineRows(report, expanded, lang).findIndex(r => r.section.id === sectionId);
}

/** The top-level section a section belongs to: "5" of "5.2". */
export const topOf = (sectionId: string) => sectionId.split('.')[0]!;

export interface SectionText {
	readonly lines: Line[];
	/** The figures shown, in reading order, and the line each one is on. */
	readonly figures: Indicator[];
	readonly figureLines: number[];
	/** The line of each search match shown, in reading order. */
	readonly matchLines: number[];
}

/**
 * A section and its sub-sections as lines wrapped to `columns`: figures highlighted (the selected one in inverse
 * video, so it is visible without colour), search matches underlined.
 */
export function sectionText(
	section: Section,
	indicators: readonly Indicator[],
	columns: number,
	selected: number | null,
	search: string,
	colors: Theme,
): SectionText {
	const lines: Line[] = [];
	const figures: Indicator[] = [];
	const figureLines: number[] = [];
	const matchLines: number[] = [];
	for (const s of flattenSections([section])) {
		if (s !== section || lines.length === 0) {
			if (lines.length > 0) lines.push([]);
			lines.push([{text: `${s.ordinal}${s.title}`, bold: true}]);
		}
		const own = indicators.filter(i => i.sectionId === s.id);
		for (const paragraph of s.paragraphs) {
			const placed = figuresIn(paragraph, own);
			const figureSpans = placed.map((p, k) => ({
				start: p.start,
				end: p.end,
				style: figures.length + k === selected ? {inverse: true, bold: true} : {color: colors.figure, bold: true},
			}));
			const matchSpans = occurrences(paragraph.text, search).map(([start, end]) => ({
				start,
				end,
				style: {underline: true, color: colors.match},
			}));
			// A match that overlaps a figure is shown as the figure, underlined.
			const spans = [
				...figureSpans.map(f => ({
					...f,
					style: matchSpans.some(m => m.start < f.end && m.end > f.start) ? {...f.style, underline: true} : f.style,
				})),
				...matchSpans.filter(m => !figureSpans.some(f => m.start < f.end && m.end > f.start)),
			].sort((x, y) => x.start - y.start);
			const wrapped = wrapWithSpans(paragraph.text, columns, spans);
			const lineOf = (start: number) => lines.length + wrapped.spanLines[spans.findIndex(x => x.start === start)]!;
			placed.forEach((p, k) => {
				figures.push(p.indicator);
				figureLines.push(lineOf(figureSpans[k]!.start));
			});
			for (const m of matchSpans) {
				const at = spans.findIndex(x => x.start <= m.start && x.end >= m.end);
				matchLines.push(lines.length + (wrapped.spanLines[at] ?? 0));
			}
			pushAll(lines, wrapped.lines);
		}
	}
	return {lines, figures, figureLines, matchLines};
}

/** One occurrence of the search in the report: the deepest section it is in, and its order within that section. */
export interface Match {
	readonly sectionId: string;
	/** Index among the matches of that section's own text (sub-sections not included). */
	readonly index: number;
}

/** Every occurrence of `query` in the report's text, in reading order. */
export function allMatches(report: Report, query: string, lang: 'zh' | 'en'): Match[] {
	if (!query) return [];
	const out: Match[] = [];
	for (const s of flattenSections(topSections(report, lang))) {
		let index = 0;
		for (const p of s.paragraphs)
			for (const _ of occurrences(p.text, query)) out.push({sectionId: s.id, index: index++});
	}
	return out;
}
