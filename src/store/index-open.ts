/**
 * The cross-report index's files, opened as what they must be: never through a symlink (O_NOFOLLOW on the last
 * part of the path), never a FIFO or device (opened without blocking, then checked to be a regular file). A link
 * planted in jcfz.index/ could otherwise make `search --all` print /etc/passwd, or an import append report text
 * to any file its user can write; a FIFO would hang every query.
 */
import {closeSync, constants, fstatSync, openSync, promises as fsp} from 'node:fs';
import {JcfzError} from '../core/errors.js';

const READ = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const APPEND =
	constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function notRegular(path: string): JcfzError {
	return new JcfzError(
		'data',
		`${path}: not a regular file of the store's index (a link, FIFO or device?); remove it and run jcfz reindex`,
		`${path}：不是索引中的普通文件（是链接、FIFO 或设备？）；请删除它后运行 jcfz reindex`,
	);
}

const faultOf = (path: string, error: unknown) =>
	(error as NodeJS.ErrnoException).code === 'ELOOP' ? notRegular(path) : error;

/** Opens an index file for reading; null when it does not exist. */
export function openIndexRead(path: string): number | null {
	let fd: number;
	try {
		fd = openSync(path, READ);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw faultOf(path, error);
	}
	if (!fstatSync(fd).isFile()) {
		closeSync(fd);
		throw notRegular(path);
	}
	return fd;
}

/** Opens (creating) an index file to append to. */
export async function openIndexAppend(path: string): Promise<fsp.FileHandle> {
	const handle = await fsp.open(path, APPEND, 0o644).catch(error => {
		throw faultOf(path, error);
	});
	if (!(await handle.stat()).isFile()) {
		await handle.close();
		throw notRegular(path);
	}
	return handle;
}

/** Appends `data` to an index file (created when missing). */
export async function appendIndex(path: string, data: string | Uint8Array): Promise<void> {
	const handle = await openIndexAppend(path);
	try {
		await handle.appendFile(data);
	} finally {
		await handle.close();
	}
}
