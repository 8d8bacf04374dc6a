/**
 * One-to-one matching, best first: candidates sorted by score (ties by position, so the result does not depend on
 * the sort's stability), each taken unless one of its ends is taken already. Used for figures and for sections.
 */
export interface Candidate {
	readonly from: number;
	readonly to: number;
	readonly score: number;
}

export function greedyMatch<C extends Candidate>(candidates: C[]): C[] {
	candidates.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
	const usedFrom = new Set<number>();
	const usedTo = new Set<number>();
	const taken: C[] = [];
	for (const c of candidates) {
		if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
		usedFrom.add(c.from);
		usedTo.add(c.to);
		taken.push(c);
	}
	return taken;
}
