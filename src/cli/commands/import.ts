/**
 * `jcfz import FILE… | FOLDER | URL | -` — parse reports and add them to the store. Every input is read and parsed,
 * and the batch checked against the store, before anything is written, so a bad file or a conflict in a batch
 * changes nothing.
 */
import {analyze, type Analysis} from '../../core/analyze.js';
import {JcfzError} from '../../core/errors.js';
import {note, type Note} from '../../core/notes.js';
import {inertLine} from '../../core/inert.js';
import {openStore} from '../context.js';
import {parseYear} from '../scope.js';
import {defineCommand} from '../command.js';
import {readReportText, type InputFormat} from '../read-report.js';
import {progressLine} from '../io.js';
import {toJson} from '../../render/json.js';
import type {Planned, PutOutcome} from '../../store/store.js';
import {dirname} from 'node:path';
import {CHUNK, expandInputs, Parked} from '../import-batch.js';
import {collectGarbage} from '../memory.js';

/** Fewer indicators than this earns a warning: the file may not be the report itself. */
const FEW_INDICATORS = 10;

/** What is kept of each parsed report for the summary (the report itself is parked: see import-batch.ts). */
interface Parsed {
	readonly name: string;
	readonly head: Planned;
	readonly title: string;
	readonly format: InputFormat;
	readonly published: string | null;
	readonly sections: number;
	readonly indicators: number;
	readonly warnings: readonly Note[];
}

/**
 * A copy of a string that holds nothing else alive. A title or region cut from a report's text is, to V8, a
 * slice that keeps the whole text in memory: 30,000 summaries kept 30,000 reports.
 */
const detach = (s: string): string => (s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s);

function summaryOf(name: string, format: InputFormat, {report, indicators, warnings}: Analysis): Parsed {
	const {id, region, regionCode, department, year, sourceHash} = report;
	return {
		name: detach(name),
		head: {
			id: detach(id),
			region: detach(region),
			regionCode,
			department: detach(department),
			year,
			sourceHash: detach(sourceHash),
		},
		title: detach(report.title),
		format,
		published: report.published,
		sections: report.sections.length,
		indicators: indicators.length,
		warnings: [
			...warnings.map(w => ({code: w.code, en: detach(w.en), zh: detach(w.zh)})),
			...(indicators.length < FEW_INDICATORS
				? [note('few-indicators', `only ${indicators.length} indicators found`, `只找到 ${indicators.length} 项指标`)]
				: []),
		],
	};
}

/** JCFZ_FETCH_TIMEOUT: seconds to wait for a URL's whole answer, 1 to 3600 (an hour); unset: the default. */
function fetchTimeout(value: string | undefined): number | undefined {
	if (value === undefined || value === '') return undefined;
	const seconds = Number(value);
	if (!(seconds >= 1 && seconds <= 3600))
		throw new JcfzError(
			'usage',
			`JCFZ_FETCH_TIMEOUT=${value}: give the seconds to wait for a web page, from 1 to 3600`,
			`JCFZ_FETCH_TIMEOUT=${value}：请给出等待网页的秒数，1 到 3600`,
		);
	return seconds * 1000;
}

export const importCommand = defineCommand(({io, out}) => ({
	command: 'import <inputs..>',
	describe: out.t(
		'add reports to the store (.txt .md .html files or folders of them, a URL, or - for stdin)',
		'导入报告（.txt .md .html 文件或其所在文件夹、网址，或 - 表示标准输入）',
	),
	builder: y =>
		y
			.positional('inputs', {
				type: 'string',
				array: true,
				describe: out.t('files, folders of them, an http(s) URL, or -', '文件、包含报告的文件夹、http(s) 网址或 -'),
			})
			.option('year', {type: 'string', describe: out.t('override the year in the title', '覆盖标题中的年份')})
			.option('region', {type: 'string', describe: out.t('override the region in the title', '覆盖标题中的地区')})
			.option('replace', {
				type: 'boolean',
				describe: out.t(
					'replace a stored report of the same region and year (the old one is backed up)',
					'替换同地区同年份的已存报告（旧版本备份）',
				),
			})
			.option('dry-run', {
				type: 'boolean',
				describe: out.t('parse and summarise, write nothing', '只解析并汇总，不写入'),
			})
			.option('force', {
				type: 'boolean',
				describe: out.t('import even when no indicator is found', '即使没有识别出指标也导入'),
			})
			.option('json', {
				type: 'boolean',
				describe: out.t('print what was imported as JSON (warnings too)', '以 JSON 输出导入结果（含提醒）'),
			})
			.example('$0 import 2022.txt', '')
			.example('$0 import saved-page.html --year 2022 --region 晋城市', '')
			.example('$0 import https://example.gov.cn/report.html', '')
			.example('$0 import reports/', '')
			.example('cat report.txt | $0 import -', ''),
	handler: async argv => {
		const year = parseYear(argv.year);
		const inputs = expandInputs((argv.inputs ?? []).map(String));
		const bar = progressLine(io.stderr);
		const timeoutMs = fetchTimeout(io.env.JCFZ_FETCH_TIMEOUT);
		const store = argv.dryRun ? null : await openStore(argv, io.env, out.warn);
		const parked = new Parked(store ? dirname(store.path) : '.');
		const parsed: Parsed[] = [];
		let outcomes: (PutOutcome | 'parsed')[];
		try {
			for (const [k, input] of inputs.entries()) {
				if (inputs.length > 1)
					bar.update(out.t(`reading ${k + 1}/${inputs.length} ${input}`, `读取 ${k + 1}/${inputs.length} ${input}`));
				if (k > 0 && k % CHUNK === 0) collectGarbage();
				let pending: Analysis | undefined;
				const {name, text, published, format} = await readReportText(input, io.stdin, {
					onProgress: bytes => bar.update(`${input} ${Math.round(bytes / 1024)} KB`),
					timeoutMs,
				});
				try {
					const analysis = analyze(text, {year, region: argv.region, published});
					const {report, indicators} = analysis;
					// A file with no figure, no report title and no numbered section is usually the wrong page (a list, a
					// notice); a report that has a title or sections but no figure in it is imported with a warning.
					if (indicators.length === 0 && !argv.force && !report.title && report.sections.length === 0) {
						throw new JcfzError(
							'data',
							'no indicators, no report title and no numbered sections found: is this the report itself? (--force imports it anyway)',
							'没有识别出指标、报告标题或编号章节：这是报告本身吗？（--force 可强制导入）',
						);
					}
					parsed.push(summaryOf(name, format, analysis));
					if (store) pending = analysis;
				} catch (error) {
					bar.done();
					if (error instanceof JcfzError) throw error.about(inertLine(name));
					throw error;
				}
				// Parked outside the file's own errors: a full disk here is no fault of the file's.
				if (pending) parked.add(pending);
			}
			if (store) {
				// Every report is parsed and the whole batch checked against the store before anything is written;
				// then it is written a chunk at a time, each chunk under the lock, all at once or not at all.
				await store.plan(
					parsed.map(p => p.head),
					{replace: argv.replace},
				);
				outcomes = [];
				for await (const chunk of parked.chunks()) {
					if (parsed.length > 1)
						bar.update(
							out.t(
								`storing ${outcomes.length}/${parsed.length} reports`,
								`写入 ${outcomes.length}/${parsed.length} 份报告`,
							),
						);
					outcomes.push(...(await store.putMany(chunk, {replace: argv.replace})));
					if (parsed.length > CHUNK) collectGarbage();
				}
			} else outcomes = parsed.map(() => 'parsed' as const);
		} finally {
			parked.dispose();
			bar.done();
		}
		if (argv.json) {
			const rows = parsed.map(({name, head, title, format, published, sections, indicators, warnings}, k) => ({
				input: name,
				outcome: outcomes[k],
				id: head.id,
				region: head.region,
				regionCode: head.regionCode,
				department: head.department,
				year: head.year,
				title,
				format,
				published,
				sections,
				indicators,
				warnings: warnings.map(w => ({code: w.code, message: out.t(w.en, w.zh)})),
			}));
			return out.line(toJson(rows));
		}
		for (const [k, {name, head, warnings, sections, indicators}] of parsed.entries()) {
			const verb = {
				added: out.t('imported', '已导入'),
				replaced: out.t('replaced (old version backed up)', '已替换（旧版本已备份）'),
				unchanged: out.t('already imported', '已导入过'),
				parsed: out.t('parsed, not written (dry run)', '已解析，未写入'),
			}[outcomes[k]!];
			out.line(
				inertLine(
					`${name}: ${verb} ${head.region} ${head.year} — ${sections} ${out.t('sections', '章')}, ${indicators} ${out.t('indicators', '项指标')}`,
				),
			);
			for (const w of warnings) out.warn(inertLine(`${name}: ${out.t('warning', '提醒')}: ${out.t(w.en, w.zh)}`));
		}
		bar.done();
	},
}));
