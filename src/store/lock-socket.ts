/**
 * The Linux lock: an abstract unix socket (a name in the kernel, not a file). Binding it succeeds for one process
 * only and the kernel frees it when that process ends, however it ends. The holder answers a connection with its
 * pid, so that a writer who gives up can say who holds the store.
 */
import type {Server} from 'node:net';
import {builtin} from '../core/lazy-builtin.js';

/** A held lock, as lock.ts takes it: `release` gives it up (structural, so this file needs nothing of lock.ts). */
type Held = {release(): Promise<void>};

function listen(name: string): Promise<Server | null> {
	return new Promise((resolve, reject) => {
		const server = builtin<typeof import('node:net')>('node:net').createServer(socket => {
			socket.on('error', () => undefined);
			socket.end(`${process.pid}\n`);
		});
		server.once('error', error => {
			if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') resolve(null);
			else reject(error);
		});
		server.listen({path: name}, () => {
			// The lock must not keep a command alive, nor a finished command wait for it.
			server.unref();
			resolve(server);
		});
	});
}

/** The holder's pid as it answers, or '' when it does not answer in time. */
function holderOf(name: string): Promise<string> {
	return new Promise(resolve => {
		let text = '';
		const socket = builtin<typeof import('node:net')>('node:net').connect({path: name});
		const done = () => {
			socket.destroy();
			const pid = Number.parseInt(text, 10);
			resolve(Number.isInteger(pid) && pid > 0 ? `pid ${pid}` : '');
		};
		socket.setEncoding('utf8');
		socket.on('data', d => (text += d));
		socket.on('end', done);
		socket.on('error', done);
		socket.setTimeout(500, done);
	});
}

export async function acquireSocketLock(name: string): Promise<Held | {holder: string}> {
	const server = await listen(name);
	if (!server) return {holder: await holderOf(name)};
	return {release: () => new Promise<void>(resolve => server.close(() => resolve()))};
}
