/**
 * What a person means by one word typed after `jcfz show`, in order: a section number (5, 5.2, or 五), an
 * indicator id (5.2:1), words of indicator labels (the filter language: 复议, -复议, u:件), a figure (102, 102件,
 * 98%), words of section titles (政务公开). When nothing matches, the labels closest to the word are suggested
 * (行政复义 → 行政复议案件). Pure.
 */
import {sectionIdOf} from './section-number.js';
import {queryIndicators} from './filter.js';
import type {Indicator, Report, Section} from './types.js';
import {findSection, flattenSections} from './walk.js';

export type Lookup =
	| {readonly kind: 'section'; readonly section: Section}
	| {readonly kind: 'indicator'; readonly indicator: Indicator}
	| {readonly kind: 'indicators'; readonly by: 'label' | 'value'; readonly rows: readonly Indicator[]}
	| {readonly kind: 'sections'; readonly sections: readonly Section[]}
	| {readonly kind: 'none'; readonly suggestions: readonly string[]};

const FIGURE = /^(\d+(?:\.\d+)?)\s*(\S*)$/;

/** Edit distance between `word` and the closest stretch of `text` (of about its length). */
function closeness(word: string, text: string): number {
	let best = Number.POSITIVE_INFINITY;
	const chars = [...word];
	const other = [...text];
	for (let len = Math.max(1, chars.length - 1); len <= chars.length + 1; len++) {
		for (let at = 0; at + len <= other.length; at++) best = Math.min(best, distance(chars, other.slice(at, at + len)));
	}
	return best;
}

function distance(a: readonly string[], b: readonly string[]): number {
	let previous = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** Labels within about one typo of the word (two for long words), closest first, at most five, each once. */
export function suggestLabels(indicators: readonly Indicator[], word: string): string[] {
	const length = [...word].length;
	const allowed = length >= 6 ? 2 : length >= 2 ? 1 : 0;
	const scored = new Map<string, number>();
	for (const i of indicators) {
		const d = closeness(word, i.label);
		if (d <= allowed && d < (scored.get(i.label) ?? Number.POSITIVE_INFINITY)) scored.set(i.label, d);
	}
	return [...scored]
		.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length)
		.slice(0, 5)
		.map(([label]) => label);
}

export function lookup(report: Report, indicators: readonly Indicator[], target: string): Lookup {
	const word = target.trim();
	// 5, 5.2, 五, 五、, 五.2 (one reading of section numbers for show, --section and the explorer's :).
	const id = sectionIdOf(word);
	const section = id === null ? undefined : findSection(report, id);
	if (section) return {kind: 'section', section};
	const byId = indicators.find(i => i.id === word || i.id === `${report.id}:${word}`);
	if (byId) return {kind: 'indicator', indicator: byId};
	const byLabel = queryIndicators(indicators, {filter: word});
	if (byLabel.length > 0) return {kind: 'indicators', by: 'label', rows: byLabel};
	const figure = FIGURE.exec(word);
	if (figure) {
		const [value, unit] = [Number(figure[1]), figure[2]!];
		const rows = indicators.filter(i => i.value === value && (!unit || i.unit === unit));
		if (rows.length > 0) return {kind: 'indicators', by: 'value', rows};
	}
	const words = word.split(/\s+/).filter(Boolean);
	const sections = flattenSections(report.sections).filter(s => words.every(w => s.title.includes(w)));
	if (sections.length === 1) return {kind: 'section', section: sections[0]!};
	if (sections.length > 1) return {kind: 'sections', sections};
	return {kind: 'none', suggestions: suggestLabels(indicators, word)};
}
