/**
 * A cross-process lock around every read-change-write of the store (lowdb itself is safe in one process only).
 *
 * On Linux the lock is an abstract unix socket: binding it succeeds for exactly one process, and the kernel releases
 * it when that process ends, however it ends (kill -9 included). There is no lock file, so nothing stale can be left
 * behind, taken over twice, or name a recycled pid. A waiting writer asks the holder for its pid over the socket, to
 * name it. The socket's name is derived from the store's identity — the device and inode of its folder and the
 * index's file name, so that every path that reaches the folder (a symlinked parent, a bind mount) finds one lock —
 * and from a random key kept in the folder (`.<name>.lock-key`): abstract sockets have no permissions, and without
 * the key a user who cannot read the store cannot find, take or fake its lock.
 *
 * Elsewhere (no abstract sockets), and on Linux too with JCFZ_LOCK=file, the lock is a file that appears complete
 * or not at all (a hard link of a private temp file) and names its holder by pid, start time and host; a stale one
 * is moved aside under a unique name and checked before it is removed, so two writers cannot both take it over
 * (see lock-file.ts). On Linux the file lock is taken inside the socket lock, so the two kinds exclude each other.
 *
 * What neither can see: a writer on another machine sharing the folder (NFS), and, for the socket, a writer in
 * another network namespace (a container) sharing the folder.
 */
import {promises as fsp} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {randomHex, sha256Hex} from '../core/lazy-crypto.js';
import {acquireFileLock, isRunning} from './lock-file.js';
import {acquireSocketLock} from './lock-socket.js';
import {backupsFolderName, bodiesFolderName, indexFolderName} from './keys.js';
import {finishJournal} from './journal.js';

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
type TryLock = () => Promise<Held | Busy>;

/** Who holds the lock, and which kind of lock it is (so that the advice fits). */
interface Busy {
	readonly holder: string;
	readonly by?: 'socket' | 'file';
}

/** The store's path with its folder's symlinks resolved: two spellings of one store share one lock. */
async function canonical(storePath: string): Promise<string> {
	const folder = await fsp.realpath(dirname(storePath)).catch(() => dirname(storePath));
	return join(folder, basename(storePath));
}

/**
 * Temp files our writers make, by exact shape: `.<name>.<pid>.<8 hex>.tmp` where <name> is the index's own file
 * name in the store folder (any .json name in jcfz's own folders), `<index>.lock.<pid>.<8 hex>`, the lock key's
 * `.<index>.lock-key.<pid>.<8 hex>`, a large import's parked batch `.jcfz-import.<pid>.<8 hex>.ndjson`, and the
 * journal's `..<index>.journal.<pid>.<8 hex>.tmp`.
 */
function tempPattern(index: string, ownFolder: boolean): RegExp {
	const name = ownFolder ? '[^/]+\\.(?:json|txt|lines|sections|ndjson)' : escapeRegExp(index);
	const alone = ownFolder
		? ''
		: `|\\.${escapeRegExp(index)}\\.lock-key\\.(\\d+)\\.[0-9a-f]{8}|\\.jcfz-import\\.(\\d+)\\.[0-9a-f]{8}\\.ndjson|\\.\\.${escapeRegExp(index)}\\.journal\\.(\\d+)\\.[0-9a-f]{8}\\.tmp`;
	return new RegExp(
		`^(?:\\.${name}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp|${escapeRegExp(index)}\\.lock\\.(\\d+)\\.[0-9a-f]{8}${alone})$`,
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
			const pid = Number(m?.slice(1).find(Boolean));
			if (m && pid !== process.pid && !isRunning(pid)) await fsp.rm(join(dir, name), {force: true});
		}
	}
}

/**
 * The store's random lock key, created by the first writer: written to a private temp file and linked into place,
 * so that a second writer racing the first reads the whole key or finds none.
 */
async function lockKey(path: string): Promise<string> {
	const file = join(dirname(path), `.${basename(path)}.lock-key`);
	const read = () => fsp.readFile(file, 'utf8').then(text => text.trim());
	const existing = await read().catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return null;
		if (error.code === 'EACCES' || error.code === 'EPERM')
			throw new JcfzError(
				'data',
				`cannot write the store in ${dirname(path)} (${error.code}: its lock key ${basename(file)} is another account's); the store is unchanged: choose a writable store with --db or JCFZ_DB`,
				`无法写入 ${dirname(path)} 中的库（${error.code}：锁密钥 ${basename(file)} 属于其他账户）；库未改动：请用 --db 或 JCFZ_DB 指定可写的库`,
			);
		throw error;
	});
	if (existing) return existing;
	const temp = `${file}.${process.pid}.${randomHex(4)}`;
	// Readable by whoever can read the store's index (its owner only for a new store): whoever cannot read the
	// store cannot find the socket's name.
	const index = await fsp.stat(path).catch(() => null);
	const mode = index ? index.mode & 0o666 : 0o600;
	await fsp.writeFile(temp, `${randomHex(16)}\n`, {flag: 'wx', mode});
	await fsp.chmod(temp, mode);
	try {
		await fsp.link(temp, file).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== 'EEXIST') throw error;
		});
	} finally {
		await fsp.rm(temp, {force: true});
	}
	return read();
}

/** The socket lock's name: the store's folder by device and inode, its index's name, and its key. */
async function socketName(path: string): Promise<string> {
	const folder = await fsp.stat(dirname(path));
	const key = await lockKey(path);
	return `\0jcfz-store:${sha256Hex(`${folder.dev}:${folder.ino}:${basename(path)}:${key}`).slice(0, 40)}`;
}

/** Both locks at once, the socket first: held only when both are. */
function both(socket: TryLock, file: TryLock): TryLock {
	return async () => {
		const outer = await socket();
		if (!('release' in outer)) return outer;
		const inner = await file().catch(async error => {
			await outer.release();
			throw error;
		});
		if (!('release' in inner)) {
			await outer.release();
			return inner;
		}
		return {
			release: async () => {
				await inner.release();
				await outer.release();
			},
		};
	};
}

export async function withLock<T>(storePath: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
	await fsp.mkdir(dirname(storePath), {recursive: true}).catch(() => undefined);
	const path = await canonical(storePath);
	const linux = process.platform === 'linux';
	const kind = options.kind ?? (linux ? 'socket' : 'file');
	const name = linux ? await socketName(path) : '';
	const socket: TryLock = async () => {
		const r = await acquireSocketLock(name);
		return 'release' in r ? r : {...r, by: 'socket'};
	};
	const file: TryLock = async () => {
		const r = await acquireFileLock(`${path}.lock`, options.warn);
		return 'release' in r ? r : {...r, by: 'file'};
	};
	const attempt: TryLock = kind === 'socket' ? socket : linux ? both(socket, file) : file;
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
			const by = result.by ?? kind;
			const clear =
				by === 'socket'
					? 'wait for it to finish (the lock ends with the process)'
					: `wait for it to finish, or delete ${path}.lock if no jcfz is running`;
			const clearZh =
				by === 'socket' ? '请等它结束（进程结束即释放）' : `请等它结束；若没有 jcfz 在运行，可删除 ${path}.lock`;
			throw new JcfzError(
				'data',
				`store is locked by another jcfz (${result.holder || 'it did not say its pid'}): ${clear}`,
				`库正被另一个 jcfz 使用（${result.holder || '它未报告进程号'}）：${clearZh}`,
			);
		}
		await new Promise(resolve => setTimeout(resolve, delay));
		delay = Math.min(delay * 2, 100);
	}
	try {
		// A change cut short is finished first (its temp files are the journal's, not orphans).
		await finishJournal(path);
		await removeOrphans(path);
		return await work();
	} finally {
		await held.release();
	}
}
