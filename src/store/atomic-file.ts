/**
 * A lowdb adapter that never leaves a half-written file: write a uniquely named temp file in the same folder,
 * fsync it, rename it over the target, fsync the folder. The file keeps its mode. lowdb's stock TextFile
 * (steno) renames but never fsyncs, so a crash can leave an empty file behind.
 */
import {randomHex} from '../core/lazy-crypto.js';
import {closeSync, constants, fstatSync, openSync, readFileSync, promises as fsp} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import type {Adapter} from 'lowdb';
import {JcfzError} from '../core/errors.js';
import {isPathFault, pathFault} from '../core/path-fault.js';

/**
 * The largest store document jcfz reads. A body document holds every year of one government: a few megabytes at
 * most for real reports (each is under 20 MB of source); beyond this a file is not one jcfz wrote.
 */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

/** Why a write failed, in words (English, Chinese), by error code. */
export const WRITE_FAULTS: Readonly<Record<string, readonly [en: string, zh: string]>> = {
	ENOSPC: ['the disk is full', '磁盘已满'],
	EDQUOT: ['the disk quota is used up', '磁盘配额已用完'],
	EFBIG: ['the file size limit was reached', '已达到文件大小上限'],
	EROFS: ['the file system is read-only', '文件系统是只读的'],
	EACCES: ['permission denied', '没有权限'],
	EPERM: ['permission denied', '没有权限'],
};

/** What a failed write was for: the store (which then stays as it was) or a file the user asked for. */
export type WritePurpose = 'store' | 'output';

/** A write that failed for a reason a person can act on, as one line; other errors as they are. */
export function writeError(path: string, error: unknown, purpose: WritePurpose = 'store'): unknown {
	const code = (error as NodeJS.ErrnoException).code ?? '';
	if (code === 'ENOENT' && purpose === 'output')
		return new JcfzError(
			'usage',
			`cannot write ${path}: the folder ${dirname(path)} does not exist; create it first`,
			`无法写入 ${path}：文件夹 ${dirname(path)} 不存在；请先创建`,
		);
	if (code === 'EISDIR')
		return new JcfzError(
			'usage',
			`cannot write ${path}: it is a directory; give a file name`,
			`无法写入 ${path}：这是一个目录；请给出文件名`,
		);
	if (!(code in WRITE_FAULTS)) return error;
	const elsewhere = purpose === 'store' && /^(?:EACCES|EPERM|EROFS)$/.test(code);
	const after = purpose === 'store' ? '; the store is unchanged' : ', nothing written';
	const afterZh = purpose === 'store' ? '；库未改动' : '，未写入任何内容';
	const [why, whyZh] = WRITE_FAULTS[code]!;
	return new JcfzError(
		'data',
		`cannot write ${path} (${code}: ${why})${after}${elsewhere ? ': choose a writable store with --db or JCFZ_DB' : ''}`,
		`无法写入 ${path}（${code}：${whyZh}）${afterZh}${elsewhere ? '：请用 --db 或 JCFZ_DB 指定可写的库' : ''}`,
	);
}

/** The temp name a write to `path` goes through (the shape lock.ts sweeps when its writer died). */
const tempBeside = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomHex(4)}.tmp`);

/** Creates the temp file, new (O_EXCL), with the mode of the file it will replace (0644 for a new one). */
async function openTemp(temp: string, path: string): Promise<fsp.FileHandle> {
	const mode = await fsp.stat(path).then(
		s => s.mode & 0o777,
		() => 0o644,
	);
	return fsp.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
}

/** A file written to a temp name and synced, not yet in place: `commit` renames it over its target. */
export interface Staged {
	readonly path: string;
	/** The synced temp file that `commit` renames to `path` (a journal names it: see journal.ts). */
	readonly temp: string;
	commit(): Promise<void>;
	discard(): Promise<void>;
}

/**
 * Writes `text` beside `path` under a unique temp name and syncs it. Nothing at `path` changes until `commit`;
 * several files are staged first and committed after, so that a full disk stops a change before it starts.
 */
export async function stageFile(path: string, text: string, purpose: WritePurpose = 'store'): Promise<Staged> {
	const folder = dirname(path);
	const temp = tempBeside(path);
	try {
		if (purpose === 'store') await fsp.mkdir(folder, {recursive: true});
		const handle = await openTemp(temp, path);
		try {
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch (error) {
		await fsp.rm(temp, {force: true});
		throw writeError(path, error, purpose);
	}
	return {
		path,
		temp,
		commit: async () => {
			try {
				await fsp.rename(temp, path);
				const dir = await fsp.open(folder, 'r');
				try {
					await dir.sync();
				} finally {
					await dir.close();
				}
			} catch (error) {
				await fsp.rm(temp, {force: true});
				throw writeError(path, error, purpose);
			}
		},
		discard: () => fsp.rm(temp, {force: true}),
	};
}

/** Writes atomically; a write that cannot be done leaves the old file as it was and says why in one line. */
export async function writeFileAtomic(path: string, text: string, purpose: WritePurpose = 'store'): Promise<void> {
	await (await stageFile(path, text, purpose)).commit();
}

/**
 * Writes the pieces to a temp file beside `path`, syncs it and renames it into place: the output of a long export
 * never has to be one string, and a failure part way leaves the old file (or none) as it was.
 */
export async function writeFileAtomicFrom(
	path: string,
	pieces: AsyncIterable<string>,
	purpose: WritePurpose = 'output',
): Promise<void> {
	const temp = tempBeside(path);
	try {
		const handle = await openTemp(temp, path);
		try {
			let buffered: string[] = [];
			let size = 0;
			for await (const piece of pieces) {
				buffered.push(piece);
				size += piece.length;
				if (size > 1 << 20) {
					// writeFile writes the whole piece (write() may stop short at a size limit and say nothing).
					await handle.writeFile(buffered.join(''));
					buffered = [];
					size = 0;
				}
			}
			if (buffered.length) await handle.writeFile(buffered.join(''));
			await handle.sync();
		} finally {
			await handle.close();
		}
		await fsp.rename(temp, path);
	} catch (error) {
		await fsp.rm(temp, {force: true});
		throw writeError(path, error, purpose);
	}
}

/** Reads JSON text (or null when the file does not exist) and writes it atomically. */
export class AtomicTextFile implements Adapter<string> {
	readonly path: string;
	constructor(path: string) {
		this.path = path;
	}

	async read(): Promise<string | null> {
		// Sync: a command reads a few files one after the other, and the thread pool's round trip is most of the
		// cost of a small read. The file is opened once and that open file is checked and read: a regular file (a
		// FIFO would hang, a device never end), and not past the size any store document can have.
		let fd: number | undefined;
		try {
			fd = openSync(this.path, constants.O_RDONLY | constants.O_NONBLOCK);
			const info = fstatSync(fd);
			if (!info.isFile())
				throw new JcfzError(
					'data',
					`${this.path}: not a regular file; restore the store's file from a backup`,
					`${this.path}：不是普通文件；请从备份恢复库文件`,
				);
			if (info.size > MAX_DOCUMENT_BYTES)
				throw new JcfzError(
					'data',
					`${this.path}: ${Math.round(info.size / 1024 / 1024)} MB is more than a store document can be (at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB); restore it from a backup`,
					`${this.path}：${Math.round(info.size / 1024 / 1024)} MB，超过库文件的上限（${MAX_DOCUMENT_BYTES / 1024 / 1024} MB）；请从备份恢复`,
				);
			return readFileSync(fd, 'utf8');
		} catch (error) {
			if (error instanceof JcfzError) throw error;
			const code = (error as NodeJS.ErrnoException).code ?? '';
			if (code === 'ENOENT') return null;
			if (isPathFault(error)) throw pathFault(this.path, error, 'data');
			throw error;
		} finally {
			if (fd !== undefined) closeSync(fd);
		}
	}

	write(text: string): Promise<void> {
		return writeFileAtomic(this.path, text);
	}
}
