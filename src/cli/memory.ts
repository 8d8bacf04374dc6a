/**
 * Bounded memory for long batches. V8 lets its old generation grow far past what a batch keeps alive (a 30,000-
 * report import left 2 GB resident, nearly all of it garbage, because the heap limit on a large machine is
 * several GB) and a running process cannot lower that limit. A full collection every few hundred reports keeps
 * what is resident close to what is live; it costs about 0.1 s per collection.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

/** Runs a full garbage collection (the flag that exposes it is set once, for this process only). */
export function collectGarbage(): void {
	if (!gc) {
		v8.setFlagsFromString('--expose-gc');
		gc = vm.runInNewContext('gc') as () => void;
	}
	gc();
}
