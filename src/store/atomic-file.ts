/**
 * A lowdb adapter that never leaves a half-written file: write a uniquely named temp file in the same folder,
 * fsync it, rename it over the target, fsync the folder. The file keeps its mode. lowdb's stock TextFile
 * (steno) renames but never fsyncs, so a crash can leave an empty file behind.
 */
import {randomHex} from '../core/lazy-crypto.js';
import {constants, readFileSync} from 'node:fs';
import {mkdir, open, rename, rm, stat} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';
import type {Adapter} from 'lowdb';
import {JcfzError} from '../core/errors.js';

const WRITE_FAULTS: Readonly<Record<string, string>> = {
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EFBIG: 'the file size limit was reached',
	EROFS: 'the file system is read-only',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
};

/** Writes atomically; a write that cannot be done leaves the old file as it was and says why in one line. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
	try {
		await writeAtomically(path, text);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? '';
		if (code in WRITE_FAULTS) {
			const elsewhere = /^(?:EACCES|EPERM|EROFS)$/.test(code);
			throw new JcfzError(
				'data',
				`cannot write ${path} (${code}: ${WRITE_FAULTS[code]}); the store is unchanged${elsewhere ? ': choose a writable store with --db or JCFZ_DB' : ''}`,
				`无法写入 ${path}（${code}）；库未改动${elsewhere ? '：请用 --db 或 JCFZ_DB 指定可写的库' : ''}`,
			);
		}
		throw error;
	}
}

async function writeAtomically(path: string, text: string): Promise<void> {
	const folder = dirname(path);
	await mkdir(folder, {recursive: true});
	const temp = join(folder, `.${basename(path)}.${process.pid}.${randomHex(4)}.tmp`);
	const mode = await stat(path).then(
		s => s.mode & 0o777,
		() => 0o644,
	);
	try {
		const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
		try {
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temp, path);
	} catch (error) {
		await rm(temp, {force: true});
		throw error;
	}
	const dir = await open(folder, 'r');
	try {
		await dir.sync();
	} finally {
		await dir.close();
	}
}

/** Reads JSON text (or null when the file does not exist) and writes it atomically. */
export class AtomicTextFile implements Adapter<string> {
	readonly path: string;
	constructor(path: string) {
		this.path = path;
	}

	async read(): Promise<string | null> {
		try {
			// Sync: a command reads a few files one after the other, and the thread pool's round trip is most of
			// the cost of a small read.
			return readFileSync(this.path, 'utf8');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? '';
			if (code === 'ENOENT') return null;
			if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
				throw new JcfzError(
					'data',
					`cannot read ${this.path} (${code}); check the path and its permissions`,
					`无法读取 ${this.path}（${code}）；请检查路径和权限`,
				);
			throw error;
		}
	}

	write(text: string): Promise<void> {
		return writeFileAtomic(this.path, text);
	}
}
