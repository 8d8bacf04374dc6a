/**
 * The entry of dist/explorer.cjs: the CLI and the explorer in one CommonJS bundle, which bin/jcfz runs when the
 * explorer is what is asked for (no command word, or `tui`). One bundle compiled with V8's code cache starts the
 * explorer faster than the CLI bundle followed by an ES module of the explorer (which had no code cache, and a
 * second copy of the core). The CLI bundle lends this bundle's `runTui` too, should a command of its own open the
 * explorer.
 *
 * The explorer's modules are imported when `runTui` is called, not when the bundle loads: in the bundle they are
 * then initialised on that call (their code is compiled with the rest, from the cache). It matters: Ink (through
 * is-in-ci) and chalk read CI, FORCE_COLOR and the like when they are initialised, and the tui command prepares
 * those variables just before it opens the explorer (commands/tui.ts); initialised at load, under CI=true, Ink
 * drew nothing until exit.
 */
import type {runTui as RunTui} from './tui/run.js';

export {run} from './cli/main.js';

let opened = false;

export async function runTui(...args: Parameters<typeof RunTui>): Promise<void> {
	const [{runTui: runExplorer}, {yogaReady}] = await Promise.all([import('./tui/run.js'), import('./tui/yoga.js')]);
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
