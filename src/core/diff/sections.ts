/**
 * Section-level diff: which sections of two years correspond, which are new, which are gone. Titles are
 * reworded from year to year ("推进政务公开" → "坚持标准化政务公开，加强行政权力制约和监督"), so a section pair
 * is scored by its title and by the figures the two sections share: the indicator pairs found between them.
 */
import {type Candidate, greedyMatch} from './greedy.js';
import type {Indicator, Report, Section} from '../types.js';
import {flattenSections} from '../walk.js';
import {getOrCreate} from '../memo.js';
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

/** Up to this many section pairs, every pair is scored; beyond it only pairs that share a figure or a title word. */
const COMPARE_ALL = 250_000;
/** A title character pair in more sections than this is not looked up (see COMPARE_ALL). */
const COMMON_BIGRAM = 100;

/** The ids of a section and of the sections above it: "5.2" → 5.2, 5. */
function ancestry(sectionId: string): string[] {
	const parts = sectionId.split('.');
	return parts.map((_, k) => parts.slice(0, k + 1).join('.'));
}

function match(from: readonly Section[], to: readonly Section[], pairs: readonly IndicatorPair[]): SectionDiff {
	// Figures per section and figures shared per section pair, counted once from the pairs (not per candidate).
	const countsA = new Map<string, number>();
	const countsB = new Map<string, number>();
	const shared = new Map<string, number>();
	for (const p of pairs) {
		const as = ancestry(p.from.sectionId);
		const bs = ancestry(p.to.sectionId);
		for (const a of as) countsA.set(a, (countsA.get(a) ?? 0) + 1);
		for (const b of bs) countsB.set(b, (countsB.get(b) ?? 0) + 1);
		for (const a of as) for (const b of bs) shared.set(`${a}\t${b}`, (shared.get(`${a}\t${b}`) ?? 0) + 1);
	}
	const titles = (side: readonly Section[]) => side.map(s => bigrams(s.title));
	const texts = (side: readonly Section[]) =>
		side.map(s =>
			bigrams(
				s.paragraphs
					.map(p => p.text)
					.join('')
					.slice(0, 400),
			),
		);
	const [titleA, titleB, textA, textB] = [titles(from), titles(to), texts(from), texts(to)];
	const score = (i: number, j: number) => {
		const a = from[i]!;
		const b = to[j]!;
		const title = setSimilarity(titleA[i]!, titleB[j]!);
		const countA = countsA.get(a.id) ?? 0;
		const countB = countsB.get(b.id) ?? 0;
		if (countA === 0 || countB === 0) return 0.8 * title + 0.2 * setSimilarity(textA[i]!, textB[j]!);
		return 0.5 * title + 0.5 * ((shared.get(`${a.id}\t${b.id}`) ?? 0) / Math.min(countA, countB));
	};
	const candidates: Candidate[] = [];
	const consider = (i: number, j: number) => {
		const s = score(i, j);
		if (s >= MIN_SECTION_SCORE) candidates.push({from: i, to: j, score: s});
	};
	if (from.length * to.length <= COMPARE_ALL) {
		for (let i = 0; i < from.length; i++) for (let j = 0; j < to.length; j++) consider(i, j);
	} else {
		const byId = new Map(to.map((s, j) => [s.id, j]));
		const postings = new Map<number, number[]>();
		titleB.forEach((grams, j) => {
			for (const g of grams) getOrCreate(postings, g, () => []).push(j);
		});
		const partnersOf = new Map<string, Set<number>>();
		for (const key of shared.keys()) {
			const [a, b] = key.split('\t') as [string, string];
			const j = byId.get(b);
			if (j !== undefined) getOrCreate(partnersOf, a, () => new Set()).add(j);
		}
		from.forEach((s, i) => {
			const partners = new Set(partnersOf.get(s.id));
			for (const g of titleA[i]!) {
				const list = postings.get(g);
				if (list && list.length <= COMMON_BIGRAM) for (const j of list) partners.add(j);
			}
			for (const j of partners) consider(i, j);
		});
	}
	const taken = greedyMatch(candidates);
	const matched = taken.map(c => ({
		from: ref(from[c.from]!),
		to: ref(to[c.to]!),
		score: Math.round(c.score * 1000) / 1000,
	}));
	const usedA = new Set(taken.map(c => c.from));
	const usedB = new Set(taken.map(c => c.to));
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
