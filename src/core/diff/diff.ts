/**
 * The year-on-year diff: aligned indicator rows with status, delta and relative change, plus the section-level
 * changes. Pure.
 */
import type {Indicator, Report} from '../types.js';
import {alignIndicators, DEFAULT_MIN_SCORE, type Doubt, type Pair} from './align.js';
import {diffSections, type SectionDiff} from './sections.js';
import {getOrCreate} from '../memo.js';

/** 'uncertain': a pair that is only plausible (see Doubt): both figures shown, no delta, not counted as a change. */
export type RowStatus = 'changed' | 'unchanged' | 'uncertain' | 'added' | 'removed';

export interface DiffRow {
	readonly status: RowStatus;
	readonly label: string;
	readonly unit: string;
	readonly from: Indicator | null;
	readonly to: Indicator | null;
	/** to − from; null unless both sides exist and the pair is sure. */
	readonly delta: number | null;
	/** Relative change in percent, rounded to 0.1; null when from is 0 or missing. */
	readonly pct: number | null;
	/** True when either figure is approximate (余, 多, 近 …): the delta is approximate too. */
	readonly approximate: boolean;
	/** Alignment confidence, 0–1 (null for added/removed rows). */
	readonly score: number | null;
	/** The measure is counted in another unit than last year (个 → 项): `unit` reads "个→项", no delta. */
	readonly unitChanged: boolean;
	/** Why an 'uncertain' row is only plausible; null for every other row. */
	readonly doubt: Doubt | null;
}

export interface DiffSummary {
	readonly changed: number;
	readonly unchanged: number;
	readonly uncertain: number;
	readonly added: number;
	readonly removed: number;
}

export interface ReportDiff {
	readonly rows: readonly DiffRow[];
	readonly summary: DiffSummary;
	readonly sections: SectionDiff;
}

/** Rounds away binary noise: 99.74 − 99.53 is 0.21, not 0.20999999999999375. */
function round(n: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

function pairedRow(a: Indicator, b: Indicator, {score, unitChanged, doubt}: Pair): DiffRow {
	const delta = round(b.value - a.value, 6);
	const same = delta === 0 && a.qualifier === b.qualifier;
	return {
		status: doubt ? 'uncertain' : same ? 'unchanged' : 'changed',
		label: b.label,
		unit: unitChanged ? `${a.unit}→${b.unit}` : b.unit,
		from: a,
		to: b,
		delta: doubt ? null : delta,
		pct: doubt || a.value === 0 ? null : round((delta / a.value) * 100, 1),
		approximate: a.qualifier !== null || b.qualifier !== null,
		score: round(score, 3),
		unitChanged,
		doubt,
	};
}

function soloRow(i: Indicator, side: 'from' | 'to'): DiffRow {
	return {
		status: side === 'to' ? 'added' : 'removed',
		label: i.label,
		unit: i.unit,
		from: side === 'from' ? i : null,
		to: side === 'to' ? i : null,
		delta: null,
		pct: null,
		approximate: i.qualifier !== null,
		score: null,
		unitChanged: false,
		doubt: null,
	};
}

export function summarize(rows: readonly DiffRow[]): DiffSummary {
	const count = (s: RowStatus) => rows.filter(r => r.status === s).length;
	return {
		changed: count('changed'),
		unchanged: count('unchanged'),
		uncertain: count('uncertain'),
		added: count('added'),
		removed: count('removed'),
	};
}

/**
 * Rows in the order of report B (the later year), each removed row placed after the B row that follows its
 * A neighbour, so that a section's rows stay together.
 */
export function diffIndicators(
	from: readonly Indicator[],
	to: readonly Indicator[],
	minScore = DEFAULT_MIN_SCORE,
): DiffRow[] {
	const pairs = alignIndicators(from, to, minScore);
	const byTo = new Map(pairs.map(p => [p.to, p]));
	const pairedFrom = new Set(pairs.map(p => p.from));
	const rows: DiffRow[] = to.map((b, j) => {
		const p = byTo.get(j);
		return p ? pairedRow(from[p.from]!, b, p) : soloRow(b, 'to');
	});
	// Each removed row goes after the row of its nearest preceding paired A indicator (the first rows when none).
	const toOf = new Map(pairs.map(p => [p.from, p.to]));
	const after = new Map<number, DiffRow[]>();
	let anchor = -1;
	for (let i = 0; i < from.length; i++) {
		if (pairedFrom.has(i)) anchor = toOf.get(i)!;
		else getOrCreate(after, anchor, () => []).push(soloRow(from[i]!, 'from'));
	}
	const ordered: DiffRow[] = [...(after.get(-1) ?? [])];
	for (let j = 0; j < rows.length; j++) {
		ordered.push(rows[j]!);
		for (const r of after.get(j) ?? []) ordered.push(r);
	}
	return ordered;
}

export function diffReports(
	a: {report: Report; indicators: readonly Indicator[]},
	b: {report: Report; indicators: readonly Indicator[]},
	minScore = DEFAULT_MIN_SCORE,
): ReportDiff {
	const rows = diffIndicators(a.indicators, b.indicators, minScore);
	const pairs = rows.flatMap(r => (r.from && r.to ? [{from: r.from, to: r.to}] : []));
	return {rows, summary: summarize(rows), sections: diffSections(a.report, b.report, pairs)};
}
