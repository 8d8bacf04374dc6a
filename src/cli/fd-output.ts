/**
 * stdout as its file descriptor when it is not a terminal. Node builds process.stdout on first use, loading its
 * stream modules (~2.5 ms of a lookup that takes ~20 ms of its own); output to a pipe, a file or /dev/null needs
 * none of that, only writeSync. A terminal keeps process.stdout, for its width.
 */
import {fstatSync, statSync, writeSync} from 'node:fs';
import type {Stream} from './io.js';

/** Whether fd is a file, a pipe, a socket or /dev/null (never a terminal). */
export function isPlainOutput(fd: number): boolean {
	if (process.platform === 'win32') return false;
	try {
		const s = fstatSync(fd);
		if (s.isFile() || s.isFIFO() || s.isSocket()) return true;
		return s.isCharacterDevice() && s.rdev === statSync('/dev/null').rdev;
	} catch {
		return false;
	}
}

let pause: Int32Array | undefined;

/**
 * A Stream that writes synchronously to fd, all of each text. A full non-blocking pipe (EAGAIN) is waited on; any
 * other failure goes to `failed` with its code (EPIPE when the reader has gone).
 */
export function fdStream(fd: number, failed: (code: string) => void): Stream {
	return {
		isTTY: false,
		write(text: string): boolean {
			const bytes = Buffer.from(text, 'utf8');
			let at = 0;
			while (at < bytes.length) {
				try {
					at += writeSync(fd, bytes, at, bytes.length - at);
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
					if (code !== 'EAGAIN') {
						failed(code);
						return false;
					}
					pause ??= new Int32Array(new SharedArrayBuffer(4));
					Atomics.wait(pause, 0, 0, 2);
				}
			}
			return true;
		},
	};
}
