/**
 * The store lock on real files and sockets: a held lock makes a writer wait and then name the holder; nothing a
 * crashed writer leaves (or anything else written at the lock's name) blocks the next one; the portable file lock
 * recognises stale and foreign locks and is taken over by one writer at a time.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {withLock} from '../../src/store/lock.js';
import {tempDir} from '../helpers.js';

const store = () => join(tempDir(), 'jcfz.json');

/** Holds the lock of `path` until the returned function is called. */
async function hold(path: string, kind: 'socket' | 'file') {
	let release!: () => void;
	let entered!: () => void;
	const inside = new Promise<void>(r => (entered = r));
	const done = withLock(
		path,
		() =>
			new Promise<void>(r => {
				release = r;
				entered();
			}),
		{kind},
	);
	await inside;
	return async () => {
		release();
		await done;
	};
}

describe.each(['socket', 'file'] as const)('%s lock', kind => {
	test('a held lock makes a writer wait, then give up naming the holder', async () => {
		const path = store();
		const release = await hold(path, kind);
		// On Linux the file lock is taken inside the socket lock: a second writer meets the socket first.
		const bySocket = kind === 'socket' || process.platform === 'linux';
		const holder = bySocket ? `pid ${process.pid}` : `pid ${process.pid} on ${hostname()}`;
		const advice = bySocket
			? 'wait for it to finish (the lock ends with the process)'
			: `wait for it to finish, or delete ${path}.lock if no jcfz is running`;
		await expect(withLock(path, async () => 1, {timeoutMs: 80, kind})).rejects.toThrow(
			`store is locked by another jcfz (${holder}): ${advice}`,
		);
		await release();
		expect(await withLock(path, async () => 2, {kind})).toBe(2);
	});

	test('writers that overlap in time run one at a time, all of them', async () => {
		const path = store();
		const counter = `${path}.counter`;
		writeFileSync(counter, '0');
		let inside = 0;
		let most = 0;
		await Promise.all(
			Array.from({length: 12}, () =>
				withLock(
					path,
					async () => {
						most = Math.max(most, ++inside);
						const n = Number(readFileSync(counter, 'utf8'));
						await new Promise(r => setTimeout(r, 2));
						writeFileSync(counter, String(n + 1));
						inside--;
					},
					{kind, timeoutMs: 10_000},
				),
			),
		);
		expect({count: readFileSync(counter, 'utf8'), most}).toEqual({count: '12', most: 1});
	});
});

describe('one lock per store, however it is reached and whichever kind is asked for', () => {
	const busy = (path: string, kind: 'socket' | 'file') =>
		withLock(path, async () => 'entered', {timeoutMs: 80, kind}).catch((e: Error) => e.message.split(':')[0]);
	test('the socket and the file lock exclude each other (JCFZ_LOCK=file beside the default)', async () => {
		const path = store();
		for (const [holds, asks] of [
			['socket', 'file'],
			['file', 'socket'],
		] as const) {
			const release = await hold(path, holds);
			expect(await busy(path, asks), `${holds} held, ${asks} asked`).toBe(
				`store is locked by another jcfz (pid ${process.pid})`,
			);
			await release();
			expect(await busy(path, asks)).toBe('entered');
		}
	});
	test('a symlinked parent and a bind mount reach the same lock', async () => {
		const dir = tempDir();
		const link = join(tempDir(), 'link');
		symlinkSync(dir, link);
		const mounted = tempDir();
		const bound = spawnSync('mount', ['--bind', dir, mounted]).status === 0;
		try {
			const release = await hold(join(dir, 'jcfz.json'), 'socket');
			const others = [join(link, 'jcfz.json'), ...(bound ? [join(mounted, 'jcfz.json')] : [])];
			for (const other of others) expect(await busy(other, 'socket'), other).not.toBe('entered');
			await release();
			// Where this machine allows no bind mount (not root), the link alone is checked.
			expect(others.length).toBe(process.getuid?.() === 0 ? 2 : others.length);
		} finally {
			if (bound) spawnSync('umount', [mounted]);
		}
	});
	test("the socket's name needs the store's key, readable by its owner only in a new store", async () => {
		const path = store();
		await withLock(path, async () => undefined);
		const key = join(path, '..', '.jcfz.json.lock-key');
		expect([statSync(key).mode & 0o777, readFileSync(key, 'utf8')]).toEqual([
			0o600,
			expect.stringMatching(/^[0-9a-f]{32}\n$/),
		]);
	});
});

describe('what is left at the lock file name', () => {
	test.each(['999999\n', `${process.pid}\n`, '0', '-5', 'garbage', ''])(
		'%j never blocks the socket lock (there is no lock file)',
		async content => {
			const path = store();
			writeFileSync(`${path}.lock`, content);
			expect(await withLock(path, async () => 42, {timeoutMs: 50})).toBe(42);
		},
	);

	test('file lock: a lock whose holder is gone is taken over, with a note', async () => {
		const path = store();
		const owner = {pid: 999999, start: '1', boot: '', host: hostname(), nonce: 'ab'};
		writeFileSync(`${path}.lock`, `${JSON.stringify(owner)}\n`);
		const notes: string[] = [];
		expect(await withLock(path, async () => 42, {kind: 'file', warn: m => notes.push(m)})).toBe(42);
		expect(notes).toEqual([
			`jcfz: removed a stale lock ${path}.lock left by pid 999999, which is no longer running (it crashed or was killed)`,
		]);
		expect(existsSync(`${path}.lock`)).toBe(false);
	});

	test('file lock: a FIFO at the lock file name is moved aside at once, never read and waited on', async () => {
		const path = store();
		spawnSync('mkfifo', [`${path}.lock`]);
		const notes: string[] = [];
		expect(await withLock(path, async () => 42, {kind: 'file', warn: m => notes.push(m), timeoutMs: 2000})).toBe(42);
		expect(notes).toEqual([`jcfz: removed ${path}.lock, which is not a jcfz lock (it holds no owner jcfz wrote)`]);
		expect(existsSync(`${path}.lock`)).toBe(false);
	});

	test('file lock: a live but unrelated process (a recycled pid: another start time) does not hold it', async () => {
		const path = store();
		const owner = {pid: 1, start: 'not-its-start-time', boot: '', host: hostname(), nonce: 'ab'};
		writeFileSync(`${path}.lock`, `${JSON.stringify(owner)}\n`);
		const notes: string[] = [];
		expect(await withLock(path, async () => 42, {kind: 'file', warn: m => notes.push(m)})).toBe(42);
		expect(notes).toHaveLength(1);
	});

	test.each(['999999\n', '0', '-5', 'garbage'])('file lock: %j is not a jcfz lock and is taken over', async text => {
		const path = store();
		writeFileSync(`${path}.lock`, text);
		const notes: string[] = [];
		expect(await withLock(path, async () => 42, {kind: 'file', warn: m => notes.push(m)})).toBe(42);
		expect(notes).toEqual([`jcfz: removed ${path}.lock, which is not a jcfz lock (it holds no owner jcfz wrote)`]);
	});

	test('file lock: 8 writers finding one stale lock at once take it over one at a time (10 rounds)', async () => {
		for (let round = 0; round < 10; round++) {
			const path = store();
			writeFileSync(`${path}.lock`, '999999\n');
			let inside = 0;
			let most = 0;
			let done = 0;
			await Promise.all(
				Array.from({length: 8}, () =>
					withLock(
						path,
						async () => {
							most = Math.max(most, ++inside);
							await new Promise(r => setTimeout(r, 1));
							inside--;
							done++;
						},
						{kind: 'file', timeoutMs: 10_000},
					),
				),
			);
			expect({round, done, most}).toEqual({round, done: 8, most: 1});
		}
	}, 60_000);
});
