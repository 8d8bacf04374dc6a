/**
 * Parsed reports waiting to be written, in the store's own form: in memory for a small batch, in a temp file
 * beside the store for a large one (30,000 parsed reports do not fit in memory; their records, read back a chunk
 * at a time, do). A parked report is encoded once: what is read back carries its record, which Store.put files
 * as it is (stamped with the time of the write), rather than encoding the decoded report again.
 */
import {closeSync, createReadStream, openSync, rmSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {builtin} from '../core/lazy-builtin.js';
import {randomHex} from '../core/lazy-crypto.js';
import {writeError} from './atomic-file.js';
import type {NewReport} from './change.js';
import {decodeRecord, encodeRecord, type ReportRecord} from './record.js';

/** Reports written to the store at once: large enough to be fast, small enough for little memory. */
export const CHUNK = 500;

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
		const record = encodeRecord(item.report, item.indicators, item.source, '', item.origin);
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
			chunk.push({...decodeRecord(record), source: record.source, origin: record.origin, record});
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
