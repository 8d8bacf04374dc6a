/**
 * One indicator across places for one year. The query names candidate figures in each report; the measure they
 * are compared on is the one most reports share (same label as a reader reads it, same kind of unit), and each
 * report contributes its figure closest to it by the diff's pairing score — so 行政复议案件 is ranked against
 * 行政复议案件, not against 行政复议纠错率. Equal values share a rank. Pure.
 */
import {comparable, pairScore, unitKind} from './diff/align.js';
import {compileFilter} from './filter.js';
import type {Indicator} from './types.js';

export interface RankInput {
	/** Who reports: a key the caller knows the place by. */
	readonly key: string;
	readonly indicators: readonly Indicator[];
}

export interface RankRow {
	readonly key: string;
	readonly rank: number;
	readonly indicator: Indicator;
}

export interface Ranking {
	/** The figure the others are compared with; null when no report has a match. */
	readonly reference: Indicator | null;
	/** Highest value first. */
	readonly rows: readonly RankRow[];
	/** Reports with no figure of that measure. */
	readonly missing: readonly string[];
}

export function rankFigures(reports: readonly RankInput[], query: string, order: 'desc' | 'asc' = 'desc'): Ranking {
	const matches = compileFilter(query);
	const candidates = reports.map(r => ({key: r.key, found: r.indicators.filter(matches)}));
	// The measure most reports share: by label as compared and kind of unit.
	const groups = new Map<string, {count: number; first: Indicator}>();
	for (const {found} of candidates) {
		const seen = new Set<string>();
		for (const i of found) {
			const group = `${comparable(i.label)}\u0000${unitKind(i.unit)}`;
			if (seen.has(group)) continue;
			seen.add(group);
			const g = groups.get(group) ?? {count: 0, first: i};
			g.count++;
			groups.set(group, g);
		}
	}
	const reference = [...groups.values()].sort((a, b) => b.count - a.count)[0]?.first ?? null;
	if (!reference) return {reference: null, rows: [], missing: reports.map(r => r.key)};
	const picked: {key: string; indicator: Indicator}[] = [];
	const missing: string[] = [];
	for (const {key, found} of candidates) {
		const same = found.filter(i => unitKind(i.unit) === unitKind(reference.unit));
		const best = same
			.map(i => ({i, score: i === reference ? Number.POSITIVE_INFINITY : pairScore(reference, i)}))
			.sort((a, b) => b.score - a.score)[0];
		if (best) picked.push({key, indicator: best.i});
		else missing.push(key);
	}
	const sign = order === 'desc' ? -1 : 1;
	picked.sort((a, b) => sign * (a.indicator.value - b.indicator.value) || a.key.localeCompare(b.key));
	const rows: RankRow[] = [];
	for (const [k, p] of picked.entries()) {
		const tied = k > 0 && picked[k - 1]!.indicator.value === p.indicator.value;
		rows.push({...p, rank: tied ? rows[k - 1]!.rank : k + 1});
	}
	return {reference, rows, missing};
}
