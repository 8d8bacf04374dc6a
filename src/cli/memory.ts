/**
 * Bounded memory for long batches. V8 lets its old generation grow far past what a batch keeps alive (a 30,000-
 * report import left 2 GB resident, nearly all of it garbage, because the heap limit on a large machine is
 * several GB) and a running process cannot lower that limit. A full collection every few hundred reports keeps
 * what is resident close to what is live; it costs about 0.1 s per collection.
 */
import {builtin} from '../core/lazy-builtin.js';

let gc: (() => void) | undefined;

/** Runs a full garbage collection (the flag that exposes it is set once, for this process only). */
export function collectGarbage(): void {
	if (!gc) {
		builtin<typeof import('node:v8')>('node:v8').setFlagsFromString('--expose-gc');
		gc = builtin<typeof import('node:vm')>('node:vm').runInNewContext('gc') as () => void;
	}
	gc();
}
