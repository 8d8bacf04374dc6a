/**
 * What `jcfz import` says about each input: one row per input (read, parsed, stored or refused), the lines and
 * JSON made of them, the summary table of a batch and its refusals grouped by reason.
 */
import type {Analysis} from '../core/analyze.js';
import type {Evidence} from '../core/region/identify.js';
import {EXIT_CODES, type ErrorKind, JcfzError} from '../core/errors.js';
import {inertLine} from '../core/inert.js';
import {note, type Note} from '../core/notes.js';
import {contentKey} from '../core/same-report.js';
import {heading} from '../render/headings.js';
import {renderTable} from '../render/table.js';
import type {KeptCopy, Planned, PutOutcome} from '../store/store.js';
import type {Output} from './io.js';
import type {InputFormat} from './read-report.js';

/** Fewer indicators than this earns a warning: the file may not be the report itself. */
const FEW_INDICATORS = 10;

/** What is kept of each parsed report for the summary (the report itself is parked: see import-batch.ts). */
export interface Parsed {
	readonly head: Planned;
	readonly title: string;
	readonly format: InputFormat;
	readonly published: string | null;
	readonly sections: number;
	readonly indicators: number;
	readonly warnings: readonly Note[];
	readonly evidence: Evidence | null;
}

export interface Row {
	/** The input as named (a file as given, a URL, stdin). */
	readonly input: string;
	/** 'parsed': a dry run's; 'skipped': not written because another input of a --strict batch failed. */
	readonly outcome: PutOutcome | 'parsed' | 'skipped';
	readonly parsed?: Parsed;
	/** Why it was refused. */
	readonly error?: JcfzError;
	/** For 'unchanged' and 'same': the stored copy that stays. */
	readonly kept?: KeptCopy;
}

/**
 * A copy of a string that holds nothing else alive. A title or region cut from a report's text is, to V8, a
 * slice that keeps the whole text in memory: 30,000 summaries kept 30,000 reports.
 */
const detach = (s: string): string => (s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s);

export function summaryOf(format: InputFormat, {report, indicators, warnings, evidence}: Analysis): Parsed {
	const {id, region, regionCode, department, town, year, sourceHash} = report;
	return {
		head: {
			id: detach(id),
			region: detach(region),
			regionCode,
			department: detach(department),
			...(town ? {town: detach(town)} : {}),
			year,
			sourceHash: detach(sourceHash),
			content: contentKey(report, indicators),
		},
		title: detach(report.title),
		format,
		published: report.published,
		sections: report.sections.length,
		indicators: indicators.length,
		evidence: evidence
			? {
					region: {how: evidence.region.how, text: detach(evidence.region.text)},
					year: {how: evidence.year.how, text: detach(evidence.year.text)},
				}
			: null,
		warnings: [
			...warnings.map(w => ({code: w.code, en: detach(w.en), zh: detach(w.zh)})),
			...(indicators.length < FEW_INDICATORS
				? [
						indicators.length === 0
							? note('few-indicators', 'no indicator found', '没有找到指标')
							: note(
									'few-indicators',
									`only ${indicators.length} indicator${indicators.length === 1 ? '' : 's'} found`,
									`只找到 ${indicators.length} 项指标`,
								),
					]
				: []),
		],
	};
}

/**
 * A file with no figure, no report title and no numbered section is usually the wrong page (a list, a notice);
 * a report that has a title or sections but no figure in it is imported with a warning.
 */
export function refuseNonReport({report, indicators}: Analysis, force: boolean): void {
	if (indicators.length === 0 && !force && !report.title && report.sections.length === 0)
		throw new JcfzError(
			'data',
			'no indicators, no report title and no numbered sections found: is this the report itself? (--force imports it anyway)',
			'没有识别出指标、报告标题或编号章节：这是报告本身吗？（--force 可强制导入）',
		);
}

export function refusedRow(row: Row, error: JcfzError): Row {
	return {...row, outcome: 'refused', error};
}

/** The exit code's class of a batch with refusals: the gravest of theirs (3 data over 2 usage over 1). */
export function worstKind(refused: readonly Row[]): ErrorKind {
	let worst: ErrorKind = 'not-found';
	for (const r of refused) if (r.error && EXIT_CODES[r.error.kind] > EXIT_CODES[worst]) worst = r.error.kind;
	return worst;
}

type T = Output['t'];

/** "imported 晋城市 2022", "already imported 晋城市 2022 (another copy: kept the one from … of 2026-12-01)". */
export function verbOf(row: Row, t: T): string {
	const {region, year} = row.parsed!.head;
	const kept = row.kept;
	const from = kept?.origin ? t(` from ${kept.origin}`, `（来自 ${kept.origin}）`) : '';
	const when = kept ? kept.importedAt.slice(0, 10) : '';
	switch (row.outcome) {
		case 'added':
			return t(`imported ${region} ${year}`, `已导入 ${region} ${year}`);
		case 'replaced':
			return t(`replaced (old version backed up) ${region} ${year}`, `已替换（旧版本已备份）${region} ${year}`);
		case 'same':
			return t(
				`already imported ${region} ${year} (another copy of the same report: kept the one imported${from} on ${when})`,
				`已导入过 ${region} ${year}（同一报告的另一份副本：保留 ${when} 导入的那份${from}）`,
			);
		case 'parsed':
			return t(`parsed, not written (dry run) ${region} ${year}`, `已解析，未写入 ${region} ${year}`);
		default:
			return t(`already imported ${region} ${year}`, `已导入过 ${region} ${year}`);
	}
}

export function counts(p: Parsed, t: T): string {
	const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return t(`${s(p.sections, 'section')}, ${s(p.indicators, 'indicator')}`, `${p.sections} 章, ${p.indicators} 项指标`);
}

/** The row's reason without the input's name in front (the name is listed beside it). */
function reason(row: Row, lang: Output['lang']): string {
	const text = row.error!.text(lang);
	for (const sep of [': ', '：'])
		if (text.startsWith(`${row.input}${sep}`)) return text.slice(row.input.length + sep.length);
	return text;
}

export function rowJson(row: Row, out: Pick<Output, 't' | 'lang'>) {
	const {t} = out;
	if (row.outcome === 'refused' || !row.parsed)
		return {
			input: row.input,
			outcome: 'refused' as const,
			error: reason(row, out.lang),
			exitCode: EXIT_CODES[row.error!.kind],
		};
	const {head, title, format, published, sections, indicators, warnings, evidence} = row.parsed;
	return {
		input: row.input,
		outcome: row.outcome,
		id: head.id,
		region: head.region,
		regionCode: head.regionCode,
		department: head.department,
		town: head.town ?? '',
		year: head.year,
		title,
		format,
		published,
		sections,
		indicators,
		...(row.kept ? {kept: row.kept} : {}),
		evidence,
		warnings: warnings.map(w => ({code: w.code, message: t(w.en, w.zh)})),
	};
}

/** The summary of a batch on a terminal: how many inputs had each outcome. */
export function summaryTable(rows: readonly Row[], out: Output): string[] {
	const count = (...outcomes: string[]) => rows.filter(r => outcomes.includes(r.outcome)).length;
	const lines: [string, number][] = [
		[out.t('imported', '已导入'), count('added')],
		[out.t('already there', '已存在'), count('unchanged', 'same')],
		[out.t('replaced', '已替换'), count('replaced')],
		[out.t('parsed (dry run)', '已解析（试运行）'), count('parsed')],
		[out.t('not written (--strict)', '未写入（--strict）'), count('skipped')],
		[out.t('refused', '未导入'), count('refused')],
	];
	const shown = lines.filter(([label, n]) => n > 0 || label === out.t('refused', '未导入'));
	return [
		'',
		...renderTable(
			[...shown, [out.t('all inputs', '输入合计'), rows.length] as [string, number]],
			[
				{header: heading('outcome', out.lang), value: ([label]) => label},
				{header: heading('inputs', out.lang), value: ([, n]) => n.toLocaleString('en-US'), align: 'right'},
			],
			out.columns,
		),
	];
}

/** How many refusals of one reason are listed by name before "and N more". */
const NAMED_PER_REASON = 5;

/**
 * The refusals, grouped by reason: a reason shared by several inputs is one line with their names (the first
 * few, then how many more), in the order the reasons first came.
 */
export function refusalLines(refused: readonly Row[], out: Output): string[] {
	const groups = new Map<string, string[]>();
	for (const row of refused) {
		const why = reason(row, out.lang);
		const names = groups.get(why) ?? [];
		names.push(row.input);
		groups.set(why, names);
	}
	const lines: string[] = [];
	for (const [why, names] of groups) {
		if (names.length === 1) {
			lines.push(inertLine(`jcfz: ${names[0]}: ${why}`));
			continue;
		}
		const shown = names.slice(0, NAMED_PER_REASON).join(', ');
		const more =
			names.length > NAMED_PER_REASON
				? out.t(` and ${names.length - NAMED_PER_REASON} more`, ` 等，另有 ${names.length - NAMED_PER_REASON} 个`)
				: '';
		lines.push(
			inertLine(`jcfz: ${out.t(`${names.length} inputs`, `${names.length} 个输入`)} (${shown}${more}): ${why}`),
		);
	}
	return lines;
}
