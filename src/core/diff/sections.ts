/** Section-level diff: which sections of two years correspond (by title), which are new, which are gone. */
import type {Report, Section} from '../types.js';
import {flattenSections} from '../walk.js';
import {bigrams, setSimilarity} from './similarity.js';

export interface SectionRef {
	readonly id: string;
	readonly ordinal: string;
	readonly title: string;
}

export interface SectionDiff {
	readonly matched: readonly {readonly from: SectionRef; readonly to: SectionRef; readonly score: number}[];
	readonly added: readonly SectionRef[];
	readonly removed: readonly SectionRef[];
}

const MIN_SECTION_SCORE = 0.35;

function ref(s: Section): SectionRef {
	return {id: s.id, ordinal: s.ordinal, title: s.title};
}

/** Title similarity, plus a little for the shared words of the section's own text. */
function sectionScore(a: Section, b: Section): number {
	const title = setSimilarity(bigrams(a.title), bigrams(b.title));
	const text = (s: Section) => bigrams(s.paragraphs.map(p => p.text).join('').slice(0, 400));
	return 0.8 * title + 0.2 * setSimilarity(text(a), text(b));
}

function match(from: readonly Section[], to: readonly Section[]): SectionDiff {
	const candidates: {i: number; j: number; score: number}[] = [];
	from.forEach((a, i) =>
		to.forEach((b, j) => {
			const score = sectionScore(a, b);
			if (score >= MIN_SECTION_SCORE) candidates.push({i, j, score});
		}),
	);
	candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
	const usedA = new Set<number>();
	const usedB = new Set<number>();
	const matched: {from: SectionRef; to: SectionRef; score: number}[] = [];
	for (const c of candidates) {
		if (usedA.has(c.i) || usedB.has(c.j)) continue;
		usedA.add(c.i);
		usedB.add(c.j);
		matched.push({from: ref(from[c.i]!), to: ref(to[c.j]!), score: Math.round(c.score * 1000) / 1000});
	}
	matched.sort((x, y) => x.to.id.localeCompare(y.to.id, 'en', {numeric: true}));
	return {
		matched,
		added: to.filter((_, j) => !usedB.has(j)).map(ref),
		removed: from.filter((_, i) => !usedA.has(i)).map(ref),
	};
}

/** Top-level sections are matched among themselves, sub-sections among all sub-sections (they move). */
export function diffSections(a: Report, b: Report): SectionDiff {
	const top = match(a.sections, b.sections);
	const subs = (r: Report) => flattenSections(r.sections).filter(s => s.id.includes('.'));
	const sub = match(subs(a), subs(b));
	return {
		matched: [...top.matched, ...sub.matched],
		added: [...top.added, ...sub.added],
		removed: [...top.removed, ...sub.removed],
	};
}
