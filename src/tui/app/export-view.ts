/**
 * What `e` exports (pure): what the current view shows — the filtered indicators, the diff rows shown, or the
 * selected section (its text and its figures: Markdown and JSON carry both, CSV, a table, its figures) — as CSV,
 * JSON or Markdown, with a file name that says what it is.
 */
import {inSection} from '../../core/filter.js';
import type {Indicator, Section} from '../../core/types.js';
import {toCsv} from '../../render/csv.js';
import {DIFF_CSV_HEADER, diffCsvRow, diffJson, diffMarkdown} from '../../render/diff.js';
import {INDICATOR_FIELDS, indicatorJson, indicatorRecord, indicatorsMarkdown} from '../../render/indicators.js';
import {toJson} from '../../render/json.js';
import type {Derived, Env} from './derive.js';
import type {State} from './state.js';

export type ExportFormat = 'csv' | 'json' | 'md';

export interface ExportFile {
	readonly name: string;
	readonly text: string;
}

/** A file name part without anything a file system or a shell would mind. */
const safe = (s: string) => s.replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 60);

function indicatorsFile(rows: readonly Indicator[], format: ExportFormat, lang: 'zh' | 'en'): string {
	if (format === 'csv') return toCsv(INDICATOR_FIELDS, rows.map(indicatorRecord));
	if (format === 'json') return `${toJson(rows.map(indicatorJson))}\n`;
	return indicatorsMarkdown(rows, lang);
}

export function exportView(env: Env, state: State, d: Derived, format: ExportFormat): ExportFile {
	const report = d.year.report;
	const base = `jcfz-${safe(report.region)}-${report.year}`;
	if (state.view === 'diff' && d.diff) {
		const [a, b] = d.diff.years;
		const name = `jcfz-${safe(report.region)}-${a}-${b}-diff.${format}`;
		if (format === 'csv') return {name, text: toCsv(DIFF_CSV_HEADER, d.diffRows.map(diffCsvRow))};
		if (format === 'json') {
			const side = (year: number) => ({region: env.data.region, year});
			return {name, text: `${toJson(diffJson(d.diff.diff, d.diffRows, side(a), side(b)))}\n`};
		}
		return {name, text: diffMarkdown(d.diffRows, a, b, env.lang)};
	}
	if (state.view === 'regions' && env.regions) {
		const m = env.regions.measure;
		const name = `jcfz-${m.id}-${state.regions.year}-regions.${format}`;
		const rows = d.regionLines.map(l => ({
			rank: l.rank,
			region: l.row.region,
			code: l.row.regionCode,
			parents: l.row.parents,
			change: l.change,
			indicator: indicatorJson(l.figure),
		}));
		if (format === 'json') return {name, text: `${toJson({measure: m, year: state.regions.year, rows})}\n`};
		if (format === 'csv')
			return {
				name,
				text: toCsv(
					['rank', 'region', 'code', 'parents', 'label', 'value', 'unit', 'qualifier', 'change', 'sentence'],
					d.regionLines.map(l => [
						l.rank,
						l.row.region,
						l.row.regionCode,
						l.row.parents,
						l.figure.label,
						l.figure.value,
						l.figure.unit,
						l.figure.qualifier,
						l.change,
						l.figure.sentence,
					]),
				),
			};
		return {
			name,
			text: indicatorsFile(
				d.regionLines.map(l => l.figure),
				format,
				env.lang,
			),
		};
	}
	if (state.view === 'sections') {
		const section = d.outline[state.sections.cursor]?.section;
		const id = section?.id ?? '';
		const rows = d.year.indicators.filter(i => inSection(i.sectionId, id));
		const name = `${base}-section-${safe(id)}.${format}`;
		if (!section || format === 'csv') return {name, text: indicatorsFile(rows, format, env.lang)};
		const paragraphs = (s: Section): string[] => [
			...s.paragraphs.map(p => p.text),
			...s.children.flatMap(c => [`${c.ordinal}${c.title}`, ...paragraphs(c)]),
		];
		if (format === 'json')
			return {
				name,
				text: `${toJson({id, ordinal: section.ordinal, title: section.title, text: paragraphs(section), indicators: rows.map(indicatorJson)})}\n`,
			};
		const heading = `## ${section.ordinal}${section.title}`.replace(/[\r\n]+/g, ' ');
		const body = paragraphs(section).join('\n\n');
		return {name, text: `${heading}\n\n${body}\n\n${rows.length ? indicatorsFile(rows, format, env.lang) : ''}`};
	}
	return {name: `${base}-indicators.${format}`, text: indicatorsFile(d.indicators, format, env.lang)};
}
