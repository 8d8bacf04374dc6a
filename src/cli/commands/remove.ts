/**
 * `jcfz remove REGION-YEAR…` (or `--region R --all-years`) — takes reports out of the store. Each is kept in the
 * backups first (`jcfz backups`, `jcfz restore ID` puts it back); the cross-report index and the default region
 * follow. All the named reports go in one change, or none (a name that fits nothing refuses them all).
 */
import {JcfzError} from '../../core/errors.js';
import {inertLine} from '../../core/inert.js';
import {toJson} from '../../render/json.js';
import type {ReportEntry} from '../../store/documents.js';
import {defineCommand} from '../command.js';
import {openStore} from '../context.js';
import {allOfBody, namedForChange} from '../report-names.js';
import {reportName} from '../../store/scope.js';

export const removeCommand = defineCommand(({io, out}) => ({
	command: 'remove [reports..]',
	describe: out.t(
		'remove reports from the store (each is kept in the backups: jcfz restore puts it back)',
		'从库中删除报告（每份都先备份：可用 jcfz restore 恢复）',
	),
	builder: y =>
		y
			.positional('reports', {
				type: 'string',
				array: true,
				describe: out.t(
					'REGION-YEAR, e.g. 晋城市-2022 (a year alone with --region)',
					'地区-年份，如 晋城市-2022（只写年份时须加 --region）',
				),
			})
			.option('region', {type: 'string', describe: out.t('the region of the years named', '所列年份的地区')})
			.option('all-years', {
				type: 'boolean',
				describe: out.t('every report of --region', '删除 --region 的全部报告'),
			})
			.option('json', {type: 'boolean', describe: out.t('print what was removed as JSON', '以 JSON 输出删除结果')})
			.example('$0 remove 晋城市-2022', '')
			.example('$0 remove 2021 2022 --region 晋城市', '')
			.example('$0 remove --region 崇义县交通运输局 --all-years', ''),
	handler: async argv => {
		const names = (argv.reports ?? []).map(String);
		if (argv.allYears && names.length > 0)
			throw new JcfzError(
				'usage',
				'give either reports to remove or --region R --all-years, not both',
				'请只给出要删除的报告，或只用 --region 地区 --all-years，不要同时使用',
			);
		if (!argv.allYears && names.length === 0)
			throw new JcfzError(
				'usage',
				'name the reports to remove: jcfz remove 晋城市-2022 (see jcfz list), or --region R --all-years',
				'请指明要删除的报告：jcfz remove 晋城市-2022（见 jcfz list），或 --region 地区 --all-years',
			);
		const store = await openStore(argv, io.env, out.warn);
		const chosen: ReportEntry[] = [];
		if (argv.allYears) chosen.push(...(await allOfBody(store, argv.region)));
		for (const name of names) {
			const entry = await namedForChange(store, name, argv.region);
			if (!chosen.some(e => e.body === entry.body && e.id === entry.id)) chosen.push(entry);
		}
		const backups = await store.remove(chosen);
		if (argv.json) {
			out.line(
				toJson(
					backups.map(b => ({
						id: b.entry.id,
						region: b.entry.region,
						year: b.entry.year,
						indicators: b.entry.indicators,
						backup: b.id,
					})),
				),
			);
			return;
		}
		for (const b of backups)
			out.line(
				inertLine(
					out.t(
						`removed ${reportName(b.entry)} (${b.entry.indicators} indicators); backup ${b.id}: jcfz restore ${b.id} puts it back`,
						`已删除 ${reportName(b.entry)}（${b.entry.indicators} 项指标）；备份 ${b.id}：jcfz restore ${b.id} 可恢复`,
					),
				),
			);
	},
}));
