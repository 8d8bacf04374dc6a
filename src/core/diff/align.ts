/**
 * Pairs the indicators of two reports one to one. A pair must measure the same kind of quantity (same unit or
 * an equivalent one); among those, pairs are scored by label similarity, shared head noun, sentence context
 * and section title. Assignment is greedy on the global score order: the best remaining pair is taken when both
 * sides are free and the score clears the threshold. A wrong pair is worse than no pair, hence the threshold.
 */
import type {Indicator} from '../types.js';
import {bigrams, headSimilarity, setSimilarity} from './similarity.js';

/** Units that mean the same thing. Anything not listed pairs only with itself (件 never with 次 or %). */
const UNIT_GROUPS: readonly (readonly string[])[] = [['人', '名', '位'], ['场', '场次'], ['个', '家'], ['工作日', '个工作日'], ['百分点', '个百分点']];

export function unitKind(unit: string): string {
	return UNIT_GROUPS.find(g => g.includes(unit))?.[0] ?? unit;
}

export const DEFAULT_MIN_SCORE = 0.5;

export interface Pair {
	readonly from: number;
	readonly to: number;
	readonly score: number;
}

interface Features {
	readonly label: Uint32Array;
	readonly context: Uint32Array;
	readonly section: Uint32Array;
	readonly kind: string;
}

/** Features of many indicators; sentences and section titles are shared by several, so each is cut once. */
function featuresOf(indicators: readonly Indicator[]): Features[] {
	const memo = new Map<string, Uint32Array>();
	const grams = (text: string) => {
		let g = memo.get(text);
		if (!g) memo.set(text, (g = bigrams(text)));
		return g;
	};
	return indicators.map(i => ({label: bigrams(i.label), context: grams(i.sentence), section: grams(i.sectionTitle), kind: unitKind(i.unit)}));
}

function features(i: Indicator): Features {
	return featuresOf([i])[0]!;
}

export function pairScore(a: Indicator, b: Indicator, fa: Features = features(a), fb: Features = features(b)): number {
	if (fa.kind !== fb.kind) return 0;
	const label = setSimilarity(fa.label, fb.label);
	if (label === 0) return 0;
	return 0.55 * label + 0.2 * headSimilarity(a.label, b.label) + 0.15 * setSimilarity(fa.context, fb.context) + 0.1 * setSimilarity(fa.section, fb.section);
}

export function alignIndicators(from: readonly Indicator[], to: readonly Indicator[], minScore = DEFAULT_MIN_SCORE): Pair[] {
	const fa = featuresOf(from);
	const fb = featuresOf(to);
	const candidates: Pair[] = [];
	for (let i = 0; i < from.length; i++) {
		for (let j = 0; j < to.length; j++) {
			if (fa[i]!.kind !== fb[j]!.kind) continue;
			const score = pairScore(from[i]!, to[j]!, fa[i], fb[j]);
			if (score >= minScore) candidates.push({from: i, to: j, score});
		}
	}
	// Ties broken by document order, so the result does not depend on the sort's stability.
	candidates.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
	const usedFrom = new Set<number>();
	const usedTo = new Set<number>();
	const pairs: Pair[] = [];
	for (const c of candidates) {
		if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
		usedFrom.add(c.from);
		usedTo.add(c.to);
		pairs.push(c);
	}
	return pairs;
}
