/**
 * `jcfz show TARGET` — one lookup that does what a person means: a section id prints the section, an indicator
 * id prints the indicator with its provenance, any other text lists the matching indicators.
 */
import {queryIndicators} from '../../core/filter.js';
import {figuresIn} from '../../core/sentences.js';
import type {Indicator, Report, Section} from '../../core/types.js';
import {findSection} from '../../core/walk.js';
import {formatIndicatorValue} from '../../render/format.js';
import {markSpans, occurrences, type Span} from '../../render/highlight.js';
import {indicatorColumns} from '../../render/indicators.js';
import {inertLine} from '../../render/sanitize.js';
import {GAP, renderTable} from '../../render/table.js';
import {width, wrap} from '../../render/width.js';
import {openStore} from '../context.js';
import {loadScope, reportName} from '../scope.js';
import {defineCommand, scopeOptions, type CommandContext} from '../command.js';

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
			`${out.t('Section', '章节')}  ${i.sectionId} ${section ? section.ordinal + section.title : i.sectionTitle}`,
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
	const indent = ' '.repeat(Math.max(...rows.map(r => width(r.sectionId)), width(columns[0]!.header)) + GAP.length);
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
	command: 'show <target>',
	describe: ctx.out.t(
		'look up a section (5, 5.2), an indicator id, or indicators by name',
		'查看章节（5、5.2）、指标 ID，或按名称查指标',
	),
	builder: y =>
		scopeOptions(y, ctx.out)
			.positional('target', {
				type: 'string',
				describe: ctx.out.t('section id, indicator id or words', '章节号、指标 ID 或关键词'),
			})
			.example('$0 show 行政复议', '')
			.example('$0 show 5.2', '')
			.example('$0 show 满意率 --year 2023', ''),
	handler: async argv => {
		const {io, out} = ctx;
		const target = String(argv.target).trim();
		const store = await openStore(argv, io.env, out.warn);
		const {report, indicators, entry} = await loadScope(store, argv);
		const name = inertLine(reportName(entry));
		const section = /^\d+(\.\d+)*$/.test(target) ? findSection(report, target) : undefined;
		const byId = section ? undefined : indicators.find(i => i.id === target || i.id === `${report.id}:${target}`);
		const rows = section || byId ? [] : queryIndicators(indicators, {filter: target});
		if (!section && !byId && rows.length === 0) {
			out.warn(
				out.t(
					`no indicator matches "${inertLine(target)}" in ${name}; try \`jcfz search ${inertLine(target)}\` for the full text`,
					`${name} 中没有与“${inertLine(target)}”匹配的指标；全文查找请用 \`jcfz search ${inertLine(target)}\``,
				),
			);
			ctx.notFound();
			return;
		}
		out.line(out.color.dim(`${name} · ${inertLine(entry.title)}`));
		if (section) printSection(ctx, section, indicators);
		else if (byId) printIndicator(ctx, byId, report);
		else printMatches(ctx, rows);
	},
}));
