/** `jcfz import FILE…` — parse reports and add them to the store. */
import {readFile, stat} from 'node:fs/promises';
import {decodeBytes} from '../../core/decode.js';
import {JcfzError} from '../../core/errors.js';
import {extractIndicators} from '../../core/extract.js';
import {parseReport} from '../../core/parse.js';
import {inertLine} from '../../render/sanitize.js';
import {openStore, parseYear} from '../context.js';
import type {CommandFactory} from '../command.js';

/** Reports are tens of kilobytes; anything this large is not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

async function readInput(path: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
	if (path === '-') {
		const chunks: Buffer[] = [];
		let size = 0;
		for await (const chunk of stdin) {
			size += (chunk as Buffer).length;
			if (size > MAX_INPUT_BYTES) throw new JcfzError('data', `stdin: more than ${MAX_INPUT_BYTES / 1024 / 1024} MB; a report is far smaller`);
			chunks.push(chunk as Buffer);
		}
		return Buffer.concat(chunks);
	}
	const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') throw new JcfzError('not-found', `${path}: no such file`);
		throw new JcfzError('data', `${path}: cannot read (${error.code})`);
	});
	if (info.isDirectory()) throw new JcfzError('usage', `${path}: is a directory; give the report files inside it (e.g. ${path}/*.txt)`);
	if (info.size > MAX_INPUT_BYTES) throw new JcfzError('data', `${path}: ${(info.size / 1024 / 1024).toFixed(0)} MB is too large for a report (limit ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);
	return readFile(path).catch((error: NodeJS.ErrnoException) => {
		throw new JcfzError('data', `${path}: cannot read (${error.code}); check its permissions`);
	});
}

export const importCommand: CommandFactory = ({io, out}) => ({
	command: 'import <files..>',
	describe: out.t('add reports (.txt, .md; - for stdin) to the store', '导入报告（.txt、.md；- 表示标准输入）'),
	builder: y =>
		y
			.positional('files', {type: 'string', array: true, describe: out.t('report files', '报告文件')})
			.option('year', {type: 'string', describe: out.t('override the year in the title', '覆盖标题中的年份')})
			.option('region', {type: 'string', describe: out.t('override the region in the title', '覆盖标题中的地区')})
			.option('replace', {type: 'boolean', describe: out.t('replace a stored report of the same region and year (keeps a backup)', '替换同地区同年份的已存报告（保留备份）')})
			.option('dry-run', {type: 'boolean', describe: out.t('parse and summarise, write nothing', '只解析并汇总，不写入')})
			.example('$0 import 2022.txt', '')
			.example('$0 import report.md --year 2022 --region 晋城市', ''),
	handler: async argv => {
		const year = parseYear(argv.year);
		const files = (argv.files as string[]).map(String);
		// Parse everything first: a bad file aborts the command before anything is written.
		const parsed = [];
		for (const file of files) {
			const {text} = decodeBytes(await readInput(file, io.stdin), file);
			const {report, warnings} = (() => {
				try {
					return parseReport(text, {year, region: argv.region});
				} catch (error) {
					if (error instanceof JcfzError) throw new JcfzError(error.kind, `${file}: ${error.message}`);
					throw error;
				}
			})();
			parsed.push({file, report, warnings, indicators: extractIndicators(report)});
		}
		const store = argv.dryRun ? null : await openStore(argv, io.env, out.warn);
		for (const {file, report, warnings, indicators} of parsed) {
			const outcome = store ? await store.put(report, indicators, {replace: argv.replace}) : 'parsed';
			const verb = {added: out.t('imported', '已导入'), replaced: out.t('replaced', '已替换'), unchanged: out.t('already imported', '已导入过'), parsed: out.t('parsed (dry run)', '已解析（未写入）')}[outcome];
			out.line(inertLine(`${file}: ${verb} ${report.region} ${report.year} — ${report.sections.length} ${out.t('sections', '章')}, ${indicators.length} ${out.t('indicators', '项指标')}`));
			for (const w of warnings) out.warn(inertLine(`${file}: ${out.t('warning', '提醒')}: ${w}`));
			if (indicators.length < 5) out.warn(inertLine(`${file}: ${out.t('warning', '提醒')}: only ${indicators.length} indicators found`));
		}
	},
});
