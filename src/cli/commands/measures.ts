/**
 * `jcfz measures [--area A] [--min-reports N] [--json|--csv]` — the measures across the stored reports (figures of
 * different reports and years that measure the same thing, core/measures.ts), with how many reports and regions
 * have each, the most widely reported first.
 */
import {AREAS, areaNamed} from '../../core/areas.js';
import {JcfzError} from '../../core/errors.js';
import {NO_AREA} from '../../core/measures.js';
import {toCsv} from '../../render/csv.js';
import {toJson} from '../../render/json.js';
import {renderTable} from '../../render/table.js';
import type {MeasureRow} from '../../store/measure-index.js';
import {defineCommand} from '../command.js';
import {openStore} from '../context.js';
import {rowLimit} from '../number-options.js';
import {say} from '../../core/said.js';

/** An area given on the command line, as its id; a word that names none is a usage error listing them. */
export function areaOption(word: string | undefined): string | undefined {
	if (word === undefined) return undefined;
	const area = areaNamed(word);
	if (!area)
		throw new JcfzError(
			'usage',
			`no area called "${word}": give one of ${AREAS.map(a => a.id).join(', ')} (or its Chinese name, e.g. 执法)`,
			`没有名为“${word}”的领域：请给出 ${AREAS.map(a => `${a.zh}（${a.id}）`).join('、')} 之一`,
		);
	return area.id;
}

const areaName = (id: string, lang: 'zh' | 'en') => {
	const area = AREAS.find(a => a.id === id);
	return area ? say([area.en, area.zh], lang) : say(['(none)', '（未归类）'], lang);
};

export const measureJson = (m: MeasureRow) => ({
	id: m.id,
	name: m.name,
	area: m.area === NO_AREA ? null : m.area,
	unit: m.unit,
	reports: m.reports,
	regions: m.regions,
});

export const measuresCommand = defineCommand(({io, out, notFound}) => ({
	command: 'measures',
	describe: out.t(
		'list the measures the stored reports share, with how many reports and regions have each',
		'列出各报告共有的指标（度量），以及各有多少份报告、多少个地区',
	),
	builder: y =>
		y
			.option('area', {
				type: 'string',
				describe: out.t('only this area of the framework (e.g. 执法, enforcement)', '只看该领域（如 执法）'),
			})
			.option('min-reports', {
				type: 'number',
				describe: out.t('only measures in at least N reports (default 2)', '只看至少 N 份报告都有的（默认 2）'),
			})
			.option('limit', {type: 'number', describe: out.t('show at most N rows', '最多显示 N 行')})
			.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')})
			.option('csv', {type: 'boolean', describe: out.t('print CSV (UTF-8 with BOM)', '输出 CSV（带 BOM）')})
			.conflicts('json', 'csv')
			.example('$0 measures --area 执法 --min-reports 10', '')
			.example('$0 measures --json', ''),
	handler: async argv => {
		const area = areaOption(argv.area);
		const min = rowLimit(argv.minReports, '--min-reports') ?? 2;
		const limit = rowLimit(argv.limit);
		const store = await openStore(argv, io.env, out.warn);
		const {measures} = await store.measures();
		const kept = measures.filter(m => m.reports >= min && (area === undefined || m.area === area));
		const rows = kept.slice(0, limit);
		if (argv.json) return out.line(toJson(rows.map(measureJson)));
		if (argv.csv)
			return out.raw(
				toCsv(
					['id', 'name', 'area', 'unit', 'reports', 'regions'],
					rows.map(m => [m.id, m.name, m.area === NO_AREA ? '' : m.area, m.unit, m.reports, m.regions]),
				),
			);
		if (rows.length === 0) {
			out.warn(
				out.t(
					`jcfz: no measure is in ${min} or more stored reports${area ? ` in that area` : ''} (try --min-reports 1)`,
					`jcfz：没有至少 ${min} 份报告共有的指标${area ? '（该领域内）' : ''}（可试 --min-reports 1）`,
				),
			);
			return notFound();
		}
		const lines = renderTable(
			rows,
			[
				{header: 'ID', value: m => m.id},
				{header: out.t('Measure', '指标'), value: m => m.name, flexible: true},
				{header: out.t('Area', '领域'), value: m => areaName(m.area, out.lang)},
				{header: out.t('Unit', '单位'), value: m => m.unit},
				{header: out.t('Reports', '报告'), value: m => String(m.reports), align: 'right'},
				{header: out.t('Regions', '地区'), value: m => String(m.regions), align: 'right'},
			],
			out.columns,
		);
		out.line(out.color.bold(lines[0]!));
		for (const line of lines.slice(1)) out.line(line);
		const total = kept.length;
		out.line(
			out.t(
				`${rows.length} of the ${total} measures in ${min} or more reports${area ? ' (that area)' : ''}`,
				`至少 ${min} 份报告共有的 ${total} 个指标中的 ${rows.length} 个${area ? '（该领域）' : ''}`,
			),
		);
	},
}));
