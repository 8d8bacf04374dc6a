/** `jcfz export` — whole reports as JSON, or (filtered) indicators as CSV or a Markdown table. */
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
			.conflicts('all', ['region', 'year'])
			.example('$0 export --format csv --out jcfz.csv', '')
			.example('$0 export --all-years --format json > 晋城市.json', '')
			.example('$0 export --all --format csv --out all.csv', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
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
