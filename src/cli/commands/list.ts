/** `jcfz list` — the reports in the store. */
import {heading} from '../../render/headings.js';
import {renderTable} from '../../render/table.js';
import type {ReportEntry} from '../../store/documents.js';
import {openStore} from '../context.js';
import {defineCommand} from '../command.js';
import {toJson} from '../../render/json.js';

export const listCommand = defineCommand(({io, out, notFound}) => ({
	command: 'list',
	describe: out.t('list the reports in the store', '列出库中的报告'),
	builder: y =>
		y.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')}).example('$0 list --json', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		const entries = (await store.allEntries()).sort(
			(a, b) => a.region.localeCompare(b.region, 'zh-CN') || a.year - b.year,
		);
		if (argv.json) {
			const json = entries.map(
				({id, region, regionCode, department, year, title, published, sections, indicators, importedAt}) => ({
					id,
					region,
					regionCode,
					department,
					year,
					title,
					published,
					sections,
					indicators,
					importedAt,
				}),
			);
			out.line(toJson(json));
			return;
		}
		if (entries.length === 0) {
			out.warn(
				out.t(
					'the store is empty: import a report with `jcfz import FILE`',
					'库中没有报告：用 `jcfz import 文件` 导入',
				),
			);
			notFound();
			return;
		}
		const lines = renderTable<ReportEntry>(
			entries,
			[
				{header: heading('region', out.lang), value: e => e.region},
				{header: heading('year', out.lang), value: e => String(e.year)},
				{header: heading('published', out.lang), value: e => e.published ?? '—'},
				{header: heading('sections', out.lang), value: e => String(e.sections), align: 'right'},
				{header: heading('indicators', out.lang), value: e => String(e.indicators), align: 'right'},
				{header: heading('title', out.lang), value: e => e.title, flexible: true},
			],
			out.columns,
		);
		for (const line of lines) out.line(line);
	},
}));
