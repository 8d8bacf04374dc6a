/** Shared test helpers: fixture paths, the seed parsed once, temp stores, running the real binary. */
import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect} from 'vitest';
import {extractIndicators} from '../src/core/extract.js';
import {parseReport} from '../src/core/parse.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = join(ROOT, 'seeds', 'jincheng-2023.md');
export const SYNTHETIC_2022 = join(ROOT, 'test', 'fixtures', 'synthetic-jincheng-2022.txt');
export const BIN = join(ROOT, 'bin', 'jcfz');

export function loadReport(path: string) {
	const {report, warnings} = parseReport(readFileSync(path, 'utf8'));
	return {report, warnings, indicators: extractIndicators(report)};
}

export function tempDir(prefix = 'jcfz-test-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunResult {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs bin/jcfz as a subprocess, piped (not a TTY), colour off unless the caller's env says otherwise. */
export function jcfz(
	args: readonly string[],
	options: {db?: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number} = {},
): RunResult {
	const env: NodeJS.ProcessEnv = {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', ...options.env};
	if (options.db) env.JCFZ_DB = options.db;
	const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
		encoding: 'utf8',
		env,
		input: options.input ?? '',
		maxBuffer: 1 << 28,
		// A command that would hang is killed (its code is then null): spawnSync blocks vitest's own time-out.
		...(options.timeoutMs ? {timeout: options.timeoutMs} : {}),
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A fingerprint of a store folder: every file's sha256. Equal fingerprints = the store is unchanged. */
export function fingerprint(folder: string): Record<string, string> {
	const out: Record<string, string> = {};
	if (!existsSync(folder)) return out;
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else out[path.slice(folder.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	walk(folder);
	return out;
}

/** Like `jcfz` but without blocking the event loop (for tests that serve HTTP from this process). */
export function jcfzAsync(
	args: readonly string[],
	options: {db?: string; env?: NodeJS.ProcessEnv; prefix?: readonly string[]} = {},
): Promise<RunResult> {
	const env: NodeJS.ProcessEnv = {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', ...options.env};
	if (options.db) env.JCFZ_DB = options.db;
	const [command, ...prefix] = options.prefix ?? [process.execPath];
	const child = spawn(command!, [...prefix, ...(options.prefix ? [process.execPath] : []), BIN, ...args], {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', d => (stdout += d));
	child.stderr.setEncoding('utf8').on('data', d => (stderr += d));
	return new Promise(resolve => child.on('close', code => resolve({code, stdout, stderr})));
}

/** Runs bin/jcfz as the unprivileged user nobody (root ignores file modes, so permission faults need this). */
export function jcfzAsNobody(args: readonly string[], db: string): RunResult {
	const env: NodeJS.ProcessEnv = {PATH: process.env.PATH, HOME: '/tmp', LANG: 'en_US.UTF-8', JCFZ_DB: db};
	const result = spawnSync(
		'setpriv',
		['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args],
		{encoding: 'utf8', env},
	);
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/**
 * Compares text with a golden file. A golden is written only on request (UPDATE_GOLDEN=1, after checking the
 * change); a missing one fails, so that deleting a golden cannot make a test pass.
 */
export function expectGolden(path: string, text: string): void {
	if (process.env.UPDATE_GOLDEN === '1') {
		mkdirSync(dirname(path), {recursive: true});
		writeFileSync(path, text);
	}
	if (!existsSync(path))
		throw new Error(`golden file ${path} is missing: write it with UPDATE_GOLDEN=1 after checking the output`);
	expect(text).toBe(readFileSync(path, 'utf8'));
}

/** Parses CSV as RFC 4180 writes it (quoted fields, "" for a quote inside one, CRLF or LF rows): tests read back what jcfz writes. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
			if (ch === '\r') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}
