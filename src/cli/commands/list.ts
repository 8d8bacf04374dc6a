/** `jcfz list` — the reports in the store (of one region, of one year), from the store's cross-report index. */
import {heading} from '../../render/headings.js';
import {renderTable} from '../../render/table.js';
import {inertLine} from '../../core/inert.js';
import type {ListedReport} from '../../store/store.js';
import {openStore} from '../context.js';
import {defineCommand} from '../command.js';
import {toJson} from '../../render/json.js';
import {parseYear, resolveBody} from '../../store/scope.js';
import {zhCollator} from '../../core/filter.js';

/**
 * Reports by region (in Chinese collation order), then year. The collator is slow (a micro-second a comparison):
 * the distinct regions are ordered with it once, and the reports by their region's place.
 */
function byRegionAndYear(entries: ListedReport[]): ListedReport[] {
	const byName = zhCollator();
	const regions = [...new Set(entries.map(e => e.region))].sort(byName.compare);
	const place = new Map(regions.map((r, k) => [r, k]));
	return entries.sort((a, b) => place.get(a.region)! - place.get(b.region)! || a.year - b.year);
}

const JSON_FIELDS = [
	'id',
	'region',
	'regionCode',
	'department',
	'town',
	'year',
	'title',
	'published',
	'sections',
	'indicators',
	'importedAt',
	'origin',
] as const satisfies readonly (keyof ListedReport)[];

export const listCommand = defineCommand(({io, out, notFound}) => ({
	command: 'list',
	describe: out.t('list the reports in the store', '列出库中的报告'),
	builder: y =>
		y
			.option('region', {type: 'string', describe: out.t('only the reports of this region', '只列出该地区的报告')})
			.option('year', {type: 'string', describe: out.t('only the reports of this year', '只列出该年份的报告')})
			.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')})
			.example('$0 list --json', '')
			.example('$0 list --year 2023', ''),
	handler: async argv => {
		const year = parseYear(argv.year);
		const store = await openStore(argv, io.env, out.warn);
		const body = argv.region === undefined || store.bodies.length === 0 ? undefined : resolveBody(store, argv.region);
		const entries = byRegionAndYear(await store.listed({body: body?.key, year}));
		if (argv.json) {
			// Every field but the body key, in a fixed order.
			const json = entries.map(e => Object.fromEntries(JSON_FIELDS.map(k => [k, e[k]])));
			out.line(toJson(json));
			return;
		}
		if (entries.length === 0) {
			out.warn(
				store.bodies.length === 0
					? out.t(
							'jcfz: the store is empty: import a report with `jcfz import FILE`',
							'jcfz：库中没有报告：用 `jcfz import 文件` 导入',
						)
					: inertLine(
							out.t(
								`jcfz: no ${body ? `${body.region} ` : ''}report of ${year} is stored (see jcfz list)`,
								`jcfz：库中没有${body ? body.region : ''} ${year} 年的报告（见 jcfz list）`,
							),
						),
			);
			notFound();
			return;
		}
		const lines = renderTable<ListedReport>(
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
		const bodies = new Set(entries.map(e => e.body)).size;
		const n = entries.length;
		out.line(
			out.color.dim(
				out.t(
					`${n.toLocaleString('en-US')} report${n === 1 ? '' : 's'} of ${bodies.toLocaleString('en-US')} ${bodies === 1 ? 'body' : 'bodies'} (governments and departments)`,
					`共 ${n.toLocaleString('en-US')} 份报告，${bodies.toLocaleString('en-US')} 个报告主体（政府及部门）`,
				),
			),
		);
	},
}));
