/**
 * `jcfz reindex` — rebuilds the cross-report index (what `rank` and `search --all` read) from the stored reports.
 * Never needed for correctness: a query rebuilds a stale index itself. It compacts the index after many
 * `--replace` imports, and it is what to run after restoring the store's documents from a backup.
 */
import {inertLine} from '../../core/inert.js';
import {openStore} from '../context.js';
import {defineCommand} from '../command.js';

export const reindexCommand = defineCommand(({io, out}) => ({
	command: 'reindex',
	describe: out.t(
		'rebuild the cross-report index used by rank and search --all',
		'重建 rank 与 search --all 使用的跨报告索引',
	),
	builder: y => y.example('$0 reindex', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		const index = await store.readyIndex(out.progress(out.t('indexing reports', '建立跨报告索引')), true);
		let reports = 0;
		const years = await index.years();
		for (const year of years) reports += (await index.reports(year)).length;
		out.line(
			inertLine(
				out.t(
					`indexed ${reports} report${reports === 1 ? '' : 's'} of ${years.length} year${years.length === 1 ? '' : 's'} in ${index.folder}`,
					`已为 ${years.length} 个年份的 ${reports} 份报告建立索引：${index.folder}`,
				),
			),
		);
	},
}));
