/**
 * `jcfz show TARGET` — one lookup that does what a person means (core/lookup.ts decides what the word is): a
 * section prints its text, an indicator its provenance, words or a figure list the matching indicators.
 */
import {filterProblem} from '../../core/filter.js';
import {sectionTitleIn} from '../../render/headings.js';
import {lookup, type Lookup} from '../../core/lookup.js';
import {figuresIn} from '../../core/sentences.js';
import type {Indicator, Report, Section} from '../../core/types.js';
import {findSection} from '../../core/walk.js';
import {formatIndicatorValue} from '../../render/format.js';
import {markSpans, occurrences, type Span} from '../../render/highlight.js';
import {indicatorColumns, indicatorJson} from '../../render/indicators.js';
import {inertLine} from '../../core/inert.js';
import {GAP, renderTable} from '../../render/table.js';
import {width, wrap} from '../../render/width.js';
import {openStore} from '../context.js';
import {loadScope, reportName} from '../../store/scope.js';
import {JcfzError} from '../../core/errors.js';
import {defineCommand, scopeOptions, type CommandContext} from '../command.js';
import {maxOf} from '../../core/arrays.js';
import {toJson} from '../../render/json.js';

/** Lists with at most this many rows show each figure's sentence too. */
const FEW = 5;

function printSection({out}: CommandContext, section: Section, indicators: readonly Indicator[]): void {
	out.line(out.color.bold(inertLine(`${section.id} ${section.ordinal}${section.title}`)));
	const own = indicators.filter(i => i.sectionId === section.id);
	for (const paragraph of section.paragraphs) {
		const spans: Span[] = figuresIn(paragraph, own).map(f => [f.start, f.end]);
		const text = markSpans(paragraph.text, spans, out.color.highlight);
		out.line();
		if (Number.isFinite(out.columns) && !out.color.enabled) for (const line of wrap(text, out.columns)) out.line(line);
		else out.line(text);
	}
	for (const child of section.children) out.line(inertLine(`  ${child.id} ${child.ordinal}${child.title}`));
}

function printIndicator({out}: CommandContext, i: Indicator, report: Report): void {
	const section = findSection(report, i.sectionId);
	out.line(out.color.bold(inertLine(`${i.label}  ${formatIndicatorValue(i)} ${i.unit}`)));
	out.line(
		inertLine(
			`${out.t('Section', '章节')}  ${i.sectionId} ${section ? section.ordinal + section.title : sectionTitleIn(i.sectionId, i.sectionTitle, out.lang)}`,
		),
	);
	const at = i.sentence.indexOf(i.raw);
	out.line(
		`${out.t('Source', '原文')}  ${markSpans(i.sentence, at >= 0 ? [[at, at + i.raw.length]] : [], out.color.highlight)}`,
	);
	out.line(inertLine(`ID    ${i.id}`));
}

function printMatches({out}: CommandContext, rows: readonly Indicator[]): void {
	const columns = indicatorColumns(out.lang);
	const [header, ...lines] = renderTable(rows, columns, out.columns);
	out.line(out.color.bold(header!));
	const indent = ' '.repeat(
		maxOf(
			rows.map(r => width(r.sectionId)),
			width(columns[0]!.header),
		) + GAP.length,
	);
	lines.forEach((line, k) => {
		out.line(line);
		if (rows.length <= FEW) {
			const i = rows[k]!;
			out.line(
				indent + out.color.dim(markSpans(i.sentence, occurrences(i.sentence, i.raw).slice(0, 1), out.color.highlight)),
			);
		}
	});
}

export const showCommand = defineCommand(ctx => ({
	command: 'show [target..]',
	describe: ctx.out.t(
		'look up a section (5, 5.2, 五, a title word), an indicator (its id, words of its label, or its figure: 102)',
		'查看章节（5、5.2、五或标题中的词）或指标（ID、名称中的词或数值如 102）',
	),
	builder: y =>
		scopeOptions(y, ctx.out)
			.positional('target', {
				type: 'string',
				array: true,
				describe: ctx.out.t(
					'section, indicator id, words or a figure (several words: all must match)',
					'章节、指标 ID、关键词或数值（多个词须同时匹配）',
				),
			})
			.option('json', {type: 'boolean', describe: ctx.out.t('print JSON', '输出 JSON')})
			.example('$0 show 行政复议', '')
			.example('$0 show 5.2', '')
			.example('$0 show 五', '')
			.example('$0 show 102', '')
			.example('$0 show -- -复议', '')
			.example('$0 show 满意率 --year 2023 --json', ''),
	handler: async argv => {
		const {io, out} = ctx;
		// Words after `--` (a term that starts with -, such as -复议) arrive apart from the positional ones.
		const words = [...(argv.target ?? []), ...argv._.slice(1)].map(String).filter(w => w.trim() !== '');
		if (words.length === 0)
			throw new JcfzError(
				'usage',
				'say what to show: a section (5.2, 五), words of an indicator (行政复议), a figure (102) or an id; e.g. jcfz show 行政复议',
				'请说明要查看什么：章节（5.2、五）、指标名称中的词（行政复议）、数值（102）或 ID；例如 jcfz show 行政复议',
			);
		const target = words.join(' ').trim();
		const problem = filterProblem(target);
		if (problem) throw new JcfzError('usage', problem.en, problem.zh);
		const store = await openStore(argv, io.env, out.warn);
		const {report, indicators, entry} = await loadScope(store, argv);
		const name = inertLine(reportName(entry));
		const found = lookup(report, indicators, target);
		if (found.kind === 'none') {
			const maybe = found.suggestions.map(inertLine);
			out.warn(
				out.t(
					`jcfz: no indicator or section matches "${inertLine(target)}" in ${name}${maybe.length ? `; did you mean ${maybe.join(', ')}?` : ''} (\`jcfz search ${inertLine(target)}\` searches the full text)`,
					`jcfz：${name} 中没有与“${inertLine(target)}”匹配的指标或章节${maybe.length ? `；是否要找 ${maybe.join('、')}？` : ''}（全文查找请用 \`jcfz search ${inertLine(target)}\`）`,
				),
			);
			ctx.notFound();
			return;
		}
		if (argv.json) {
			out.line(
				toJson({
					report: {id: entry.id, region: entry.region, year: entry.year, title: entry.title},
					...lookupJson(found, indicators),
				}),
			);
			return;
		}
		out.line(out.color.dim(`${name} · ${inertLine(entry.title)}`));
		if (found.kind === 'section') printSection(ctx, found.section, indicators);
		else if (found.kind === 'indicator') printIndicator(ctx, found.indicator, report);
		else if (found.kind === 'indicators') printMatches(ctx, found.rows);
		else for (const s of found.sections) ctx.out.line(inertLine(`${s.id} ${s.ordinal}${s.title}`));
	},
}));

/** The JSON of a lookup: what was found, in the indicator contract where it is indicators. */
function lookupJson(found: Exclude<Lookup, {kind: 'none'}>, indicators: readonly Indicator[]) {
	const section = (s: Section) => ({
		id: s.id,
		ordinal: s.ordinal,
		title: s.title,
		paragraphs: s.paragraphs.map(p => p.text),
		indicators: indicators.filter(i => i.sectionId === s.id).map(indicatorJson),
		children: s.children.map(c => ({id: c.id, ordinal: c.ordinal, title: c.title})),
	});
	if (found.kind === 'section') return {kind: found.kind, section: section(found.section)};
	if (found.kind === 'indicator') return {kind: found.kind, indicator: indicatorJson(found.indicator)};
	if (found.kind === 'indicators') return {kind: found.kind, by: found.by, indicators: found.rows.map(indicatorJson)};
	return {kind: found.kind, sections: found.sections.map(s => ({id: s.id, ordinal: s.ordinal, title: s.title}))};
}
