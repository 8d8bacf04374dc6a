/**
 * A lowdb adapter for one validated JSON document. A file that is empty, truncated, NUL-filled or of the wrong
 * shape is refused with its path and the position of the fault; it is never replaced by defaults.
 */
import type {Adapter} from 'lowdb';
import {JcfzError} from '../core/errors.js';
import {AtomicTextFile} from './atomic-file.js';

export type Validator<T> = (value: unknown) => T;

/** "Unexpected end of JSON input" at offset N → "line L column C". */
export function jsonPosition(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	const offset = position ? Number(position[1]) : text.length;
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return `line ${line} column ${column}`;
}

/**
 * No jcfz document nests deeper than this (sections 16 deep are about 40 levels). A deeper one is refused before it
 * is parsed: JSON.parse reads 100,000 levels, but writing the document back (a report added beside it) overflowed
 * the stack in JSON.stringify.
 */
const MAX_DEPTH = 100;

/** The characters that open or close a string, an array or an object. */
const STRUCTURE = /["[\]{}]/g;
/** Whitespace then a colon: what follows a key. */
const KEY_END = /\s*:/y;

/** Where the string opened by the quote at `at` closes: the next quote not escaped by an odd run of backslashes. */
function closingQuote(text: string, at: number): number {
	for (let end = text.indexOf('"', at + 1); end !== -1; end = text.indexOf('"', end + 1)) {
		let slashes = 0;
		while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
		if (slashes % 2 === 0) return end;
	}
	return text.length;
}

/**
 * One pass over the text before it is parsed: where its nesting first passes MAX_DEPTH (-1 if never), and a key
 * its top-level object holds twice (JSON.parse keeps the last: `"bodies": [...], "bodies": []` read as an empty
 * store). Strings are skipped whole (found with indexOf, escapes honoured): most of a report's bytes are its text.
 */
function scanDocument(text: string): {deepAt: number; duplicate: string | null} {
	let depth = 0;
	const keys = new Set<string>();
	STRUCTURE.lastIndex = 0;
	for (let m = STRUCTURE.exec(text); m; m = STRUCTURE.exec(text)) {
		const i = m.index;
		const c = text.charCodeAt(i);
		if (c === 0x22) {
			const end = closingQuote(text, i);
			STRUCTURE.lastIndex = end + 1;
			if (depth === 1) {
				KEY_END.lastIndex = end + 1;
				if (KEY_END.test(text)) {
					const key = text.slice(i, end + 1);
					if (keys.has(key)) return {deepAt: -1, duplicate: key};
					keys.add(key);
				}
			}
		} else if (c === 0x5b || c === 0x7b) {
			if (++depth > MAX_DEPTH) return {deepAt: i, duplicate: null};
		} else depth--;
	}
	return {deepAt: -1, duplicate: null};
}

export function parseJsonDocument<T>(path: string, text: string, validate: Validator<T>): T {
	if (text.trim() === '')
		throw new JcfzError(
			'data',
			`${path}: the file is empty; restore it from a backup or delete it to start over`,
			`${path}：文件为空；请从备份恢复，或删除后重新开始`,
		);
	if (text.includes('\u0000'))
		throw new JcfzError(
			'data',
			`${path}: the file contains NUL bytes (damaged on disk?); restore it from a backup`,
			`${path}：文件含有 NUL 字节（磁盘损坏？）；请从备份恢复`,
		);
	const {deepAt: deep, duplicate} = scanDocument(text);
	if (duplicate !== null)
		throw new JcfzError(
			'data',
			`${path}: the key ${duplicate} stands twice (hand-edited?): one would silently hide the other; fix or restore it`,
			`${path}：键 ${duplicate} 出现了两次（被手工改动？），其中一个会被悄悄忽略；请修复或恢复`,
		);
	if (deep >= 0)
		throw new JcfzError(
			'data',
			`${path}: arrays or objects nested more than ${MAX_DEPTH} deep (at character ${deep}): not a jcfz document (hand-edited?); restore it from a backup`,
			`${path}：数组或对象嵌套超过 ${MAX_DEPTH} 层（第 ${deep} 个字符处）：不是 jcfz 的文件（被手工改动？）；请从备份恢复`,
		);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const at = jsonPosition(text, error);
		throw new JcfzError(
			'data',
			`${path}: not valid JSON at ${at} (truncated or hand-edited?); fix or restore it`,
			`${path}：${at} 处不是有效的 JSON（文件被截断或手工改动？）；请修复或恢复`,
		);
	}
	return checked(path, () => validate(value));
}

/** Runs a shape check of the document at `path`; a fault becomes the one-line error that names the file. */
export function checked<T>(path: string, check: () => T): T {
	try {
		return check();
	} catch (error) {
		if (error instanceof ShapeError)
			throw new JcfzError('data', `${path}: ${error.message}`, `${path}：结构不符（${error.message}）`);
		throw error;
	}
}

/**
 * A document of the wrong shape. Checks throw it where they find the fault; each enclosing check adds its field or
 * index on the way out, so a document that is right costs no path strings at all.
 */
export class ShapeError extends Error {
	readonly #segments: string[] = [];
	readonly #detail: string;
	readonly #located: boolean;

	/** `located`: the message starts with the JSON path of the fault ("top level" when there is none). */
	constructor(detail: string, located = true) {
		super(detail);
		this.#detail = detail;
		this.#located = located;
		this.message = this.#text();
	}

	/** The same fault one level up: inside `segment` ("key" or "[3]"). */
	under(segment: string): this {
		this.#segments.unshift(segment);
		this.message = this.#text();
		return this;
	}

	#text(): string {
		if (!this.#located) return this.#detail;
		const path = this.#segments.map((s, k) => (k === 0 || s.startsWith('[') ? s : `.${s}`)).join('');
		return `${path || 'top level'}: ${this.#detail}`;
	}
}

export class JsonDocument<T> implements Adapter<T> {
	readonly #file: AtomicTextFile;
	readonly #validate: Validator<T>;
	readonly #serialize: (data: T) => string;
	constructor(path: string, validate: Validator<T>, serialize = (data: T) => `${JSON.stringify(data, null, '\t')}\n`) {
		this.#file = new AtomicTextFile(path);
		this.#validate = validate;
		this.#serialize = serialize;
	}

	get path(): string {
		return this.#file.path;
	}

	async read(): Promise<T | null> {
		const text = await this.#file.read();
		return text === null ? null : parseJsonDocument(this.path, text, this.#validate);
	}

	write(data: T): Promise<void> {
		return this.#file.write(this.#serialize(data));
	}
}
