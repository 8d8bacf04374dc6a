/**
 * `jcfz rank QUERY --year Y` — one indicator across the places stored for a year, highest first, each row with its
 * place in the division hierarchy and its source sentence. Governments only; `--within` keeps the places inside a
 * division, `--level` one level of them.
 */
import {heading} from '../../render/headings.js';
import {JcfzError} from '../../core/errors.js';
import {requiredWords} from '../../core/filter.js';
import {rankFigures, type RankRow} from '../../core/rank.js';
import {divisionByCode, parentOf, within, type Division} from '../../core/region/gazetteer.js';
import {toCsv} from '../../render/csv.js';
import {formatIndicatorValue} from '../../render/format.js';
import {indicatorJson} from '../../render/indicators.js';
import {inertLine} from '../../core/inert.js';
import {renderTable} from '../../render/table.js';
import {rowLimit} from '../number-options.js';
import {openStore} from '../context.js';
import {withinDivision} from '../within.js';
import {defineCommand} from '../command.js';
import {parseYear} from '../../store/scope.js';
import {toJson} from '../../render/json.js';
import {measureQuery} from '../measure-query.js';

const LEVELS = ['province', 'city', 'county', 'town'] as const;
type Level = (typeof LEVELS)[number];
const LEVEL_OF: Readonly<Record<Exclude<Level, 'town'>, number>> = {province: 1, city: 2, county: 3};

/** The provinces and prefectures above a place: "山西省 晋城市" for 泽州县. */
function parents(d: Division | undefined): string {
	const names: string[] = [];
	for (let p = d && parentOf(d); p; p = parentOf(p)) names.unshift(p.name);
	return names.join(' ');
}

export const rankCommand = defineCommand(({io, out, notFound}) => ({
	command: 'rank <query>',
	describe: out.t('one indicator across the regions of a year, highest first', '一项指标在某年各地区间的排名'),
	builder: y =>
		y
			.positional('query', {
				type: 'string',
				describe: out.t('words of the label (the filter language)', '指标名称中的词（筛选语法）'),
			})
			.option('year', {type: 'string', demandOption: true, describe: out.t('the year to rank', '排名的年份')})
			.option('measure', {
				type: 'boolean',
				describe: out.t(
					'the query is a measure name (see jcfz measures); a measure id needs no flag',
					'查询词是指标名称（见 jcfz measures）；指标 ID 无需此选项',
				),
			})
			.option('within', {
				type: 'string',
				describe: out.t('only places inside this division, e.g. 山西省', '只看该行政区内的地区，如 山西省'),
			})
			.option('level', {choices: LEVELS, describe: out.t('only places of this level', '只看该级别的地区')})
			.option('asc', {type: 'boolean', describe: out.t('lowest first', '从低到高')})
			.option('limit', {type: 'number', describe: out.t('at most N rows', '最多 N 行')})
			.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')})
			.option('csv', {type: 'boolean', describe: out.t('print CSV (UTF-8 with BOM)', '输出 CSV（带 BOM）')})
			.conflicts('json', 'csv')
			.example('$0 rank 行政复议案件 --year 2023', '')
			.example('$0 rank 满意率 --year 2023 --within 山西省 --level county', '')
			.example('$0 rank m1a2b3c4d --year 2023', ''),
	handler: async argv => {
		const year = parseYear(argv.year)!;
		if (String(argv.query).trim() === '')
			throw new JcfzError(
				'usage',
				'rank needs words of the label to rank by, e.g. jcfz rank 行政复议案件 --year 2023',
				'rank 需要指标名称中的词，例如 jcfz rank 行政复议案件 --year 2023',
			);
		const store = await openStore(argv, io.env, out.warn);
		const area = withinDivision(argv.within);
		const measure = await measureQuery(store, String(argv.query), argv.measure);
		const {scope, found} = await store.readIndex(
			async index => {
				// Governments only: a department's report is ranked with its government's, not against them; towns
				// (乡镇, 街道, zones) only with each other (--level town), never against counties.
				const towns = argv.level === 'town';
				let scope = (await index.reports(year)).filter(r => !r.department && Boolean(r.town) === towns);
				if (area)
					scope = scope.filter(r => {
						const d = divisionByCode(r.regionCode);
						// A town lies within its own county: --within 沁水县 --level town keeps it.
						return d !== undefined && within(d, area) && (d.code !== area.code || Boolean(r.town));
					});
				if (argv.level && argv.level !== 'town')
					scope = scope.filter(r => divisionByCode(r.regionCode)?.level === LEVEL_OF[argv.level as 'city']);
				const found = measure
					? index.indicators(year, scope, [], measure.keyIds)
					: index.indicators(year, scope, requiredWords(String(argv.query)));
				return {scope, found};
			},
			out.progress(out.t('indexing reports', '建立跨报告索引')),
		);
		const inputs = scope.map(r => ({key: r.slot, indicators: found.get(r.slot) ?? []}));
		// A measure's figures are all of it: each report gives the one closest to the commonest.
		const ranking = rankFigures(inputs, measure ? '' : String(argv.query), argv.asc ? 'asc' : 'desc');
		const asked = measure ? `${measure.id} ${measure.name}` : String(argv.query);
		const byKey = new Map(scope.map(r => [r.slot, r]));
		const limit = rowLimit(argv.limit);
		const rows = limit === undefined ? ranking.rows : ranking.rows.slice(0, limit);
		const region = (r: RankRow) => byKey.get(r.key)!.region;
		const upper = (r: RankRow) => {
			const report = byKey.get(r.key)!;
			const d = divisionByCode(report.regionCode);
			// A town's county is above it too.
			return report.town && d ? `${parents(d)} ${d.name}`.trim() : parents(d);
		};
		if (argv.json) {
			out.line(
				toJson({
					year,
					query: String(argv.query),
					...(measure ? {measure: {id: measure.id, name: measure.name}} : {}),
					reference: ranking.reference && {label: ranking.reference.label, unit: ranking.reference.unit},
					rows: rows.map(r => ({
						rank: r.rank,
						region: region(r),
						parents: upper(r),
						indicator: indicatorJson(r.indicator),
					})),
					missing: ranking.missing.map(k => byKey.get(k)!.region),
				}),
			);
		} else if (argv.csv) {
			out.raw(
				toCsv(
					['rank', 'region', 'parents', 'label', 'value', 'unit', 'qualifier', 'sentence'],
					rows.map(r => [
						r.rank,
						region(r),
						upper(r),
						r.indicator.label,
						r.indicator.value,
						r.indicator.unit,
						r.indicator.qualifier,
						r.indicator.sentence,
					]),
				),
			);
		} else if (ranking.reference) {
			const ref = ranking.reference;
			out.line(
				out.color.dim(
					inertLine(
						out.t(
							`${year} · ${asked} → ${ref.label} (${ref.unit}): ${ranking.rows.length} ${ranking.rows.length === 1 ? 'place' : 'places'}, ${ranking.missing.length} without it`,
							`${year} · ${asked} → ${ref.label}（${ref.unit}）：${ranking.rows.length} 个地区，${ranking.missing.length} 个没有该指标`,
						),
					),
				),
			);
			const lines = renderTable(
				rows,
				[
					{header: heading('rank', out.lang), value: r => String(r.rank), align: 'right'},
					{header: heading('region', out.lang), value: region},
					{header: heading('within', out.lang), value: upper},
					{header: heading('value', out.lang), value: r => formatIndicatorValue(r.indicator), align: 'right'},
					{header: heading('unit', out.lang), value: r => r.indicator.unit},
					{header: heading('indicator', out.lang), value: r => r.indicator.label, flexible: true},
				],
				out.columns,
			);
			out.line(out.color.bold(lines[0]!));
			for (const [k, line] of lines.slice(1).entries()) {
				out.line(line);
				out.line(`      ${out.color.dim(inertLine(rows[k]!.indicator.sentence))}`);
			}
		}
		if (ranking.rows.length === 0) {
			out.warn(
				inertLine(
					scope.length === 0
						? out.t(
								`jcfz: no ${year} report of a government${area ? ` within ${area.name}` : ''}${argv.level ? ` at level ${argv.level}` : ''} is stored (see jcfz list --year ${year})`,
								`jcfz：库中没有${area ? `${area.name}范围内` : ''}${argv.level ? ` ${argv.level} 级` : ''}政府的 ${year} 年报告（见 jcfz list --year ${year}）`,
							)
						: out.t(
								`jcfz: no ${year} report of the ${scope.length} in scope has an indicator ${measure ? `of the measure ${asked}` : `matching "${asked}"`}`,
								`jcfz：范围内 ${scope.length} 份 ${year} 年报告都没有${measure ? `属于指标 ${asked} 的数字` : `与“${asked}”匹配的指标`}`,
							),
				),
			);
			notFound();
		}
	},
}));
