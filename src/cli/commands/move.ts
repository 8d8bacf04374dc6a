/**
 * `jcfz move REGION-YEAR --region R --year Y` — refiles a stored report that was imported under the wrong region or
 * year: its id, body document, cross-report index entry and the default region follow. The report as it was is
 * kept in the backups; a report already filed there is refused unless --replace (then it is backed up too).
 */
import {JcfzError} from '../../core/errors.js';
import {inertLine} from '../../core/inert.js';
import {resolveRegion} from '../../core/region/identify.js';
import {toJson} from '../../render/json.js';
import {defineCommand} from '../command.js';
import {openStore} from '../context.js';
import {namedForChange} from '../report-names.js';
import {parseYear, reportName} from '../../store/scope.js';

export const moveCommand = defineCommand(({io, out}) => ({
	command: 'move <report>',
	describe: out.t(
		'file a stored report under another region or year (the old filing is kept in the backups)',
		'把已存报告改到其他地区或年份（原登记会备份）',
	),
	builder: y =>
		y
			.positional('report', {
				type: 'string',
				describe: out.t('REGION-YEAR as stored, e.g. 晋城市-2022', '库中的“地区-年份”，如 晋城市-2022'),
			})
			.option('region', {type: 'string', describe: out.t('the region it belongs to', '它所属的地区')})
			.option('year', {type: 'string', describe: out.t('the year it reports on', '它报告的年份')})
			.option('replace', {
				type: 'boolean',
				describe: out.t('replace a report already filed there (it is backed up)', '替换已登记在那里的报告（会备份）'),
			})
			.option('json', {type: 'boolean', describe: out.t('print the move as JSON', '以 JSON 输出')})
			.example('$0 move 晋城市-2022 --region 长治市', '')
			.example('$0 move 晋城市-2022 --year 2021', ''),
	handler: async argv => {
		if (argv.region === undefined && argv.year === undefined)
			throw new JcfzError(
				'usage',
				'say where it goes: --region R, --year Y or both (e.g. jcfz move 晋城市-2022 --year 2021)',
				'请说明改到哪里：--region 地区、--year 年份，或两者（如 jcfz move 晋城市-2022 --year 2021）',
			);
		const year = parseYear(argv.year);
		if (argv.region !== undefined && argv.region.trim() === '')
			throw new JcfzError(
				'usage',
				'--region is empty: give the region, e.g. --region 长治市',
				'--region 为空：请给出地区，如 --region 长治市',
			);
		const store = await openStore(argv, io.env, out.warn);
		const entry = await namedForChange(store, String(argv.report), undefined);
		const who =
			argv.region === undefined
				? {region: entry.region, regionCode: entry.regionCode, department: entry.department}
				: resolveRegion(argv.region);
		const moved = await store.move(entry, {...who, year: year ?? entry.year}, {replace: argv.replace === true});
		const [backup, ...replaced] = moved.backups;
		if (argv.json) {
			out.line(
				toJson({
					from: moved.from.id,
					to: moved.to.id,
					region: moved.to.region,
					regionCode: moved.to.regionCode,
					department: moved.to.department,
					year: moved.to.year,
					backup: backup!.id,
					replaced: replaced.map(b => ({id: b.entry.id, backup: b.id})),
				}),
			);
			return;
		}
		out.line(
			inertLine(
				out.t(
					`moved ${reportName(moved.from)} → ${reportName(moved.to)}; backup ${backup!.id} keeps it as it was`,
					`已将 ${reportName(moved.from)} 改为 ${reportName(moved.to)}；备份 ${backup!.id} 保留原样`,
				),
			),
		);
		for (const b of replaced)
			out.line(
				inertLine(
					out.t(
						`replaced the ${reportName(b.entry)} stored there; backup ${b.id}`,
						`已替换原有的 ${reportName(b.entry)}；备份 ${b.id}`,
					),
				),
			);
	},
}));
