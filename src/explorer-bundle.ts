/**
 * The entry of dist/explorer.cjs: the CLI and the explorer in one CommonJS bundle, which bin/jcfz runs when the
 * explorer is what is asked for (no command, `tui`, or options only). One bundle compiled with V8's code cache
 * starts the explorer faster than the CLI bundle followed by an ES module of the explorer (which had no code
 * cache, and a second copy of the core). The CLI bundle lends this bundle's `runTui` too, should a command of
 * its own open the explorer.
 */
import {runTui as runExplorer} from './tui/run.js';
import {yogaReady} from './tui/yoga.js';

export {run} from './cli/main.js';

let opened = false;

export async function runTui(...args: Parameters<typeof runExplorer>): Promise<void> {
	await yogaReady();
	opened = true;
	return runExplorer(...args);
}

/**
 * Whether this run opened the explorer: bin/jcfz writes this bundle's code cache only after such a run, so that
 * the cache holds the explorer's compiled code, not only a command's.
 */
export function explorerOpened(): boolean {
	return opened;
}
