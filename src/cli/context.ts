/**
 * Opens the store a command works on (and seeds a new one from seeds/). Which reports a command then covers is
 * decided in scope.ts.
 */
import {existsSync, promises as fsp, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {JcfzError} from '../core/errors.js';
import {Store} from '../store/store.js';
import {loadAnalysis} from './lazy-parts.js';

/** The folder holding package.json: seeds/ and the default data/ live there. */
export function packageRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
	return dir;
}

export interface StoreArgs {
	readonly db?: string;
}

export function storePath(args: StoreArgs, env: NodeJS.ProcessEnv): string {
	if (args.db) return resolve(args.db);
	if (env.JCFZ_DB) return resolve(env.JCFZ_DB);
	return join(packageRoot(), 'data', 'jcfz.json');
}

/**
 * A new store starts with the reports in seeds/ (the bundled report), so that jcfz works with no set-up.
 * putMany re-reads the index under the lock, so two processes starting at once add the seeds once.
 */
async function seed(store: Store): Promise<void> {
	const dir = join(packageRoot(), 'seeds');
	const files = (await fsp.readdir(dir).catch(() => [] as string[])).filter(f => /\.(md|txt)$/.test(f)).sort();
	const items = [];
	const {analyze} = await loadAnalysis();
	for (const file of files) items.push(analyze(await fsp.readFile(join(dir, file), 'utf8')));
	if (items.length > 0) await store.putMany(items);
}

/**
 * Whether nothing but its absence stops `path` from being reached: a part of it that is a file (ENOTDIR), a loop
 * or a name too long is for the store's own read to report.
 */
function reachable(path: string): boolean {
	try {
		statSync(path);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
}

/** Whether `path` is a folder (a path that cannot be reached is not: the store's own read says why). */
function isFolder(path: string): boolean {
	try {
		return statSync(path, {throwIfNoEntry: false})?.isDirectory() ?? false;
	} catch {
		return false;
	}
}

export async function openStore(args: StoreArgs, env: NodeJS.ProcessEnv, warn: (m: string) => void): Promise<Store> {
	// JCFZ_LOCK=file: the portable lock file instead of the kernel's socket lock (for a store that writers on
	// several machines share, which neither can make safe, or to test it).
	const kind = env.JCFZ_LOCK === 'file' ? 'file' : undefined;
	const path = storePath(args, env);
	if (isFolder(path))
		throw new JcfzError(
			'usage',
			`${path} is a folder: give the store's file, e.g. --db ${join(path, 'jcfz.json')}`,
			`${path} 是文件夹：请给出库文件，如 --db ${join(path, 'jcfz.json')}`,
		);
	// The store's own folder is made when it is missing, not a whole path: /no/such/dir/db.json is a typo.
	const folder = dirname(path);
	if (!existsSync(folder) && !existsSync(dirname(folder)) && reachable(dirname(folder)))
		throw new JcfzError(
			'usage',
			`${path}: the folder ${dirname(folder)} does not exist; create it first, or check the path given to --db or JCFZ_DB`,
			`${path}：文件夹 ${dirname(folder)} 不存在；请先创建，或检查 --db / JCFZ_DB 的路径`,
		);
	const store = await Store.open(path, {lock: {warn, kind}, warn, crashAt: env.JCFZ_TEST_CRASH});
	if (store.isNew) await seed(store);
	return store;
}
