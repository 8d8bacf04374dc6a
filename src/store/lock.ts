/**
 * A cross-process lock around every read-change-write of the store (lowdb itself is safe in one process only).
 *
 * On Linux the lock is an abstract unix socket named after the store's real path: binding it succeeds for exactly
 * one process, and the kernel releases it when that process ends, however it ends (kill -9 included). There is no
 * lock file, so nothing stale can be left behind, taken over twice, or name a recycled pid. A waiting writer asks the
 * holder for its pid over the socket, to name it.
 *
 * Elsewhere (no abstract sockets) the lock is a file that appears complete or not at all (a hard link of a private
 * temp file) and names its holder by pid, start time and host; a stale one is moved aside under a unique name and
 * checked before it is removed, so two writers cannot both take it over (see lock-file.ts).
 *
 * What neither can see: a writer on another machine sharing the folder (NFS), and, for the socket, a writer in
 * another network namespace (a container) sharing the folder.
 */
import {promises as fsp} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {sha256Hex} from '../core/lazy-crypto.js';
import {acquireFileLock, isRunning} from './lock-file.js';
import {acquireSocketLock} from './lock-socket.js';
import {backupsFolderName, bodiesFolderName, indexFolderName} from './keys.js';

export interface LockOptions {
	/** How long to wait for another jcfz before giving up. */
	readonly timeoutMs?: number;
	/** Where to report a stale lock that was taken over. */
	readonly warn?: (message: string) => void;
	/** 'file' forces the portable lock (tests of it run on Linux too). */
	readonly kind?: 'socket' | 'file';
}

/** A held lock: `release` gives it up. */
export interface Held {
	release(): Promise<void>;
}

/** Tries once: the held lock, or what is known of the process that holds it. */
type TryLock = () => Promise<Held | {holder: string}>;

/** The store's path with its folder's symlinks resolved: two spellings of one store share one lock. */
async function canonical(storePath: string): Promise<string> {
	const folder = await fsp.realpath(dirname(storePath)).catch(() => dirname(storePath));
	return join(folder, basename(storePath));
}

/**
 * Temp files our writers make, by exact shape: `.<name>.<pid>.<8 hex>.tmp` where <name> is the index's own file
 * name in the store folder (any .json name in jcfz's own folders), and `<index>.lock.<pid>.<8 hex>`.
 */
function tempPattern(index: string, ownFolder: boolean): RegExp {
	const name = ownFolder ? '[^/]+\\.(?:json|txt|lines|sections|ndjson)' : escapeRegExp(index);
	return new RegExp(
		`^(?:\\.${name}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp|${escapeRegExp(index)}\\.lock\\.(\\d+)\\.[0-9a-f]{8})$`,
	);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes temp files left by writers that were killed mid-write (their pid no longer runs). Run under the lock;
 * only names jcfz itself makes are touched, so files of the user's beside the store are never removed.
 */
async function removeOrphans(storePath: string): Promise<void> {
	const folder = dirname(storePath);
	const index = basename(storePath);
	const folders: [string, boolean][] = [
		[folder, false],
		[join(folder, bodiesFolderName(storePath)), true],
		[join(folder, backupsFolderName(storePath)), true],
		[join(folder, indexFolderName(storePath)), true],
	];
	for (const [dir, own] of folders) {
		const pattern = tempPattern(index, own);
		const names = await fsp.readdir(dir).catch(() => [] as string[]);
		for (const name of names) {
			const m = pattern.exec(name);
			const pid = Number(m?.[1] ?? m?.[2]);
			if (m && pid !== process.pid && !isRunning(pid)) await fsp.rm(join(dir, name), {force: true});
		}
	}
}

export async function withLock<T>(storePath: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
	await fsp.mkdir(dirname(storePath), {recursive: true}).catch(() => undefined);
	const path = await canonical(storePath);
	const kind = options.kind ?? (process.platform === 'linux' ? 'socket' : 'file');
	const attempt: TryLock =
		kind === 'socket'
			? () => acquireSocketLock(`\0jcfz-store:${sha256Hex(path).slice(0, 40)}`)
			: () => acquireFileLock(`${path}.lock`, options.warn);
	const deadline = Date.now() + (options.timeoutMs ?? 5000);
	let delay = 5;
	let held: Held;
	for (;;) {
		const result = await attempt();
		if ('release' in result) {
			held = result;
			break;
		}
		if (Date.now() > deadline) {
			const clear =
				kind === 'socket'
					? 'wait for it to finish (the lock ends with the process)'
					: `wait for it to finish, or delete ${path}.lock if no jcfz is running`;
			const clearZh =
				kind === 'socket' ? '请等它结束（进程结束即释放）' : `请等它结束；若没有 jcfz 在运行，可删除 ${path}.lock`;
			throw new JcfzError(
				'data',
				`store is locked by another jcfz (${result.holder}): ${clear}`,
				`库正被另一个 jcfz 使用（${result.holder}）：${clearZh}`,
			);
		}
		await new Promise(resolve => setTimeout(resolve, delay));
		delay = Math.min(delay * 2, 100);
	}
	try {
		await removeOrphans(path);
		return await work();
	} finally {
		await held.release();
	}
}
