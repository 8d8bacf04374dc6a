/**
 * Everything the screens show and the keys need, derived from the data, the state and the layout (pure; the
 * heavy parts — sorting, filtering, diffs, trend lines — are memoised where they are computed).
 */
import {areaOf, areasOf} from '../../core/areas.js';
import type {DiffRow} from '../../core/diff/diff.js';
import {getOrCreate} from '../../core/memo.js';
import {lineThrough, sparkline} from '../../core/trend.js';
import type {Indicator} from '../../core/types.js';
import type {Theme} from '../../render/theme.js';
import type {ReportRef, TuiData, YearData} from '../data.js';
import {type DiffData, type DisplayRow, diffFor, displayRows, visibleRows} from '../diff/model.js';
import {filterIndicators, sortedIndicators, valueAsWritten} from '../indicators/model.js';
import {pickerRows} from '../picker/model.js';
import {
	allMatches,
	type Match,
	type OutlineRow,
	outlineRows,
	type SectionText,
	sectionText,
} from '../sections/model.js';
import {type RegionLine, type RegionsData, regionLines} from '../regions/model.js';
import type {Layout} from './layout.js';
import type {State} from './state.js';
import {say} from '../../core/said.js';

export interface Env {
	readonly data: TuiData;
	readonly catalogue: readonly ReportRef[];
	readonly layout: Layout;
	readonly lang: 'zh' | 'en';
	readonly colors: Theme;
	/** The Regions screen's data, once the shell has loaded it (null before). */
	readonly regions?: RegionsData | null;
}

export interface Derived {
	readonly year: YearData;
	readonly outline: readonly OutlineRow[];
	readonly text: SectionText;
	readonly matches: readonly Match[];
	readonly indicators: readonly Indicator[];
	readonly diff: DiffData | null;
	readonly diffRows: readonly DiffRow[];
	readonly display: readonly DisplayRow[];
	readonly picker: readonly ReportRef[];
	readonly regionLines: readonly RegionLine[];
}

export function currentYear(env: Env, state: State): YearData {
	return env.data.byYear.get(env.data.years[state.yearIndex]!)!;
}

/** The text of the section at an outline row (for the given expansion), laid out for the text pane. */
export function textAt(
	env: Env,
	state: State,
	cursor: number,
	expanded: readonly string[],
	figure: number | null,
): SectionText {
	const year = currentYear(env, state);
	const row = outlineRows(year.report, expanded, env.lang)[cursor];
	if (!row) return {lines: [], figures: [], figureLines: [], matchLines: []};
	return sectionText(
		row.section,
		year.indicators,
		env.layout.textWidth,
		figure,
		state.sections.search.value,
		env.colors,
	);
}

export function derive(env: Env, state: State): Derived {
	const year = currentYear(env, state);
	const s = state.sections;
	const diff = state.view === 'diff' ? diffFor(env.data, state.diff.pair) : null;
	const diffRows = visibleRows(diff, state.diff.status, state.diff.filter.value, state.diff.sort);
	const picker = state.overlay?.kind === 'picker' ? state.overlay.query : null;
	return {
		year,
		outline: outlineRows(year.report, s.expanded, env.lang),
		text: textAt(env, state, s.cursor, s.expanded, s.pane === 'text' ? s.figure : null),
		matches: s.search.value ? allMatches(year.report, s.search.value, env.lang) : [],
		indicators: filterIndicators(sortedIndicators(year, state.indicators), state.indicators.filter.value, {
			areaOf: id => areaOf(areasOf(year.report), id)?.area.id ?? null,
		}),
		diff,
		diffRows,
		display: displayRows(diffRows, state.diff.sort === 'section'),
		picker: picker === null ? [] : pickerRows(env.catalogue, picker),
		regionLines: env.regions ? regionLines(env.regions, state.regions) : [],
	};
}

const trendCache = new WeakMap<TuiData, Map<string, string | null>>();

/** The line of one figure across the stored years, as text: "2021 87 → 2022 95 → 2023 102  ▂▅█". */
export function trendText(data: TuiData, indicator: Indicator, lang: 'zh' | 'en'): string | null {
	if (data.years.length < 2) return null;
	return getOrCreate(
		getOrCreate(trendCache, data, () => new Map()),
		`${lang}\t${indicator.id}`,
		() => {
			const years = data.years.map(y => ({year: y, indicators: data.byYear.get(y)!.indicators}));
			const line = lineThrough(years, indicator.id);
			if (!line) return null;
			const points = line.points.map(p => `${p.year} ${p.indicator ? valueAsWritten(p.indicator) : '—'}`);
			return `${say(['Years', '历年'], lang)}  ${points.join(' → ')} ${line.unit}  ${sparkline(line)}`;
		},
	);
}
