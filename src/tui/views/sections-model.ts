/** Pure view-model of the Sections view: the outline rows and the wrapped text of a section. */
import {figuresIn} from '../../core/sentences.js';
import type {Indicator, Report, Section} from '../../core/types.js';
import {flattenSections} from '../../core/walk.js';
import {occurrences} from '../../render/highlight.js';
import {wrapWithSpans, type Line} from '../line.js';
import {pushAll} from '../../core/arrays.js';

export interface OutlineRow {
	readonly section: Section;
	readonly depth: number;
	readonly hasChildren: boolean;
	readonly isExpanded: boolean;
}

export function outlineRows(report: Report, expanded: readonly string[]): OutlineRow[] {
	const rows: OutlineRow[] = [];
	for (const s of report.sections) {
		const isExpanded = expanded.includes(s.id);
		rows.push({section: s, depth: 0, hasChildren: s.children.length > 0, isExpanded});
		if (isExpanded)
			for (const c of s.children) rows.push({section: c, depth: 1, hasChildren: false, isExpanded: false});
	}
	return rows;
}

/** The row index of a section once its parent is expanded. */
export function rowOf(report: Report, expanded: readonly string[], sectionId: string): number {
	return Math.max(
		0,
		outlineRows(report, expanded).findIndex(r => r.section.id === sectionId),
	);
}

export function outlineLine(row: OutlineRow, isCursor: boolean, isActive: boolean): Line {
	const marker = isCursor ? '▸' : ' ';
	const fold = row.hasChildren ? (row.isExpanded ? '▾ ' : '▹ ') : '  ';
	const text = `${marker}${'  '.repeat(row.depth)}${fold}${row.section.ordinal}${row.section.title}`;
	return [{text, inverse: isCursor && isActive, bold: row.depth === 0}];
}

export interface SectionText {
	readonly lines: Line[];
	/** The figures shown, in reading order, and the line each one is on. */
	readonly figures: Indicator[];
	readonly figureLines: number[];
}

/** A section and its sub-sections as wrapped lines, figures highlighted, the selected one in inverse video. */
/**
 * `search`, when given, is marked (underlined) wherever it occurs outside a figure, so that n/N land on visible
 * matches.
 */
export function sectionText(
	section: Section,
	indicators: readonly Indicator[],
	columns: number,
	selected: number | null,
	search = '',
): SectionText {
	const lines: Line[] = [];
	const figures: Indicator[] = [];
	const figureLines: number[] = [];
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
				style: figures.length + k === selected ? {inverse: true, bold: true} : {color: 'yellow', bold: true},
			}));
			const matchSpans = occurrences(paragraph.text, search)
				.filter(([a, b]) => !figureSpans.some(f => a < f.end && b > f.start))
				.map(([start, end]) => ({start, end, style: {underline: true, color: 'cyan'}}));
			const spans = [...figureSpans, ...matchSpans].sort((x, y) => x.start - y.start);
			const wrapped = wrapWithSpans(paragraph.text, columns, spans);
			placed.forEach((p, k) => {
				figures.push(p.indicator);
				figureLines.push(lines.length + wrapped.spanLines[spans.indexOf(figureSpans[k]!)]!);
			});
			pushAll(lines, wrapped.lines);
		}
	}
	return {lines, figures, figureLines};
}
