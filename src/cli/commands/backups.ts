/**
 * `jcfz backups` — every report a change took out of the store (replaced, moved, removed), newest last; and
 * `jcfz restore ID` — puts one back where it was filed (a conflict with what is stored there is refused unless
 * --replace, which backs that one up in turn). Backups are never deleted by jcfz.
 */
import {inertLine} from '../../core/inert.js';
import {heading} from '../../render/headings.js';
import {toJson} from '../../render/json.js';
import {renderTable} from '../../render/table.js';
import type {Backup} from '../../store/backups.js';
import {defineCommand} from '../command.js';
import {openStore} from '../context.js';
import {reportName} from '../../store/scope.js';
import {say} from '../../core/said.js';

const WHY = {replace: ['replaced', '被替换'], move: ['moved', '被移动'], remove: ['removed', '被删除']} as const;

export const backupsCommand = defineCommand(({io, out, notFound}) => ({
	command: 'backups',
	describe: out.t(
		'list the reports kept in the backups (replaced, moved or removed ones)',
		'列出备份中的报告（被替换、移动或删除的）',
	),
	builder: y =>
		y.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')}).example('$0 backups', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		const backups = await store.backups();
		if (argv.json) {
			out.line(
				toJson(
					backups.map(b => ({
						backup: b.id,
						when: b.when,
						why: b.why,
						id: b.entry.id,
						region: b.entry.region,
						year: b.entry.year,
						indicators: b.entry.indicators,
						file: b.file,
					})),
				),
			);
			return;
		}
		if (backups.length === 0) {
			out.warn(
				out.t(
					`jcfz: no backups in ${store.backupFolder}: a replace, move or remove keeps one`,
					`jcfz：${store.backupFolder} 中没有备份：替换、移动或删除报告时会保存备份`,
				),
			);
			notFound();
			return;
		}
		const lines = renderTable<Backup>(
			backups,
			[
				{header: heading('backup', out.lang), value: b => b.id},
				{header: heading('when', out.lang), value: b => b.when.slice(0, 16).replace('T', ' ')},
				{header: heading('why', out.lang), value: b => say(WHY[b.why], out.lang)},
				{header: heading('region', out.lang), value: b => b.entry.region},
				{header: heading('year', out.lang), value: b => String(b.entry.year)},
				{header: heading('indicators', out.lang), value: b => String(b.entry.indicators), align: 'right'},
			],
			out.columns,
		);
		for (const line of lines) out.line(line);
	},
}));

export const restoreCommand = defineCommand(({io, out}) => ({
	command: 'restore <backup>',
	describe: out.t('put a backed-up report back in the store', '把备份中的报告放回库中'),
	builder: y =>
		y
			.positional('backup', {
				type: 'string',
				describe: out.t('its id, as jcfz backups lists it', '备份编号（见 jcfz backups）'),
			})
			.option('replace', {
				type: 'boolean',
				describe: out.t('replace the report stored there (it is backed up)', '替换库中已有的报告（会备份）'),
			})
			.example('$0 restore 3fa91c02', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		const {backup, outcome} = await store.restore(String(argv.backup), {replace: argv.replace === true});
		const name = reportName(backup.entry);
		const said = {
			added: out.t(`restored ${name} from backup ${backup.id}`, `已从备份 ${backup.id} 恢复 ${name}`),
			replaced: out.t(
				`restored ${name} from backup ${backup.id}; the one stored before is backed up`,
				`已从备份 ${backup.id} 恢复 ${name}；原有的已备份`,
			),
			unchanged: out.t(
				`${name} is stored as backup ${backup.id} has it already: nothing to do`,
				`库中的 ${name} 与备份 ${backup.id} 相同：无需恢复`,
			),
		}[outcome as 'added' | 'replaced' | 'unchanged'];
		out.line(inertLine(said));
	},
}));
