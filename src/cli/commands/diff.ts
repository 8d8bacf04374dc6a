/** `jcfz diff A B` — what changed between two years (or two files). */
import {heading} from '../../render/headings.js';
import {DEFAULT_MIN_SCORE} from '../../core/diff/align.js';
import {diffReports, type DiffRow} from '../../core/diff/diff.js';
import type {SectionDiff, SectionRef} from '../../core/diff/sections.js';
import {JcfzError} from '../../core/errors.js';
import type {Indicator, Report} from '../../core/types.js';
import {toCsv} from '../../render/csv.js';
import {
	DIFF_CSV_HEADER,
	diffCsvRow,
	diffJson,
	formatDelta,
	formatPct,
	formatSide,
	rowSection,
} from '../../render/diff.js';
import {inertLine} from '../../core/inert.js';
import {renderTable} from '../../render/table.js';
import {truncate} from '../../render/width.js';
import {openStore} from '../context.js';
import {defineCommand, type CommandContext} from '../command.js';
import {readReportText} from '../read-report.js';
import {namedEntry} from '../../store/scope.js';
import {toJson} from '../../render/json.js';
import {loadAnalysis} from '../lazy-parts.js';

interface Side {
	report: Report;
	indicators: readonly Indicator[];
}

const STATUSES = ['changed', 'added', 'removed', 'unchanged', 'uncertain'] as const;

async function fromFile(input: string, stdin: NodeJS.ReadableStream): Promise<Side> {
	const {text} = await readReportText(input, stdin);
	const {analyze} = await loadAnalysis();
	try {
		return analyze(text);
	} catch (error) {
		if (error instanceof JcfzError) throw error.about(inertLine(input));
		throw error;
	}
}

function sortRows(rows: DiffRow[], key: string | undefined): DiffRow[] {
	if (key === 'delta') return [...rows].sort((a, b) => Math.abs(b.delta ?? -1) - Math.abs(a.delta ?? -1));
	if (key === 'pct') return [...rows].sort((a, b) => Math.abs(b.pct ?? -1) - Math.abs(a.pct ?? -1));
	if (key === 'label') return [...rows].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
	return rows;
}

/** A column's name: the year, or region and year when two regions are compared. */
function sideName(side: Side, other: Side): string {
	return side.report.region === other.report.region
		? String(side.report.year)
		: `${side.report.region} ${side.report.year}`;
}

function printTable({out}: CommandContext, rows: readonly DiffRow[], a: Side, b: Side, grouped: boolean): void {
	const colour = (row: DiffRow, text: string) =>
		row.delta === null || row.delta === 0 ? text : row.delta > 0 ? out.color.up(text) : out.color.down(text);
	const lines = renderTable(
		rows,
		[
			{header: heading('indicator', out.lang), value: r => r.label, flexible: true},
			{header: sideName(a, b), value: r => formatSide(r, 'from'), align: 'right'},
			{header: sideName(b, a), value: r => formatSide(r, 'to'), align: 'right'},
			{header: heading('unit', out.lang), value: r => r.unit},
			{header: heading('delta', out.lang), value: formatDelta, align: 'right'},
			{header: heading('pct', out.lang), value: (r: DiffRow) => formatPct(r, out.lang), align: 'right'},
		],
		out.columns,
	);
	out.line(out.color.bold(lines[0]!));
	let section = '';
	rows.forEach((row, k) => {
		const s = rowSection(row);
		if (grouped && s.id !== section) {
			section = s.id;
			out.line(out.color.bold(inertLine(`${s.id} ${s.title}`)));
		}
		out.line(colour(row, lines[k + 1]!));
		// A pair only plausible shows what each year said, for the reader to judge.
		if (row.status === 'uncertain')
			for (const [name, i] of [
				[sideName(a, b), row.from!],
				[sideName(b, a), row.to!],
			] as const)
				out.line(out.color.dim(truncate(inertLine(`    ${name}: ${i.sentence}`), out.columns)));
	});
}

/** Which sections match between the years, and the top-level ones that are new or gone (all of them in --json). */
function printSectionChanges({out}: CommandContext, sections: SectionDiff): void {
	const top = (refs: readonly SectionRef[]) =>
		refs.filter(r => !r.id.includes('.')).map(r => inertLine(`${r.ordinal}${r.title}`));
	out.line(
		out.t(
			`Sections: ${sections.matched.length} matched, ${sections.added.length} new, ${sections.removed.length} gone`,
			`章节：${sections.matched.length} 个对应，${sections.added.length} 个新增，${sections.removed.length} 个消失`,
		),
	);
	const added = top(sections.added);
	const removed = top(sections.removed);
	if (added.length) out.line(`  ${out.t('new', '新增')}: ${added.join(out.t('; ', '；'))}`);
	if (removed.length) out.line(`  ${out.t('gone', '消失')}: ${removed.join(out.t('; ', '；'))}`);
}

export const diffCommand = defineCommand(ctx => ({
	command: 'diff [a] [b]',
	describe: ctx.out.t('compare the indicators of two years', '对比两个年份的指标'),
	builder: y =>
		y
			.positional('a', {
				type: 'string',
				describe: ctx.out.t('earlier year, or REGION-YEAR', '较早的年份，或“地区-年份”'),
			})
			.positional('b', {type: 'string', describe: ctx.out.t('later year, or REGION-YEAR', '较晚的年份，或“地区-年份”')})
			.option('region', {
				type: 'string',
				describe: ctx.out.t('region of both reports (default: see jcfz use)', '两份报告的地区（默认见 jcfz use）'),
			})
			.option('from', {
				type: 'string',
				describe: ctx.out.t('compare this file (instead of a stored year)', '用文件代替库中的年份 A'),
			})
			.option('to', {type: 'string', describe: ctx.out.t('…with this file', '…与此文件对比')})
			.option('only', {choices: STATUSES, describe: ctx.out.t('only rows of this status', '只显示某类变化')})
			.option('min-score', {
				type: 'number',
				default: DEFAULT_MIN_SCORE,
				describe: ctx.out.t('minimum alignment score 0–1', '最低匹配分 0–1'),
			})
			.option('sort', {
				choices: ['delta', 'pct', 'label'] as const,
				describe: ctx.out.t('sort rows (default: by section)', '排序（默认按章节）'),
			})
			.option('json', {type: 'boolean', describe: ctx.out.t('print JSON', '输出 JSON')})
			.option('csv', {type: 'boolean', describe: ctx.out.t('print CSV (UTF-8 with BOM)', '输出 CSV（带 BOM）')})
			.conflicts('json', 'csv')
			.example('$0 diff 2022 2023', '')
			.example('$0 diff 2022 2023 --only changed --sort pct', '')
			.example('$0 diff 晋城市-2023 长治市-2023', '')
			.example('$0 diff --from old.txt --to new.txt --json', ''),
	handler: async argv => {
		const {io, out} = ctx;
		const needStore = !(argv.from && argv.to);
		const store = needStore ? await openStore(argv, io.env, out.warn) : null;
		// A year alone means a year of the body in scope; B given as a year follows A's body (晋城市-2022 2023).
		let region = argv.region;
		const side = async (file: string | undefined, key: string | undefined, name: string): Promise<Side> => {
			if (file) return fromFile(file, io.stdin);
			if (!key)
				throw new JcfzError(
					'usage',
					`give two years, e.g. jcfz diff 2022 2023 (missing ${name})`,
					`请给出两个年份，例如 jcfz diff 2022 2023（缺少 ${name}）`,
				);
			const entry = await namedEntry(store!, key, region);
			region ??= entry.region;
			return store!.load(entry);
		};
		// …and A given as a year follows B's (2022 晋城市-2023): two regions are compared only when both are named.
		const isYear = (key: string | undefined) => key !== undefined && /^\s*\d{4}\s*$/.test(key);
		const bFirst = !argv.from && !argv.to && argv.region === undefined && isYear(argv.a) && !isYear(argv.b);
		const b0 = bFirst ? await side(undefined, argv.b, 'B') : null;
		const a = await side(argv.from, argv.a, 'A');
		const b = b0 ?? (await side(argv.to, argv.from ? argv.a : argv.b, 'B'));
		if (!argv.from && !argv.to && a.report.id === b.report.id)
			throw new JcfzError(
				'usage',
				`${a.report.region} ${a.report.year} twice: give two different years (or reports) to compare, e.g. jcfz diff ${a.report.year - 1} ${a.report.year}${bFirst ? `; a year alone means a year of the region named beside it: to compare two regions name both, e.g. jcfz diff 晋城市-${a.report.year} ${a.report.region}-${a.report.year}` : ''}`,
				`${a.report.region} ${a.report.year} 给了两次：请给出两个不同的年份（或报告），例如 jcfz diff ${a.report.year - 1} ${a.report.year}${bFirst ? `；单写年份指旁边所写地区的年份：比较两个地区请都写明，如 jcfz diff 晋城市-${a.report.year} ${a.report.region}-${a.report.year}` : ''}`,
			);
		const diff = diffReports(a, b, argv.minScore);
		const filtered = diff.rows.filter(r => !argv.only || r.status === argv.only);
		const rows = sortRows(filtered, argv.sort);
		const meta = (s: Side) => ({region: s.report.region, year: s.report.year});
		if (argv.json) return out.line(toJson(diffJson(diff, rows, meta(a), meta(b))));
		if (argv.csv) return out.raw(toCsv(DIFF_CSV_HEADER, rows.map(diffCsvRow)));
		out.line(inertLine(`${a.report.region} ${a.report.year} → ${b.report.region} ${b.report.year}`));
		if (rows.length > 0) printTable(ctx, rows, a, b, !argv.sort);
		// The whole comparison's counts, as --json gives them; --only says what it kept of them.
		const s = diff.summary;
		const shown = argv.only
			? out.t(` (shown: the ${rows.length} ${argv.only})`, `（只显示 ${rows.length} 项 ${argv.only}）`)
			: '';
		const unsure = s.uncertain
			? out.t(
					`, ${s.uncertain} uncertain (only plausible: both sentences shown, no change counted)`,
					`，${s.uncertain} 项存疑（仅是可能的对应：列出两年原句，不计变化）`,
				)
			: '';
		out.line(
			out.t(
				`${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.unchanged} unchanged${unsure}${shown}`,
				`${s.changed} 项变化，${s.added} 项新增，${s.removed} 项消失，${s.unchanged} 项持平${unsure}${shown}`,
			),
		);
		printSectionChanges(ctx, diff.sections);
		if (rows.length === 0) ctx.notFound();
	},
}));
