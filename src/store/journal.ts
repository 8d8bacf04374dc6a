/**
 * The store's journal: what makes a change of several files (body documents, then the index) all or nothing
 * across a crash. A change stages every file it writes (temp files, synced), then writes the journal — the list
 * of renames and removals still to do — atomically: that write is the moment the change happens. The renames
 * follow and the journal is removed. A jcfz killed after the journal was written leaves it behind, and the next
 * jcfz that opens the store finishes the change under the lock before anything else (before the temp files of
 * dead writers are swept). Killed before it, the change never happened; its temp files are swept.
 *
 * The journal names files relative to the store's folder and only in the shapes jcfz writes (the index, body
 * documents, their temp files): a journal written by anything else cannot point jcfz at another file.
 */
import {promises as fsp, statSync} from 'node:fs';
import {basename, dirname, join, sep} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {writeFileAtomic} from './atomic-file.js';
import {bodiesFolderName, isBodyKey} from './keys.js';

export interface JournalEntry {
	/** [temp file, its target], in the order they are renamed: body documents first, the index last. */
	readonly renames: readonly (readonly [string, string])[];
	/** Files removed after the renames (a body document whose last report went). */
	readonly removes: readonly string[];
}

export function journalPath(storePath: string): string {
	return join(dirname(storePath), `.${basename(storePath)}.journal`);
}

/** True when a change was cut short and waits to be finished (a stat: cheap enough for every command). */
export function hasJournal(storePath: string): boolean {
	try {
		return statSync(journalPath(storePath), {throwIfNoEntry: false}) !== undefined;
	} catch {
		// A path that cannot be reached is said so by the read of the index that follows.
		return false;
	}
}

/** A path of the store's own, relative to its folder: the index, or a body document, or (temp) their temp files. */
function ownPath(storePath: string, relative: string, temp: boolean): boolean {
	const index = basename(storePath);
	const bodies = bodiesFolderName(storePath);
	const parts = relative.split('/');
	const name = parts[parts.length - 1]!;
	const target = temp ? /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/.exec(name)?.[1] : name;
	if (target === undefined) return false;
	if (parts.length === 1) return target === index;
	return parts.length === 2 && parts[0] === bodies && target.endsWith('.json') && isBodyKey(target.slice(0, -5));
}

function damaged(storePath: string, why: string): JcfzError {
	return new JcfzError(
		'data',
		`${journalPath(storePath)}: ${why}; it is not a journal jcfz wrote: move it away and check the store with jcfz list`,
		`${journalPath(storePath)}：${why}；这不是 jcfz 写的日志：请移走它，再用 jcfz list 检查库`,
	);
}

function parse(storePath: string, text: string): JournalEntry {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw damaged(storePath, 'not JSON');
	}
	const j = value as Partial<JournalEntry> | null;
	if (!j || !Array.isArray(j.renames) || !Array.isArray(j.removes)) throw damaged(storePath, 'not a list of renames');
	for (const pair of j.renames) {
		const ok =
			Array.isArray(pair) &&
			pair.length === 2 &&
			typeof pair[0] === 'string' &&
			typeof pair[1] === 'string' &&
			ownPath(storePath, pair[0], true) &&
			ownPath(storePath, pair[1], false) &&
			dirname(pair[0]) === dirname(pair[1]) &&
			basename(pair[0]).startsWith(`.${basename(pair[1])}.`);
		if (!ok) throw damaged(storePath, 'a rename of a file jcfz does not write');
	}
	for (const path of j.removes)
		if (typeof path !== 'string' || !ownPath(storePath, path, false) || path === basename(storePath))
			throw damaged(storePath, 'a removal of a file jcfz does not write');
	return j as JournalEntry;
}

const relativeTo = (storePath: string, path: string) =>
	path
		.slice(dirname(storePath).length + 1)
		.split(sep)
		.join('/');

/** Writes the journal of a staged change (paths absolute, inside the store's folder): the change's commit point. */
export async function writeJournal(
	storePath: string,
	renames: readonly (readonly [string, string])[],
	removes: readonly string[],
): Promise<void> {
	const entry: JournalEntry = {
		renames: renames.map(([temp, target]) => [relativeTo(storePath, temp), relativeTo(storePath, target)]),
		removes: removes.map(path => relativeTo(storePath, path)),
	};
	await writeFileAtomic(journalPath(storePath), `${JSON.stringify(entry)}\n`);
}

async function syncFolder(folder: string): Promise<void> {
	const dir = await fsp.open(folder, 'r').catch(() => null);
	if (!dir) return;
	try {
		await dir.sync();
	} finally {
		await dir.close();
	}
}

/**
 * Does what the journal says is left (a rename whose temp file is gone was done already), then removes the
 * journal. Run under the store's lock; nothing to do when there is no journal.
 */
export async function finishJournal(storePath: string): Promise<boolean> {
	const file = journalPath(storePath);
	const text = await fsp.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return null;
		throw error;
	});
	if (text === null) return false;
	const {renames, removes} = parse(storePath, text);
	const folder = dirname(storePath);
	const touched = new Set<string>();
	for (const [temp, target] of renames) {
		try {
			await fsp.rename(join(folder, temp), join(folder, target));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
		touched.add(dirname(join(folder, target)));
	}
	for (const path of removes) {
		await fsp.rm(join(folder, path), {force: true});
		touched.add(dirname(join(folder, path)));
	}
	for (const dir of touched) await syncFolder(dir);
	await fsp.rm(file, {force: true});
	await syncFolder(folder);
	return true;
}
