/**
 * A cross-process lock around every read-change-write of the store (lowdb itself is safe in one process only).
 * Creating the lock file succeeds for exactly one process (a hard link onto an existing name fails); the file
 * names the holder's pid. A lock whose holder is no longer running (a crash, kill -9) is stale: it is taken over
 * with a note on stderr.
 */
import {randomHex} from '../core/lazy-crypto.js';
import {link, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {backupsFolderName, bodiesFolderName} from './keys.js';

export interface LockOptions {
	/** How long to wait for another jcfz before giving up. */
	readonly timeoutMs?: number;
	/** Where to report a stale lock that was taken over. */
	readonly warn?: (message: string) => void;
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

async function holderOf(lockPath: string): Promise<number | null> {
	const text = await readFile(lockPath, 'utf8').catch(() => '');
	const pid = Number.parseInt(text, 10);
	return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * The lock file appears complete or not at all: the pid is written to a private temp file, which is then hard-linked
 * to the lock name (link fails if the name exists). A crash can never leave an empty lock with no pid to check.
 */
async function tryAcquire(lockPath: string): Promise<boolean> {
	const temp = `${lockPath}.${process.pid}.${randomHex(4)}`;
	try {
		await writeFile(temp, `${process.pid}\n`, {flag: 'wx'});
		await link(temp, lockPath);
		return true;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return false;
		throw new JcfzError(
			'data',
			`cannot write in ${dirname(lockPath)} (${code}): choose a writable store with --db or JCFZ_DB`,
			`无法写入 ${dirname(lockPath)}（${code}）：请用 --db 或 JCFZ_DB 指定可写的库`,
		);
	} finally {
		await rm(temp, {force: true});
	}
}

/** Temp files our writers make: `.x.json.<pid>.<hex>.tmp` (atomic-file.ts) and `x.json.lock.<pid>.<hex>` (above). */
const TEMP_NAME = /^(?:\..+\.(\d+)\.[0-9a-f]{8}\.tmp|.+\.lock\.(\d+)\.[0-9a-f]{8})$/;

/**
 * Removes temp files left by writers that were killed mid-write (their pid no longer runs). Run under the lock,
 * in the store's folder and its report folder; they are never read, this only keeps the folder clean.
 */
async function removeOrphans(storePath: string): Promise<void> {
	const folder = dirname(storePath);
	for (const dir of [folder, join(folder, bodiesFolderName(storePath)), join(folder, backupsFolderName(storePath))]) {
		const names = await readdir(dir).catch(() => [] as string[]);
		for (const name of names) {
			const m = TEMP_NAME.exec(name);
			const pid = Number(m?.[1] ?? m?.[2]);
			if (m && pid !== process.pid && !isRunning(pid)) await rm(join(dir, name), {force: true});
		}
	}
}

export async function withLock<T>(storePath: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
	const lockPath = `${storePath}.lock`;
	await mkdir(dirname(storePath), {recursive: true}).catch(() => undefined);
	const deadline = Date.now() + (options.timeoutMs ?? 5000);
	let delay = 5;
	while (!(await tryAcquire(lockPath))) {
		const holder = await holderOf(lockPath);
		// Known gap: two processes that find the same stale lock at the same instant may both remove it, and one
		// could remove the other's fresh lock. It needs a crash first and then a race within milliseconds.
		if (holder !== null && !isRunning(holder)) {
			options.warn?.(
				`jcfz: removed a stale lock ${lockPath} left by pid ${holder}, which is no longer running (it crashed or was killed)`,
			);
			await rm(lockPath, {force: true});
			continue;
		}
		if (Date.now() > deadline) {
			throw new JcfzError(
				'data',
				`store is locked by another jcfz (pid ${holder ?? 'unknown'}): wait for it to finish, or delete ${lockPath} if no jcfz is running`,
				`库正被另一个 jcfz 使用（pid ${holder ?? '未知'}）：请等它结束；若没有 jcfz 在运行，可删除 ${lockPath}`,
			);
		}
		await new Promise(resolve => setTimeout(resolve, delay));
		delay = Math.min(delay * 2, 100);
	}
	try {
		await removeOrphans(storePath);
		return await work();
	} finally {
		await rm(lockPath, {force: true});
	}
}
