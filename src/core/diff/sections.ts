/**
 * Section-level diff: which sections of two years correspond, which are new, which are gone. Titles are
 * reworded from year to year ("推进政务公开" → "坚持标准化政务公开，加强行政权力制约和监督"), so a section pair
 * is scored by its title and by the figures the two sections share: the indicator pairs found between them.
 */
import type {Indicator, Report, Section} from '../types.js';
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

/** An aligned indicator pair, as far as sections care. */
export interface IndicatorPair {
	readonly from: Pick<Indicator, 'sectionId'>;
	readonly to: Pick<Indicator, 'sectionId'>;
}

const MIN_SECTION_SCORE = 0.35;

function ref(s: Section): SectionRef {
	return {id: s.id, ordinal: s.ordinal, title: s.title};
}

const within = (sectionId: string, id: string) => sectionId === id || sectionId.startsWith(`${id}.`);

/** The share of the smaller section's figures that pair with figures of the other section. */
function sharedFigures(
	a: Section,
	b: Section,
	pairs: readonly IndicatorPair[],
	countA: number,
	countB: number,
): number | null {
	if (countA === 0 || countB === 0) return null;
	const shared = pairs.filter(p => within(p.from.sectionId, a.id) && within(p.to.sectionId, b.id)).length;
	return shared / Math.min(countA, countB);
}

function match(from: readonly Section[], to: readonly Section[], pairs: readonly IndicatorPair[]): SectionDiff {
	const countIn = (side: 'from' | 'to', s: Section) =>
		pairs.length === 0 ? 0 : new Set(pairs.filter(p => within(p[side].sectionId, s.id))).size;
	const countsA = from.map(s => countIn('from', s));
	const countsB = to.map(s => countIn('to', s));
	const text = (s: Section) =>
		bigrams(
			s.paragraphs
				.map(p => p.text)
				.join('')
				.slice(0, 400),
		);
	const candidates: {i: number; j: number; score: number}[] = [];
	for (const [i, a] of from.entries()) {
		for (const [j, b] of to.entries()) {
			const title = setSimilarity(bigrams(a.title), bigrams(b.title));
			const figures = sharedFigures(a, b, pairs, countsA[i]!, countsB[j]!);
			const score =
				figures === null ? 0.8 * title + 0.2 * setSimilarity(text(a), text(b)) : 0.5 * title + 0.5 * figures;
			if (score >= MIN_SECTION_SCORE) candidates.push({i, j, score});
		}
	}
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

/**
 * Top-level sections are matched among themselves, sub-sections among all sub-sections (they move between
 * sections from one year to the next). `pairs` are the aligned indicators of the two reports.
 */
export function diffSections(a: Report, b: Report, pairs: readonly IndicatorPair[] = []): SectionDiff {
	const top = match(a.sections, b.sections, pairs);
	const subs = (r: Report) => flattenSections(r.sections).filter(s => s.id.includes('.'));
	const sub = match(subs(a), subs(b), pairs);
	return {
		matched: [...top.matched, ...sub.matched],
		added: [...top.added, ...sub.added],
		removed: [...top.removed, ...sub.removed],
	};
}
