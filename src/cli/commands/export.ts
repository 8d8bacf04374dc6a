/**
 * `jcfz export` — whole reports as JSON, or (filtered) indicators as CSV or a Markdown table; with --panel the
 * whole store as a panel of measures (cli/panel.ts).
 */
import {resolve} from 'node:path';
import {queryIndicators} from '../../core/filter.js';
import {csvRows, toCsv} from '../../render/csv.js';
import {INDICATOR_FIELDS, indicatorJson, indicatorRecord, indicatorsMarkdown} from '../../render/indicators.js';
import {openStore} from '../context.js';
import {pickEntry, scopeEntries} from '../../store/scope.js';
import {defineCommand, scopeOptions} from '../command.js';
import {toJson} from '../../render/json.js';
import {writeFileAtomicFrom} from '../../store/atomic-file.js';
import {checkOutputTarget} from '../../store/output-target.js';
import {JcfzError} from '../../core/errors.js';
import {panelPieces, parseYears} from '../panel.js';
import {rowLimit} from '../number-options.js';
import {withinDivision} from '../within.js';
import {areaOption} from './measures.js';

/** Each line of a JSON value indented by two spaces, as JSON.stringify(array, null, 2) sets its elements. */
const indent = (json: string) => json.replace(/^/gm, '  ');

export const exportCommand = defineCommand(({io, out}) => ({
	command: 'export',
	describe: out.t('export reports or indicators (json, csv, md)', '导出报告或指标（json、csv、md）'),
	builder: y =>
		scopeOptions(y, out)
			.option('format', {
				choices: ['json', 'csv', 'md'] as const,
				default: 'json' as const,
				describe: out.t('output format', '导出格式'),
			})
			.option('filter', {
				type: 'string',
				describe: out.t(
					'only matching indicators (as in `indicators --filter`)',
					'只导出匹配的指标（同 indicators --filter）',
				),
			})
			.option('out', {type: 'string', describe: out.t('write to FILE instead of stdout', '写入文件而不是标准输出')})
			.option('all-years', {
				type: 'boolean',
				describe: out.t('every year of the region, not only one', '该地区的所有年份，而不只一年'),
			})
			.option('all', {type: 'boolean', describe: out.t('every report in the store', '库中所有报告')})
			.option('panel', {
				type: 'boolean',
				describe: out.t(
					'every stored report as a panel: one row per region, year and measure (csv or json)',
					'全库导出为面板数据：每个地区、年份、指标一行（csv 或 json）',
				),
			})
			.option('wide', {
				type: 'boolean',
				describe: out.t(
					'with --panel: one row per report, one column per measure',
					'与 --panel 同用：每份报告一行，每个指标一列',
				),
			})
			.option('min-reports', {
				type: 'number',
				describe: out.t(
					'with --panel: only measures in at least N of the reports exported (default 1, --wide 2)',
					'与 --panel 同用：只导出至少 N 份报告共有的指标（默认 1，--wide 为 2）',
				),
			})
			.option('within', {
				type: 'string',
				describe: out.t('with --panel: only places inside this division', '与 --panel 同用：只导出该行政区内的地区'),
			})
			.option('level', {
				choices: ['province', 'city', 'county', 'town'] as const,
				describe: out.t('with --panel: only places of this level', '与 --panel 同用：只导出该级别的地区'),
			})
			.option('area', {
				type: 'string',
				describe: out.t('with --panel: only measures of this area', '与 --panel 同用：只导出该领域的指标'),
			})
			.option('years', {
				type: 'string',
				describe: out.t(
					'with --panel: only these years, e.g. 2021-2023',
					'与 --panel 同用：只导出这些年份，如 2021-2023',
				),
			})
			.conflicts('all', ['region', 'year'])
			.conflicts('panel', ['all', 'all-years', 'filter', 'region', 'year'])
			.example('$0 export --format csv --out jcfz.csv', '')
			.example('$0 export --all-years --format json > 晋城市.json', '')
			.example('$0 export --all --format csv --out all.csv', '')
			.example('$0 export --panel --format csv --within 山西省 --years 2021-2023 --out panel.csv', '')
			.example('$0 export --panel --wide --format csv --out wide.csv', ''),
	handler: async argv => {
		const panelOnly = (['wide', 'minReports', 'within', 'level', 'area', 'years'] as const).find(
			k => argv[k] !== undefined && !argv.panel,
		);
		if (panelOnly)
			throw new JcfzError(
				'usage',
				`--${panelOnly.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)} goes with --panel: jcfz export --panel --format csv …`,
				`--${panelOnly.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)} 须与 --panel 同用：jcfz export --panel --format csv …`,
			);
		if (argv.panel && argv.format === 'md')
			throw new JcfzError(
				'usage',
				'a panel is exported as csv or json: jcfz export --panel --format csv',
				'面板数据只能导出为 csv 或 json：jcfz export --panel --format csv',
			);
		const panel = argv.panel
			? {
					format: argv.format as 'csv' | 'json',
					wide: argv.wide === true,
					minReports: rowLimit(argv.minReports, '--min-reports') ?? (argv.wide ? 2 : 1),
					within: withinDivision(argv.within),
					level: argv.level,
					area: areaOption(argv.area),
					years: parseYears(argv.years),
				}
			: null;
		const store = await openStore(argv, io.env, out.warn);
		if (panel) {
			const pieces = panelPieces(store, panel);
			if (argv.out) {
				checkOutputTarget(resolve(argv.out), store.path);
				await writeFileAtomicFrom(resolve(argv.out), pieces, 'output');
				out.warn(out.t(`wrote ${argv.out}`, `已写入 ${argv.out}`));
			} else for await (const piece of pieces) out.raw(piece);
			return;
		}
		const entries = argv.all
			? await store.allEntries()
			: argv.allYears
				? (await scopeEntries(store, argv)).entries
				: [await pickEntry(store, argv)];
		// Written report by report: an export of the whole store (12,000 reports passed V8's longest string, and
		// 6,000 took 3.9 GB) holds one report at a time.
		async function* pieces(): AsyncGenerator<string> {
			if (argv.format === 'md') {
				const rows = [];
				for (const e of entries) rows.push(...queryIndicators((await store.load(e)).indicators, {filter: argv.filter}));
				yield indicatorsMarkdown(rows, out.lang);
				return;
			}
			if (argv.format === 'csv') yield toCsv(INDICATOR_FIELDS, []);
			let first = true;
			if (argv.format === 'json') yield '[';
			for (const e of entries) {
				const {report, indicators} = await store.load(e);
				if (argv.format === 'csv') {
					yield csvRows(queryIndicators(indicators, {filter: argv.filter}).map(indicatorRecord));
					continue;
				}
				const items = argv.filter
					? queryIndicators(indicators, {filter: argv.filter}).map(indicatorJson)
					: [{report, indicators: indicators.map(indicatorJson)}];
				for (const item of items) {
					yield `${first ? '' : ','}\n${indent(toJson(item))}`;
					first = false;
				}
			}
			if (argv.format === 'json') yield first ? ']\n' : '\n]\n';
		}
		if (argv.out) {
			checkOutputTarget(resolve(argv.out), store.path);
			await writeFileAtomicFrom(resolve(argv.out), pieces(), 'output');
			out.warn(out.t(`wrote ${argv.out}`, `已写入 ${argv.out}`));
		} else for await (const piece of pieces()) out.raw(piece);
	},
}));
