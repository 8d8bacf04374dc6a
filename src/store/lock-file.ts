/**
 * The portable lock (where there are no abstract sockets): `<index>.lock`, created complete or not at all (a
 * private temp file hard-linked to the lock name; link fails when the name exists). It names its holder by pid,
 * process start time, boot id and host, so that a pid recycled by an unrelated process is not taken for the holder.
 *
 * A lock whose holder is gone, or that is not a jcfz lock at all (garbage, `0`, `-5`), is stale. Taking it over
 * moves it aside under a unique name and reads it back: only when it is still the stale lock that was judged is it
 * removed; a fresh lock moved by mistake (another writer took over first) is linked back at once.
 */
import {constants, readFileSync, promises as fsp} from 'node:fs';
import {builtin} from '../core/lazy-builtin.js';
import {dirname} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {randomHex} from '../core/lazy-crypto.js';

/** A held lock, as lock.ts takes it: `release` gives it up (structural, so this file needs nothing of lock.ts). */
type Held = {release(): Promise<void>};

export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

interface Owner {
	readonly pid: number;
	/** Start time of the process in clock ticks since boot (Linux), '' where it cannot be read. */
	readonly start: string;
	readonly boot: string;
	readonly host: string;
	readonly nonce: string;
}

function readOr(path: string, fallback: string): string {
	try {
		return readFileSync(path, 'utf8').trim();
	} catch {
		return fallback;
	}
}

/** Field 22 of /proc/<pid>/stat, read after the command name (which may hold spaces and brackets). */
function startTime(pid: number): string {
	const stat = readOr(`/proc/${pid}/stat`, '');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return fields[19] ?? '';
}

function me(): Owner {
	return {
		pid: process.pid,
		start: startTime(process.pid),
		boot: readOr('/proc/sys/kernel/random/boot_id', ''),
		host: builtin<typeof import('node:os')>('node:os').hostname(),
		nonce: randomHex(8),
	};
}

function parse(text: string): Owner | null {
	try {
		const o = JSON.parse(text) as Partial<Owner>;
		if (Number.isInteger(o.pid) && o.pid! > 0 && typeof o.host === 'string' && typeof o.nonce === 'string')
			return {pid: o.pid!, start: String(o.start ?? ''), boot: String(o.boot ?? ''), host: o.host, nonce: o.nonce};
	} catch {
		// not a jcfz lock
	}
	return null;
}

/** Whether the owner still holds the lock, as far as this machine can tell. */
function alive(owner: Owner, self: Owner): boolean {
	if (owner.host !== self.host) return true; // another machine: nothing here can tell
	if (owner.boot && self.boot && owner.boot !== self.boot) return false;
	if (!isRunning(owner.pid)) return false;
	const start = startTime(owner.pid);
	return !(owner.start && start && owner.start !== start);
}

function describe(owner: Owner | null): string {
	return owner ? `pid ${owner.pid} on ${owner.host}` : '';
}

async function create(lockPath: string, self: Owner): Promise<boolean> {
	const temp = `${lockPath}.${process.pid}.${randomHex(4)}`;
	try {
		await fsp.writeFile(temp, `${JSON.stringify(self)}\n`, {flag: 'wx'});
		await fsp.link(temp, lockPath);
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
		await fsp.rm(temp, {force: true});
	}
}

/**
 * The text of a lock file, read without waiting: a FIFO (or anything but a regular file) at the lock's name would
 * hang a plain read, and is read as '' — not a jcfz lock. null when there is nothing at the name.
 */
async function lockText(path: string): Promise<string | null> {
	let handle: fsp.FileHandle;
	try {
		handle = await fsp.open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : '';
	}
	try {
		const info = await handle.stat();
		if (!info.isFile() || info.size > 4096) return '';
		return await handle.readFile('utf8');
	} catch {
		return '';
	} finally {
		await handle.close();
	}
}

/** Moves a stale lock aside and removes it, unless it turns out to be a fresh one: that one goes back. */
async function takeOver(lockPath: string, judged: string): Promise<void> {
	const aside = `${lockPath}.stale.${process.pid}.${randomHex(4)}`;
	try {
		await fsp.rename(lockPath, aside);
	} catch {
		return; // gone already: another writer took it over
	}
	const moved = (await lockText(aside)) ?? '';
	if (moved !== judged) await fsp.link(aside, lockPath).catch(() => undefined);
	await fsp.rm(aside, {force: true});
}

export async function acquireFileLock(
	lockPath: string,
	warn?: (message: string) => void,
): Promise<Held | {holder: string}> {
	const self = me();
	if (await create(lockPath, self)) {
		return {
			release: async () => {
				// Only our own lock is removed (it is ours unless someone wrongly took it over).
				const text = (await lockText(lockPath)) ?? '';
				if (parse(text)?.nonce === self.nonce) await fsp.rm(lockPath, {force: true});
			},
		};
	}
	const text = await lockText(lockPath);
	if (text === null) return {holder: ''}; // released meanwhile: the caller tries again
	const owner = parse(text);
	if (owner && alive(owner, self)) return {holder: describe(owner)};
	warn?.(
		owner
			? `jcfz: removed a stale lock ${lockPath} left by pid ${owner.pid}, which is no longer running (it crashed or was killed)`
			: `jcfz: removed ${lockPath}, which is not a jcfz lock (it holds no owner jcfz wrote)`,
	);
	await takeOver(lockPath, text);
	return {holder: describe(owner)};
}
