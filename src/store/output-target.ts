/**
 * Where `export --out` may write: a new file, or an existing regular file that is not one of the store's own.
 * An export once replaced the store's jcfz.json (the store was then unreadable), a body document, a FIFO, and —
 * run as root — the device /dev/full with a regular file. Checked before anything is written; the write itself is
 * atomic (atomic-file.ts), so a target swapped between check and rename is replaced, never written through.
 */
import {lstatSync, realpathSync} from 'node:fs';
import {basename, dirname, join, sep} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {backupsFolderName, bodiesFolderName, indexFolderName} from './keys.js';

const real = (path: string) => {
	try {
		return realpathSync(path);
	} catch {
		return null;
	}
};

/** The real paths a store is made of: its index (and the lock beside it) and its folders. */
function storeParts(storePath: string): {files: string[]; folders: string[]} {
	const index = real(storePath) ?? storePath;
	const dir = real(dirname(storePath)) ?? dirname(storePath);
	const folders = [bodiesFolderName(storePath), backupsFolderName(storePath), indexFolderName(storePath)].map(name =>
		join(dir, name),
	);
	return {
		files: [index, `${index}.lock`, join(dir, basename(storePath)), `${join(dir, basename(storePath))}.lock`],
		folders,
	};
}

export function checkOutputTarget(target: string, storePath: string): void {
	const info = lstatSync(target, {throwIfNoEntry: false});
	if (info && !info.isFile() && !info.isDirectory())
		throw new JcfzError(
			'usage',
			`cannot write ${target}: it is not a regular file (a link, FIFO or device); give the name of a new or ordinary file`,
			`无法写入 ${target}：它不是普通文件（是链接、FIFO 或设备）；请给出新文件或普通文件的名字`,
		);
	// A directory is refused by the write itself, with its own message.
	if (info?.isDirectory()) return;
	const folder = real(dirname(target));
	if (folder === null) return;
	const where = join(folder, basename(target));
	const {files, folders} = storeParts(storePath);
	if (files.includes(where) || folders.some(f => where === f || where.startsWith(f + sep)))
		throw new JcfzError(
			'usage',
			`cannot write ${target}: it is one of the store's own files; export somewhere else`,
			`无法写入 ${target}：这是库自身的文件；请导出到别处`,
		);
}
