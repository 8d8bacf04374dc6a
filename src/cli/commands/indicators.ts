/** `jcfz indicators` — a report's figures, filtered and sorted like the TUI's indicator view. */
import {queryIndicators, SORT_KEYS} from '../../core/filter.js';
import {toCsv, toTsv} from '../../render/csv.js';
import {INDICATOR_FIELDS, indicatorColumns, indicatorJson, indicatorRecord} from '../../render/indicators.js';
import {inertLine} from '../../core/inert.js';
import {renderTable} from '../../render/table.js';
import {rowLimit, valueBound} from '../number-options.js';
import {openStore} from '../context.js';
import {loadScope, reportName} from '../../store/scope.js';
import {JcfzError} from '../../core/errors.js';
import {findSection} from '../../core/walk.js';
import {sectionIdOf} from '../../core/section-number.js';
import {AREAS, areaNamed, areaOf, sectionAreas} from '../../core/areas.js';
import {filterProblem} from '../../core/filter.js';
import {PREAMBLE_SECTION, type Report} from '../../core/types.js';
import {defineCommand, formatOptions, scopeOptions} from '../command.js';
import {toJson} from '../../render/json.js';

/** Every `area:` of a filter names an area (areas.ts). */
function checkAreaTerms(filter: string | undefined): void {
	for (const m of (filter ?? '').matchAll(/(?:^|\s)area:(\S*)/gu))
		if (!areaNamed(m[1]!))
			throw new JcfzError(
				'usage',
				`area:${m[1]}: not an area; give one of ${AREAS.map(a => a.id).join(', ')} (or its Chinese name, e.g. area:执法)`,
				`area:${m[1]}：没有这个领域；可用 ${AREAS.map(a => a.zh).join('、')}（或其英文 id）`,
			);
}

/** `--section` names a section of the report (0 the introduction, 5, 5.2, 五, 五.2): its id. */
function checkSection(report: Report, given: string): string {
	const id = sectionIdOf(given);
	if (id === null)
		throw new JcfzError(
			'usage',
			`--section ${given}: give a section number as jcfz sections shows it, e.g. --section 5 or --section 5.2 (0: the introduction)`,
			`--section ${given}：请给出 jcfz sections 所示的章节编号，如 --section 5 或 --section 5.2（0 为导语）`,
		);
	if (id === PREAMBLE_SECTION.id || findSection(report, id)) return id;
	const last = report.sections.length;
	throw new JcfzError(
		'not-found',
		`${report.region} ${report.year} has no section ${given}: its sections are ${last ? `1–${last}` : 'none'} (0: the introduction; see jcfz sections)`,
		`${report.region} ${report.year} 没有第 ${given} 章：其章节为 ${last ? `1–${last}` : '无'}（0 为导语；见 jcfz sections）`,
	);
}

export const indicatorsCommand = defineCommand(({io, out, notFound}) => ({
	command: 'indicators',
	describe: out.t('list the figures of a report', '列出报告中的数据指标'),
	builder: y =>
		formatOptions(scopeOptions(y, out), out)
			.option('section', {
				type: 'string',
				describe: out.t('only section ID and its sub-sections (5, 5.2)', '只看某章节及其下级（如 5、5.2）'),
			})
			.option('filter', {
				type: 'string',
				describe: out.t('filter: words, unit:件, sec:5, >1000, q:余', '筛选：关键词、unit:件、sec:5、>1000、q:余'),
			})
			.option('unit', {type: 'string', describe: out.t('only this unit (件, %, 元 …)', '只看某单位（件、%、元…）')})
			.option('min', {type: 'number', describe: out.t('value at least N', '数值不小于 N')})
			.option('max', {type: 'number', describe: out.t('value at most N', '数值不大于 N')})
			.option('sort', {choices: SORT_KEYS, describe: out.t('sort by', '排序方式')})
			.option('desc', {type: 'boolean', describe: out.t('reverse the order', '倒序')})
			.option('limit', {type: 'number', describe: out.t('at most N rows', '最多 N 行')})
			.example('$0 indicators --filter 复议', '')
			.example('$0 indicators --section 5 --unit % --csv > five.csv', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		const {indicators, entry, report} = await loadScope(store, argv);
		const section = argv.section === undefined ? undefined : checkSection(report, argv.section);
		const areas = sectionAreas(report);
		const areaId = (sectionId: string) => areaOf(areas, sectionId)?.area.id ?? null;
		checkAreaTerms(argv.filter);
		const problem = filterProblem(argv.filter ?? '');
		if (problem) throw new JcfzError('usage', `--filter ${problem.en}`, `--filter ${problem.zh}`);
		const rows = queryIndicators(
			indicators,
			{
				filter: argv.filter,
				section,
				unit: argv.unit,
				min: valueBound(argv.min, '--min'),
				max: valueBound(argv.max, '--max'),
				sort: argv.sort,
				desc: argv.desc,
				limit: rowLimit(argv.limit),
			},
			{areaOf: areaId},
		);
		if (argv.json) out.line(toJson(rows.map(i => ({...indicatorJson(i), area: areaId(i.sectionId)}))));
		else if (argv.csv) out.raw(toCsv(INDICATOR_FIELDS, rows.map(indicatorRecord)));
		else if (argv.tsv) out.raw(toTsv(INDICATOR_FIELDS, rows.map(indicatorRecord)));
		else {
			out.line(out.color.dim(inertLine(`${reportName(entry)} · ${entry.title}`)));
			for (const line of renderTable(rows, indicatorColumns(out.lang), out.columns)) out.line(line);
		}
		if (rows.length === 0) {
			out.warn(
				inertLine(
					out.t(
						`jcfz: no indicator of ${reportName(entry)} matches what was asked`,
						`jcfz：${reportName(entry)} 没有符合条件的指标`,
					),
				),
			);
			notFound();
		}
	},
}));
