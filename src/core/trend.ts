/**
 * One indicator across the years of one place: the figures a query names, chained from year to year by the
 * diff's pairing (align.ts), so that a reworded label still continues its line (受理行政复议案件 → 办理行政复议
 * 案件). A year in which the chain breaks is a gap in the line, never filled from another figure. Pure.
 */
import {alignIndicators, DEFAULT_MIN_SCORE} from './diff/align.js';
import {compileFilter} from './filter.js';
import type {Indicator} from './types.js';
import {maxOf, minOf} from './arrays.js';

export interface YearFigures {
	readonly year: number;
	readonly indicators: readonly Indicator[];
}

export interface TrendPoint {
	readonly year: number;
	/** null: the line has no figure that year (a gap). */
	readonly indicator: Indicator | null;
	/**
	 * Change from the previous year of the line; null for the first, and across a link the diff only finds
	 * plausible (a unit change, a weak score: see align.ts Doubt), which continues the line but says no change.
	 */
	readonly delta: number | null;
	readonly pct: number | null;
	/** Either figure of the change is approximate (余, 近 …): so is the change. */
	readonly approximate: boolean;
}

export interface TrendLine {
	/** The label of the latest figure of the line. */
	readonly label: string;
	readonly unit: string;
	/** One point per year given, in order. */
	readonly points: readonly TrendPoint[];
}

function round(n: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

/** Lines of the figures matching `query`, earliest-starting first; every year of `years` has a point in each. */
export function trendLines(years: readonly YearFigures[], query: string, minScore = DEFAULT_MIN_SCORE): TrendLine[] {
	return linesWhere(years, compileFilter(query), minScore);
}

/** The line through one figure (by id), as trendLines would draw it; null when no year holds that id. */
export function lineThrough(years: readonly YearFigures[], id: string, minScore = DEFAULT_MIN_SCORE): TrendLine | null {
	return linesWhere(years, i => i.id === id, minScore)[0] ?? null;
}

function linesWhere(years: readonly YearFigures[], matches: (i: Indicator) => boolean, minScore: number): TrendLine[] {
	const sorted = [...years].sort((a, b) => a.year - b.year);
	// Pairs between consecutive stored years, both ways.
	const pairs = sorted.slice(1).map((y, k) => alignIndicators(sorted[k]!.indicators, y.indicators, minScore));
	const forward = pairs.map(ps => new Map(ps.map(p => [p.from, p.to])));
	// The later ends of the links that are only plausible, by the later year's place in `sorted`.
	const doubtful = [new Set<number>(), ...pairs.map(ps => new Set(ps.filter(p => p.doubt).map(p => p.to)))];
	const backward = forward.map(m => new Map([...m].map(([a, b]) => [b, a])));
	const taken = sorted.map(() => new Set<number>());
	const lines: (number | null)[][] = [];
	for (const [t, year] of sorted.entries()) {
		for (const [i, indicator] of year.indicators.entries()) {
			if (taken[t]!.has(i) || !matches(indicator)) continue;
			const chain: (number | null)[] = sorted.map(() => null);
			chain[t] = i;
			taken[t]!.add(i);
			// Back to where the figure first appears (under whatever label), then forward to where it stops.
			for (let s = t, at: number | undefined = i; s > 0; s--) {
				at = backward[s - 1]!.get(at!);
				if (at === undefined || taken[s - 1]!.has(at)) break;
				chain[s - 1] = at;
				taken[s - 1]!.add(at);
			}
			for (let s = t, at: number | undefined = i; s < sorted.length - 1; s++) {
				at = forward[s]!.get(at!);
				if (at === undefined || taken[s + 1]!.has(at)) break;
				chain[s + 1] = at;
				taken[s + 1]!.add(at);
			}
			lines.push(chain);
		}
	}
	return lines
		.map(chain => {
			let previous: Indicator | null = null;
			const points = sorted.map((y, s) => {
				const indicator = chain[s] === null ? null : y.indicators[chain[s]!]!;
				let delta: number | null = null;
				let pct: number | null = null;
				let approximate = false;
				if (indicator && previous && previous.unit === indicator.unit && !doubtful[s]!.has(chain[s]!)) {
					delta = round(indicator.value - previous.value, 6);
					pct = previous.value === 0 ? null : round((delta / previous.value) * 100, 1);
					approximate = indicator.qualifier !== null || previous.qualifier !== null;
				}
				if (indicator) previous = indicator;
				return {year: y.year, indicator, delta, pct, approximate};
			});
			const latest = [...points].reverse().find(p => p.indicator)!.indicator!;
			return {label: latest.label, unit: latest.unit, points};
		})
		.sort((a, b) => firstYear(a) - firstYear(b));
}

function firstYear(line: TrendLine): number {
	return line.points.find(p => p.indicator)!.year;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** A sparkline of the line's values, one column per year; a gap is a space (scaled to the line's own range). */
export function sparkline(line: TrendLine): string {
	const values = line.points.map(p => p.indicator?.value ?? null);
	const present = values.filter((v): v is number => v !== null);
	const [min, max] = [minOf(present), maxOf(present)];
	return values
		.map(v => {
			if (v === null) return ' ';
			if (max === min) return BLOCKS[3]!;
			return BLOCKS[Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))]!;
		})
		.join('');
}
