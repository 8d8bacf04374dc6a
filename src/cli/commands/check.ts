/**
 * `jcfz check [REGION-YEAR…] [--year Y [--within R]]` — whether each report holds the four contents an annual
 * report must (core/checks.ts), was published by 1 April, how much of it is quantified, and which parts of the
 * national framework it covers. Without names or --year: the report in scope.
 */
import {AREAS} from '../../core/areas.js';
import {type CheckFindings, checkOf, checkReport, PART_NAMES, PARTS, type ReportCheck} from '../../core/checks.js';
import {JcfzError} from '../../core/errors.js';
import {inertLine} from '../../core/inert.js';
import {divisionByCode, within} from '../../core/region/gazetteer.js';
import {toCsv} from '../../render/csv.js';
import {heading} from '../../render/headings.js';
import {toJson} from '../../render/json.js';
import {renderTable} from '../../render/table.js';
import type {ReportEntry} from '../../store/documents.js';
import {namedEntry, parseYear, pickEntry, reportName} from '../../store/scope.js';
import {defineCommand} from '../command.js';
import {openStore} from '../context.js';
import {withinDivision} from '../within.js';

/** The framework's substantive parts (not the closing problems and plans), which `Areas` counts. */
const FRAMEWORK = AREAS.map(a => a.id).filter(id => !['problems', 'plans', 'outlook'].includes(id));

interface Checked {
	readonly entry: Pick<ReportEntry, 'id' | 'region' | 'year'>;
	readonly check: ReportCheck;
}

export const checkCommand = defineCommand(({io, out, notFound}) => ({
	command: 'check [reports..]',
	describe: out.t(
		'check reports for the contents an annual report must hold, and their publication date',
		'检查报告是否包含年度报告应有的内容及其发布时间',
	),
	builder: y =>
		y
			.positional('reports', {
				type: 'string',
				array: true,
				describe: out.t(
					'REGION-YEAR, e.g. 晋城市-2023 (default: the report in scope)',
					'地区-年份，如 晋城市-2023（默认：当前报告）',
				),
			})
			.option('region', {type: 'string', describe: out.t('region of the years named', '所列年份的地区')})
			.option('year', {type: 'string', describe: out.t('every stored report of this year', '该年份的全部报告')})
			.option('within', {
				type: 'string',
				describe: out.t('with --year: only places inside this division', '与 --year 同用：只看该行政区内的地区'),
			})
			.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')})
			.option('csv', {type: 'boolean', describe: out.t('print CSV (UTF-8 with BOM)', '输出 CSV（带 BOM）')})
			.conflicts('json', 'csv')
			.example('$0 check', '')
			.example('$0 check --year 2023 --within 山西省', ''),
	handler: async argv => {
		const year = parseYear(argv.year);
		const names = (argv.reports ?? []).map(String);
		if (argv.within !== undefined && year === undefined)
			throw new JcfzError(
				'usage',
				'--within goes with --year: jcfz check --year 2023 --within 山西省',
				'--within 须与 --year 同用：jcfz check --year 2023 --within 山西省',
			);
		const store = await openStore(argv, io.env, out.warn);
		let entries: (Pick<ReportEntry, 'body' | 'id' | 'region' | 'year' | 'published'> & {
			findings?: CheckFindings;
		})[];
		if (names.length) entries = await Promise.all(names.map(n => namedEntry(store, n, argv.region)));
		else if (year !== undefined) {
			const area = withinDivision(argv.within);
			entries = (await store.listed({year, findings: true})).filter(e => {
				if (!area) return true;
				const d = divisionByCode(e.regionCode);
				return d !== undefined && within(d, area);
			});
		} else entries = [await pickEntry(store, argv)];
		const checked: Checked[] = [];
		for (const entry of entries) {
			// A year's reports are checked from the cross-report index, which found it all at import; a report named
			// (or one the index does not hold) is read itself.
			if (entry.findings) {
				checked.push({entry, check: checkOf(entry.year, entry.published, entry.findings)});
				continue;
			}
			const {report, indicators} = await store.load(entry);
			checked.push({entry, check: checkReport(report, indicators)});
		}
		if (argv.json) {
			out.line(
				toJson(checked.map(({entry, check}) => ({id: entry.id, region: entry.region, year: entry.year, ...check}))),
			);
			return;
		}
		if (argv.csv) {
			out.raw(
				toCsv(
					['id', 'region', 'year', ...PARTS, 'published', 'onTime', 'perThousand', 'areas'],
					checked.map(({entry, check}) => [
						entry.id,
						entry.region,
						entry.year,
						...check.contents.map(c => c.section ?? ''),
						check.published,
						check.onTime === null ? '' : String(check.onTime),
						check.perThousand,
						check.areas.join(' '),
					]),
				),
			);
			return;
		}
		if (checked.length === 0) {
			out.warn(
				out.t(
					`jcfz: no report of ${year} is stored in that scope (see jcfz list --year ${year})`,
					`jcfz：范围内没有 ${year} 年的报告（见 jcfz list --year ${year}）`,
				),
			);
			notFound();
			return;
		}
		const mark = (section: string | null) => (section === null ? out.t('missing', '缺') : `✓ ${section}`);
		const lines = renderTable<Checked>(
			checked,
			[
				{header: heading('region', out.lang), value: c => c.entry.region},
				{header: heading('year', out.lang), value: c => String(c.entry.year)},
				...PARTS.map((part, k) => ({
					header: out.t(...PART_NAMES[part].short),
					value: (c: Checked) => mark(c.check.contents[k]!.section),
				})),
				{
					header: heading('published', out.lang),
					value: c =>
						c.check.published === null
							? '—'
							: `${c.check.published} ${c.check.onTime ? out.t('on time', '按时') : out.t('late', '逾期')}`,
				},
				{header: out.t('Figures/1000 chars', '每千字数字'), value: c => c.check.perThousand.toFixed(1), align: 'right'},
				{
					header: out.t('Areas', '领域'),
					value: c => `${c.check.areas.filter(a => FRAMEWORK.includes(a)).length}/${FRAMEWORK.length}`,
					align: 'right',
				},
			],
			out.columns,
		);
		for (const line of lines) out.line(line);
		const missing = checked.filter(c => c.check.contents.some(x => !x.found)).length;
		const late = checked.filter(c => c.check.onTime === false).length;
		out.line(
			out.color.dim(
				inertLine(
					out.t(
						`${checked.length} checked (${checked.length === 1 ? reportName(checked[0]!.entry) : 'reports'}): ${missing} lack a content, ${late} published after 1 April`,
						`共检查 ${checked.length} 份：${missing} 份缺少应有内容，${late} 份在 4 月 1 日之后发布`,
					),
				),
			),
		);
	},
}));
