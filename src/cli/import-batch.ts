/**
 * The inputs of `jcfz import`: a folder stands for the report files in it, in name order. (A batch of any size is
 * parked in the store's form until it is checked and written: store/parked.ts.)
 */
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {isPathFault, pathFault} from '../core/path-fault.js';
import {isUrl} from './fetch-url.js';
import {STDIN_PATH} from './read-report.js';

const REPORT_FILE = /\.(?:txt|md|markdown|html?|shtml|xhtml|pdf|docx|doc|wps)$/i;

/** The report files in a folder and its sub-folders, in name order. */
function reportFiles(folder: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) out.push(...reportFiles(path));
		else if (entry.isFile() && REPORT_FILE.test(entry.name)) out.push(path);
	}
	return out;
}

function isDirectory(input: string): boolean {
	try {
		return statSync(input, {throwIfNoEntry: false})?.isDirectory() ?? false;
	} catch (error) {
		if (!isPathFault(error)) throw error;
		// A part of the path that is a file is a file that does not exist.
		if (error.code === 'ENOTDIR') throw new JcfzError('not-found', `${input}: no such file`, `${input}：文件不存在`);
		throw pathFault(input, error, 'usage');
	}
}

/** The inputs with every folder replaced by the report files in it. */
export function expandInputs(inputs: readonly string[]): string[] {
	const out: string[] = [];
	for (const input of inputs) {
		const isFolder = input !== '-' && input !== STDIN_PATH && !isUrl(input) && isDirectory(input);
		if (!isFolder) {
			out.push(input);
			continue;
		}
		const files = reportFiles(input);
		if (files.length === 0)
			throw new JcfzError(
				'usage',
				`${input}: a folder with no report files (.txt .md .html .pdf .docx .doc .wps) in it`,
				`${input}：文件夹中没有报告文件（.txt .md .html .pdf .docx .doc .wps）`,
			);
		out.push(...files);
	}
	return out;
}
