/** `jcfz export` — whole reports as JSON, or (filtered) indicators as CSV or a Markdown table. */
import {resolve} from 'node:path';
import {queryIndicators} from '../../core/filter.js';
import {toCsv} from '../../render/csv.js';
import {INDICATOR_FIELDS, indicatorJson, indicatorRecord, indicatorsMarkdown} from '../../render/indicators.js';
import {openStore} from '../context.js';
import {pickEntry, scopeEntries} from '../scope.js';
import {defineCommand, scopeOptions} from '../command.js';
import {toJson} from '../../render/json.js';
import {writeFileAtomic} from '../../store/atomic-file.js';
import {checkOutputTarget} from '../../store/output-target.js';

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
		const loaded = [];
		for (const e of entries) loaded.push(await store.load(e));
		let text: string;
		if (argv.format === 'json' && !argv.filter) {
			text = `${toJson(loaded.map(l => ({report: l.report, indicators: l.indicators.map(indicatorJson)})))}\n`;
		} else {
			const rows = loaded.flatMap(l => queryIndicators(l.indicators, {filter: argv.filter}));
			if (argv.format === 'csv') text = toCsv(INDICATOR_FIELDS, rows.map(indicatorRecord));
			else if (argv.format === 'md') text = indicatorsMarkdown(rows, out.lang);
			else text = `${toJson(rows.map(indicatorJson))}\n`;
		}
		if (argv.out) {
			checkOutputTarget(resolve(argv.out), store.path);
			await writeFileAtomic(resolve(argv.out), text, 'output');
			out.warn(out.t(`wrote ${argv.out}`, `已写入 ${argv.out}`));
		} else out.raw(text);
	},
}));
