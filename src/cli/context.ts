/**
 * Resolves the store and the report a command works on. Years are strings on the command line (yargs would
 * turn 2023 into a number) and numbers in the model.
 */
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {JcfzError} from '../core/errors.js';
import type {ReportEntry} from '../store/documents.js';
import {Store, type StoredReport} from '../store/store.js';

/** The folder holding package.json: seeds/ and the default data/ live there. */
export function packageRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
	return dir;
}

export interface StoreArgs {
	readonly db?: string;
	readonly [option: string]: unknown;
}

export function storePath(args: StoreArgs, env: NodeJS.ProcessEnv): string {
	if (args.db) return resolve(args.db);
	if (env.JCFZ_DB) return resolve(env.JCFZ_DB);
	return join(packageRoot(), 'data', 'jcfz.json');
}

export async function openStore(args: StoreArgs, env: NodeJS.ProcessEnv, warn: (m: string) => void): Promise<Store> {
	return Store.open(storePath(args, env), {seedsDir: join(packageRoot(), 'seeds'), lock: {warn}});
}

export function parseYear(year: string | undefined): number | undefined {
	if (year === undefined) return undefined;
	if (!/^\d{4}$/.test(year.trim()))
		throw new JcfzError(
			'usage',
			`bad year "${year}": give four digits, e.g. --year 2023`,
			`年份“${year}”有误：请写四位数字，例如 --year 2023`,
		);
	return Number(year);
}

export interface Scope {
	readonly year?: string;
	readonly region?: string;
	readonly [option: string]: unknown;
}

function describeStore(entries: readonly ReportEntry[]): string {
	if (entries.length === 0) return 'the store is empty; import a report with `jcfz import FILE`';
	const names = entries.map(e => `${e.region} ${e.year}`);
	return `the store has ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
}

/** describeStore in Chinese. */
function describeStoreZh(entries: readonly ReportEntry[]): string {
	if (entries.length === 0) return '库中没有报告；用 `jcfz import 文件` 导入';
	const names = entries.map(e => `${e.region} ${e.year}`);
	return `库中有 ${names.slice(0, 8).join('、')}${names.length > 8 ? ` 等 ${names.length} 份` : ''}`;
}

/** The reports a scope selects, newest year first. */
export function selectEntries(store: Store, scope: Scope): ReportEntry[] {
	const year = parseYear(scope.year);
	const matches = store.entries.filter(
		e => (year === undefined || e.year === year) && (scope.region === undefined || e.region === scope.region),
	);
	return matches.sort((a, b) => b.year - a.year);
}

/** One report: the given year and region, else the latest year (of the given region). */
export function pickEntry(store: Store, scope: Scope): ReportEntry {
	const entry = selectEntries(store, scope)[0];
	if (!entry) {
		const wanted = [scope.region, scope.year].filter(Boolean).join(' ');
		throw new JcfzError(
			'not-found',
			`no report for ${wanted || 'this query'}: ${describeStore(store.entries)}`,
			`没有 ${wanted} 的报告：${describeStoreZh(store.entries)}`,
		);
	}
	return entry;
}

export async function loadScope(store: Store, scope: Scope): Promise<StoredReport> {
	return store.load(pickEntry(store, scope));
}

export {describeStore, describeStoreZh};
