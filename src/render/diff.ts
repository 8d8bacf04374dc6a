/** Diff output shared by `jcfz diff` and the TUI: the table row cells, CSV rows and the JSON contract. */
import {heading, type HeadingKey} from './headings.js';
import type {DiffRow, ReportDiff} from '../core/diff/diff.js';
import {formatChange, formatChangePct, formatIndicatorValue} from './format.js';
import {indicatorJson} from './indicators.js';
import {inertLine} from '../core/inert.js';
import {say} from '../core/said.js';

export function formatDelta(row: DiffRow): string {
	return row.delta === null ? '' : formatChange(row.delta, row.approximate);
}

export function formatPct(row: DiffRow, lang: 'zh' | 'en' = 'en'): string {
	if (row.status === 'uncertain') return say(['unsure', '存疑'], lang);
	if (row.pct === null)
		return row.status === 'added'
			? say(['new', '新增'], lang)
			: row.status === 'removed'
				? say(['gone', '消失'], lang)
				: '';
	return formatChangePct(row.pct);
}

export function formatSide(row: DiffRow, side: 'from' | 'to'): string {
	const i = row[side];
	return i ? formatIndicatorValue(i) : '—';
}

/** The section a row belongs to: its place in the later report, or in the earlier one when removed. */
export function rowSection(row: DiffRow): {id: string; title: string} {
	const i = row.to ?? row.from!;
	return {id: i.sectionId, title: i.sectionTitle};
}

export function diffJson(
	diff: ReportDiff,
	rows: readonly DiffRow[],
	from: {region: string; year: number},
	to: {region: string; year: number},
) {
	return {
		from,
		to,
		summary: diff.summary,
		rows: rows.map(r => ({
			status: r.status,
			label: r.label,
			unit: r.unit,
			from: r.from && indicatorJson(r.from),
			to: r.to && indicatorJson(r.to),
			delta: r.delta,
			pct: r.pct,
			approximate: r.approximate,
			score: r.score,
			unitChanged: r.unitChanged,
			doubt: r.doubt,
		})),
		sections: diff.sections,
	};
}

export const DIFF_CSV_HEADER = [
	'status',
	'section',
	'label',
	'unit',
	'from',
	'from_qualifier',
	'to',
	'to_qualifier',
	'delta',
	'pct',
	'approximate',
	'score',
	'unit_changed',
	'doubt',
];

export function diffCsvRow(r: DiffRow): (string | number | null)[] {
	return [
		r.status,
		rowSection(r).id,
		r.label,
		r.unit,
		r.from?.value ?? null,
		r.from?.qualifier ?? null,
		r.to?.value ?? null,
		r.to?.qualifier ?? null,
		r.delta,
		r.pct,
		r.approximate ? 'yes' : 'no',
		r.score,
		r.unitChanged ? 'yes' : 'no',
		r.doubt,
	];
}

/** A Markdown table of diff rows, headed in the user's language. */
export function diffMarkdown(rows: readonly DiffRow[], from: number, to: number, lang: 'zh' | 'en'): string {
	const cell = (s: string) => inertLine(s).replace(/\|/g, '\\|');
	const h = (key: HeadingKey) => heading(key, lang);
	const head = `| ${h('section')} | ${h('indicator')} | ${from} | ${to} | ${h('unit')} | ${h('delta')} | ${h('pct')} |`;
	const lines = [head, '|---|---|---:|---:|---|---:|---:|'];
	for (const r of rows)
		lines.push(
			`| ${rowSection(r).id} | ${cell(r.label)} | ${formatSide(r, 'from')} | ${formatSide(r, 'to')} | ${cell(r.unit)} | ${formatDelta(r)} | ${formatPct(r, lang)} |`,
		);
	return `${lines.join('\n')}\n`;
}
