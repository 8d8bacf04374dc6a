/** `jcfz trend QUERY` — one indicator across every stored year of a region, with a chart and the change per year. */
import {heading} from '../../render/headings.js';
import {trendLines, sparkline, type TrendLine} from '../../core/trend.js';
import {toCsv} from '../../render/csv.js';
import {formatChange, formatChangePct, formatIndicatorValue} from '../../render/format.js';
import {inertLine} from '../../core/inert.js';
import {renderTable} from '../../render/table.js';
import {openStore} from '../context.js';
import {defineCommand} from '../command.js';
import {resolveBody} from '../../store/scope.js';
import {toJson} from '../../render/json.js';
import {measureKeys} from '../../core/measures.js';
import {measureQuery} from '../measure-query.js';

const CSV_HEADER = ['line', 'label', 'unit', 'year', 'value', 'qualifier', 'delta', 'pct', 'sentence'];

export const trendCommand = defineCommand(({io, out, notFound}) => ({
	command: 'trend <query>',
	describe: out.t(
		'one indicator across all stored years of a region, with a chart',
		'一项指标在某地区各年份的变化（含图表）',
	),
	builder: y =>
		y
			.positional('query', {
				type: 'string',
				describe: out.t('words of the label (the filter language)', '指标名称中的词（筛选语法）'),
			})
			.option('region', {
				type: 'string',
				describe: out.t('region (default: the one in use, see jcfz use)', '地区（默认：当前地区，见 jcfz use）'),
			})
			.option('measure', {
				type: 'boolean',
				describe: out.t(
					'the query is a measure name (see jcfz measures); a measure id needs no flag',
					'查询词是指标名称（见 jcfz measures）；指标 ID 无需此选项',
				),
			})
			.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')})
			.option('csv', {type: 'boolean', describe: out.t('print CSV (UTF-8 with BOM)', '输出 CSV（带 BOM）')})
			.conflicts('json', 'csv')
			.example('$0 trend 行政复议案件', '')
			.example('$0 trend 满意率 --region 晋城市 --csv > trend.csv', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		const body = resolveBody(store, argv.region);
		const measure = await measureQuery(store, String(argv.query), argv.measure);
		const keys = measure && new Set(measure.keys);
		const years = [];
		for (const entry of await store.entries(body)) {
			const {report, indicators} = await store.load(entry);
			// A measure's figures only: those whose key it joins (core/measures.ts).
			const own = keys ? measureKeys(report, indicators) : null;
			years.push({year: entry.year, indicators: own ? indicators.filter((_, k) => keys!.has(own[k]!)) : indicators});
		}
		const lines = trendLines(years, measure ? '' : String(argv.query));
		if (argv.json) {
			out.line(toJson(lines.map(jsonLine)));
		} else if (argv.csv) {
			const rows = lines.flatMap((l, k) =>
				l.points.map(p => [
					k + 1,
					p.indicator?.label ?? l.label,
					p.indicator?.unit ?? l.unit,
					p.year,
					p.indicator?.value ?? null,
					p.indicator?.qualifier ?? null,
					p.delta,
					p.pct,
					p.indicator?.sentence ?? null,
				]),
			);
			out.raw(toCsv(CSV_HEADER, rows));
		} else {
			const years =
				body.years.length > 1 ? `${body.years[0]}–${body.years[body.years.length - 1]}` : `${body.years[0]}`;
			out.line(
				out.color.dim(
					inertLine(`${body.region} ${years} · ${measure ? `${measure.id} ${measure.name}` : String(argv.query)}`),
				),
			);
			for (const line of lines) printLine(line);
		}
		if (lines.length === 0) {
			out.warn(
				inertLine(
					out.t(
						`jcfz: no indicator of ${body.region} matches "${String(argv.query)}"; see \`jcfz indicators\``,
						`jcfz：${body.region}没有与“${String(argv.query)}”匹配的指标；见 \`jcfz indicators\``,
					),
				),
			);
			notFound();
		}

		function printLine(line: TrendLine): void {
			out.line();
			out.line(out.color.bold(inertLine(`${line.label} (${line.unit})  ${sparkline(line)}`)));
			const table = renderTable(
				line.points,
				[
					{header: heading('year', out.lang), value: p => String(p.year)},
					{
						header: heading('value', out.lang),
						value: p => (p.indicator ? formatIndicatorValue(p.indicator) : '—'),
						align: 'right',
					},
					{
						header: heading('delta', out.lang),
						value: p => (p.delta === null ? '' : formatChange(p.delta, p.approximate)),
						align: 'right',
					},
					{
						header: heading('pct', out.lang),
						value: p => (p.pct === null ? '' : formatChangePct(p.pct)),
						align: 'right',
					},
					{header: heading('labelThatYear', out.lang), value: p => p.indicator?.label ?? '', flexible: true},
				],
				out.columns,
			);
			for (const row of table) out.line(`  ${row}`);
		}
	},
}));

function jsonLine(line: TrendLine) {
	return {
		label: line.label,
		unit: line.unit,
		points: line.points.map(p => ({
			year: p.year,
			value: p.indicator?.value ?? null,
			qualifier: p.indicator?.qualifier ?? null,
			label: p.indicator?.label ?? null,
			delta: p.delta,
			pct: p.pct,
			sentence: p.indicator?.sentence ?? null,
			id: p.indicator?.id ?? null,
		})),
	};
}
