/**
 * Batches for `jcfz import`: a folder stands for the report files in it, and a batch of any size is checked
 * whole before anything is written while memory stays bounded — each parsed report is kept as its compact stored
 * form in a temp file beside the store (or in memory for a small batch) and written to the store in chunks.
 */
import {closeSync, createReadStream, openSync, readdirSync, rmSync, statSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {writeError} from '../store/atomic-file.js';
import {isPathFault, pathFault} from '../core/path-fault.js';
import {randomHex} from '../core/lazy-crypto.js';
import {decodeRecord, encodeRecord, type ReportRecord} from '../store/record.js';
import type {NewReport} from '../store/store.js';
import {isUrl} from './fetch-url.js';
import {STDIN_PATH} from './read-report.js';
import {builtin} from '../core/lazy-builtin.js';

/** Reports written to the store at once: large enough to be fast, small enough for little memory. */
export const CHUNK = 500;

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

/**
 * Parsed reports waiting to be written, in their stored form: in memory for a small batch, in a temp file for a
 * large one (30,000 parsed reports do not fit in memory; their records, read back a chunk at a time, do).
 */
export class Parked {
	readonly #kept: NewReport[] = [];
	#file: string | null = null;
	#fd: number | null = null;
	#count = 0;

	/** `folder`: where a large batch is parked (beside the store: the same disk, the user's space). */
	constructor(readonly folder: string) {}

	get count(): number {
		return this.#count;
	}

	add(item: NewReport): void {
		this.#count++;
		if (this.#fd === null && this.#kept.length < CHUNK) {
			this.#kept.push(item);
			return;
		}
		try {
			if (this.#fd === null) {
				this.#file = join(this.folder, `.jcfz-import.${process.pid}.${randomHex(4)}.ndjson`);
				this.#fd = openSync(this.#file, 'wx', 0o600);
				for (const kept of this.#kept.splice(0)) this.#write(kept);
			}
			this.#write(item);
		} catch (error) {
			// A full disk (or a folder that cannot be written) while parking: nothing of the batch is written yet.
			throw writeError(this.#file ?? this.folder, error, 'store');
		}
	}

	#write(item: NewReport): void {
		const record = encodeRecord(item.report, item.indicators, item.source, '');
		writeSync(this.#fd!, `${JSON.stringify(record)}\n`);
	}

	/** The parked reports, a chunk at a time, in the order they were added (read back line by line). */
	async *chunks(): AsyncGenerator<NewReport[]> {
		if (this.#fd === null) {
			if (this.#kept.length) yield this.#kept;
			return;
		}
		closeSync(this.#fd);
		this.#fd = null;
		let chunk: NewReport[] = [];
		const {createInterface} = builtin<typeof import('node:readline')>('node:readline');
		const lines = createInterface({input: createReadStream(this.#file!, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY});
		for await (const line of lines) {
			if (!line) continue;
			const record = JSON.parse(line) as ReportRecord;
			chunk.push({...decodeRecord(record), source: record.source});
			if (chunk.length === CHUNK) {
				yield chunk;
				chunk = [];
			}
		}
		if (chunk.length) yield chunk;
	}

	dispose(): void {
		if (this.#fd !== null) closeSync(this.#fd);
		if (this.#file) rmSync(this.#file, {force: true});
	}
}
