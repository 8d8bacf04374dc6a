/**
 * `jcfz import FILE… | FOLDER | URL | -` — parse reports and add them to the store. A batch (several inputs, a
 * folder) keeps going: every report that can be stored is, each chunk all or nothing under the store's lock, and
 * every input that cannot is listed at the end with its reason (import-rows.ts). `--strict` checks the whole batch
 * against the store first and writes nothing if anything fails.
 */
import type {Analysis} from '../../core/analyze.js';
import {isJcfzError, JcfzError} from '../../core/errors.js';
import {inertLine} from '../../core/inert.js';
import {openStore} from '../context.js';
import {parseYear} from '../../store/scope.js';
import {defineCommand} from '../command.js';
import {readReportText} from '../read-report.js';
import {progressLine} from '../io.js';
import {toJson} from '../../render/json.js';
import {dirname} from 'node:path';
import {
	counts,
	refusalLines,
	refusedRow,
	refuseNonReport,
	type Row,
	rowJson,
	summaryOf,
	summaryTable,
	verbOf,
	worstKind,
} from '../import-rows.js';
import {expandInputs} from '../import-batch.js';
import {CHUNK, Parked} from '../../store/parked.js';
import {collectGarbage} from '../memory.js';
import {loadAnalysis} from '../lazy-parts.js';

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
		'add reports to the store (.txt .md .html .pdf .docx .doc .wps files or folders of them, a URL, or - for stdin)',
		'导入报告（.txt .md .html .pdf .docx .doc .wps 文件或其所在文件夹、网址，或 - 表示标准输入）',
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
			.option('strict', {
				type: 'boolean',
				describe: out.t(
					'check the whole batch first and write nothing if any input fails',
					'先检查整批，任何一个输入失败就什么也不写',
				),
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
		// One input fails as one command does; a batch (several inputs, a folder) lets every good file in and lists
		// the rest at the end — or with --strict writes nothing when anything fails.
		const batch = inputs.length > 1;
		const bar = progressLine(io.stderr);
		const timeoutMs = fetchTimeout(io.env.JCFZ_FETCH_TIMEOUT);
		const store = argv.dryRun ? null : await openStore(argv, io.env, out.warn);
		const parked = new Parked(store ? dirname(store.path) : '.');
		const {analyze} = await loadAnalysis();
		const rows: Row[] = [];
		/** The row of each parked report, in parking order. */
		const parkedRows: number[] = [];
		try {
			for (const [k, input] of inputs.entries()) {
				if (batch)
					bar.update(out.t(`reading ${k + 1}/${inputs.length} ${input}`, `读取 ${k + 1}/${inputs.length} ${input}`));
				if (k > 0 && k % CHUNK === 0) collectGarbage();
				let pending: Analysis | undefined;
				try {
					const {name, text, published, format} = await readReportText(input, io.stdin, {
						onProgress: bytes => bar.update(`${input} ${Math.round(bytes / 1024)} KB`),
						timeoutMs,
					});
					try {
						const analysis = analyze(text, {year, region: argv.region, published});
						refuseNonReport(analysis, argv.force === true);
						rows.push({input: name, outcome: 'parsed', parsed: summaryOf(format, analysis)});
						if (store) pending = analysis;
					} catch (error) {
						if (isJcfzError(error)) throw error.about(inertLine(name));
						throw error;
					}
				} catch (error) {
					if (!isJcfzError(error) || !batch) {
						bar.done();
						throw error;
					}
					rows.push({input, outcome: 'refused', error});
				}
				// Parked outside the file's own errors: a full disk here is no fault of the file's.
				if (pending) {
					parked.add({...pending, origin: rows[rows.length - 1]!.input});
					parkedRows.push(rows.length - 1);
				}
			}
			if (store && parkedRows.length > 0) {
				const replace = argv.replace === true;
				if (argv.strict && batch) {
					// Every report checked against the store before anything is written; any failure writes nothing.
					const plan = await store.plan(
						parkedRows.map(r => rows[r]!.parsed!.head),
						{replace, keepGoing: true},
					);
					for (const [k, put] of plan.entries())
						if (put.error) rows[parkedRows[k]!] = refusedRow(rows[parkedRows[k]!]!, put.error);
					if (rows.some(r => r.outcome === 'refused')) {
						bar.done();
						// In a --strict batch that fails nothing is imported: the good inputs are 'skipped'.
						return report(
							rows.map(r => (r.outcome === 'refused' ? r : {...r, outcome: 'skipped' as const})),
							'strict',
						);
					}
				}
				let done = 0;
				for await (const chunk of parked.chunks()) {
					if (batch)
						bar.update(
							out.t(`storing ${done}/${parkedRows.length} reports`, `写入 ${done}/${parkedRows.length} 份报告`),
						);
					const puts = await store.put(chunk, {replace, keepGoing: batch && !argv.strict});
					for (const put of puts) {
						const r = parkedRows[done++]!;
						rows[r] = put.error ? refusedRow(rows[r]!, put.error) : {...rows[r]!, outcome: put.outcome, kept: put.kept};
					}
					if (parkedRows.length > CHUNK) collectGarbage();
				}
			}
		} finally {
			parked.dispose();
			bar.done();
		}
		report(rows, store ? 'stored' : 'dry-run');

		function report(all: readonly Row[], mode: 'stored' | 'strict' | 'dry-run'): void {
			if (argv.json) out.line(toJson(all.map(r => rowJson(r, out))));
			else {
				for (const row of all) {
					if (!row.parsed || row.outcome === 'refused' || row.outcome === 'skipped') continue;
					out.line(inertLine(`${row.input}: ${verbOf(row, out.t)} — ${counts(row.parsed, out.t)}`));
					for (const w of row.parsed.warnings)
						out.warn(inertLine(`${row.input}: ${out.t('warning', '提醒')}: ${out.t(w.en, w.zh)}`));
				}
				if (batch && io.stdout.isTTY) for (const line of summaryTable(all, out)) out.line(line);
			}
			const refused = all.filter(r => r.outcome === 'refused');
			if (refused.length === 0) return;
			for (const line of refusalLines(refused, out)) out.warn(line);
			const [n, total] = [refused.length, all.length];
			const en = {
				stored: 'the others are stored',
				strict: '--strict: nothing was written',
				'dry-run': 'dry run: nothing was written',
			}[mode];
			const zh = {stored: '其余已存入', strict: '--strict：未写入任何内容', 'dry-run': '试运行：未写入任何内容'}[mode];
			throw new JcfzError(
				worstKind(refused),
				`${n} of ${total} inputs ${mode === 'stored' ? 'not imported' : 'cannot be imported'} (listed above); ${en}`,
				`${total} 个输入中有 ${n} 个${mode === 'stored' ? '未导入' : '无法导入'}（见上）；${zh}`,
			);
		}
	},
}));
