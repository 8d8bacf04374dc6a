/**
 * The store: a small lowdb index of reporting bodies plus one lowdb document per body holding every year of it
 * (documents.ts), atomic writes, a cross-process lock around every change, validation on every read.
 *
 * Every change — an import, a remove, a move, a restore — is one #commit: the body documents and the index are
 * staged, the reports it takes out are copied to the backups folder (backups.ts), a journal makes the switch all or
 * nothing across a crash (journal.ts), then the files are renamed into place, the index last. A reader sees a body
 * document entirely old or entirely new, never a report half switched.
 */
import {promises as fsp, realpathSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {Low} from 'lowdb';
import {isJcfzError, JcfzError} from '../core/errors.js';
import type {Indicator, Report, Reporter} from '../core/types.js';
import {type Staged, stageFile, writeFileAtomic} from './atomic-file.js';
import {
	type BodyDoc,
	type BodyEntry,
	checkStoredRecord,
	entryOf,
	type IndexDoc,
	isLegacy,
	type ReportEntry,
	SCHEMA_VERSION,
	type StoredRecord,
	serializeBody,
	validateBody,
} from './documents.js';
import {checked, JsonDocument} from './json-file.js';
import {findBodyEntry, IndexFile, serializeIndex} from './index-file.js';
import {CrossIndex, IndexDamaged, type IndexItem, slotOf} from './cross-index.js';
import type {MeasureTable} from './measure-index.js';
import {type Backup, backupNames, findBackup, parseBackupName, readBackup, writeBackup} from './backups.js';
import {finishJournal, hasJournal, writeJournal} from './journal.js';
import {contentKey} from '../core/same-report.js';
import type {CheckFindings} from '../core/checks.js';
import {
	type Change,
	gone,
	type NewReport,
	newChange,
	nextDefault,
	outcomesOf,
	type Put,
	type PutOptions,
	type PutOutcome,
	type Planned,
} from './change.js';
import {bodyEntryOf, decoded, headOf, idOf, keptOf, sourceIntact, yearOf} from './stored-record.js';

export type {NewReport, Planned, Put, PutOptions, PutOutcome} from './change.js';
export type {KeptCopy} from './stored-record.js';
import {convertLegacy} from './legacy.js';
import {backupsFolderName, bodiesFolderName, bodyKey, isBodyKey, storeName} from './keys.js';
import {withLock, type LockOptions} from './lock.js';
import {encodeRecord, type ReportRecord} from './record.js';
import {pushAll} from '../core/arrays.js';
import {getOrCreate} from '../core/memo.js';

export interface StoredReport {
	readonly entry: ReportEntry;
	readonly report: Report;
	readonly indicators: readonly Indicator[];
}

export interface OpenOptions {
	readonly lock?: LockOptions;
	/**
	 * For the crash tests only: the process kills itself (SIGKILL) at this point of a change — 'staged' (files
	 * staged, backups written, no journal yet), 'journal' (journal written, nothing renamed), 'renamed' (the first
	 * file renamed into place). Set from JCFZ_TEST_CRASH.
	 */
	readonly crashAt?: string;
	/** Where a one-time upgrade of an older store is reported. */
	readonly warn?: (message: string) => void;
}

const EMPTY: IndexDoc = {schemaVersion: SCHEMA_VERSION, generation: 0, current: null, bodies: []};
/** Body documents kept in memory by one Store: enough for a command, bounded for one that reads them all. */
const CACHED_BODIES = 8;
/** Reports handed to the cross-report index at once while it is rebuilt. */
const REBUILD_BATCH = 500;

/** A stored report as `jcfz list` shows it. */
export type ListedReport = Pick<
	ReportEntry,
	| 'id'
	| 'body'
	| 'region'
	| 'regionCode'
	| 'department'
	| 'town'
	| 'year'
	| 'title'
	| 'published'
	| 'sections'
	| 'indicators'
	| 'importedAt'
	| 'origin'
> & {
	/** What `jcfz check` finds in it, from the cross-report index (absent when the index was not read). */
	readonly findings?: CheckFindings;
};

export class Store {
	readonly path: string;
	readonly #index: Low<IndexDoc>;
	readonly #lock: LockOptions;
	readonly #bodies = new Map<string, BodyDoc>();
	readonly #warn: ((message: string) => void) | undefined;
	readonly #crashAt: string | undefined;
	#cross: CrossIndex | undefined;
	#isNew = false;

	private constructor(path: string, index: Low<IndexDoc>, lock: LockOptions, options: OpenOptions) {
		this.path = path;
		this.#index = index;
		this.#lock = lock;
		this.#warn = options.warn;
		this.#crashAt = options.crashAt;
	}

	#crash(at: string): void {
		if (this.#crashAt === at) process.kill(process.pid, 'SIGKILL');
	}

	/**
	 * Opens the store at `path` (an empty one when it does not exist yet: see `isNew`). A store written by an
	 * older jcfz is upgraded once, under the lock, after its files are copied to the backups folder.
	 */
	static async open(given: string, options: OpenOptions = {}): Promise<Store> {
		// A symlinked index is followed: the store lives where the link points, and writes replace the target,
		// never the link.
		// (Sync: node:fs/promises costs ~2 ms to load, which a lookup that writes nothing never needs.)
		let path = given;
		try {
			path = realpathSync.native(given);
		} catch {}
		// A change cut short by a crash is finished (under the lock) before anything is read.
		if (hasJournal(path)) await withLock(path, async () => {}, options.lock ?? {});
		const index = new Low<IndexDoc>(new IndexFile(path), structuredClone(EMPTY));
		const store = new Store(path, index, options.lock ?? {}, options);
		const existing = await index.adapter.read();
		if (!existing) store.#isNew = true;
		else if (existing.schemaVersion < SCHEMA_VERSION) await store.#upgrade(options.warn);
		else index.data = existing;
		return store;
	}

	/** True when no store existed at this path: the caller may seed it. */
	get isNew(): boolean {
		return this.#isNew;
	}

	get bodies(): readonly BodyEntry[] {
		return this.#index.data.bodies;
	}

	/** The body commands use when none is named (`jcfz use`, or the last import), if it is still stored. */
	get current(): BodyEntry | undefined {
		const key = this.#index.data.current;
		return key === null ? undefined : findBodyEntry(this.#index.data, key);
	}

	/** Where replaced reports are kept: `jcfz.backups/` beside the index. */
	get backupFolder(): string {
		return join(dirname(this.path), backupsFolderName(this.path));
	}

	#bodyPath(key: string): string {
		if (!isBodyKey(key)) {
			throw new JcfzError(
				'data',
				`${this.path}: "${key}" is not a body of this store; restore the index from a backup`,
				`${this.path}：“${key}”不是本库的条目；请从备份恢复索引`,
			);
		}
		return join(dirname(this.path), bodiesFolderName(this.path), `${key}.json`);
	}

	#bodyDocument(key: string): JsonDocument<BodyDoc> {
		return new JsonDocument(this.#bodyPath(key), validateBody, serializeBody);
	}

	/** A body document as stored now (read once per Store). */
	async #readBody(key: string, fresh = false): Promise<BodyDoc> {
		const known = this.#bodies.get(key);
		if (known && !fresh) return known;
		const doc = (await this.#bodyDocument(key).read()) ?? {schemaVersion: SCHEMA_VERSION, key, reports: []};
		if (doc.key !== key) {
			throw new JcfzError(
				'data',
				`${this.#bodyPath(key)}: holds the reports of "${doc.key}", not of "${key}" (a copied file?); restore it from a backup`,
				`${this.#bodyPath(key)}：存的是“${doc.key}”而不是“${key}”的报告（文件被复制？）；请从备份恢复`,
			);
		}
		this.#remember(key, doc);
		return doc;
	}

	#remember(key: string, doc: BodyDoc): void {
		this.#bodies.delete(key);
		this.#bodies.set(key, doc);
		if (this.#bodies.size > CACHED_BODIES) this.#bodies.delete(this.#bodies.keys().next().value!);
	}

	/** The reports of one body, oldest year first. */
	async entries(body: BodyEntry | string): Promise<ReportEntry[]> {
		const key = typeof body === 'string' ? body : body.key;
		const doc = await this.#readBody(key);
		return doc.reports.map(r => entryOf(r, key));
	}

	/** The reports of every body (reads every body document: for list and export, not for lookups). */
	async allEntries(): Promise<ReportEntry[]> {
		const all: ReportEntry[] = [];
		for (const body of this.bodies) pushAll(all, await this.entries(body));
		return all;
	}

	/**
	 * What `jcfz list` shows of every stored report (of one body, of one year), from the cross-report index when
	 * it is complete — no body document is read — else from the body documents (nothing is written to list).
	 * `findings`: with what `jcfz check` found in each at import (from the index only).
	 */
	/**
	 * The measures across the live reports (core/measures.ts), read from the cross-report index; `years` narrows
	 * the reports counted to those years.
	 */
	async measures(filter: {readonly years?: ReadonlySet<number>} = {}): Promise<MeasureTable> {
		const live = new Map<number, Set<string>>();
		for (const b of this.bodies)
			for (const year of b.years)
				if (!filter.years || filter.years.has(year)) getOrCreate(live, year, () => new Set()).add(slotOf(b.key, year));
		return this.readIndex(async index => index.measureTable(live));
	}

	async listed(
		filter: {readonly body?: string; readonly year?: number; readonly findings?: boolean} = {},
	): Promise<ListedReport[]> {
		const wanted = (r: {body: string; year: number}) =>
			(filter.body === undefined || r.body === filter.body) && (filter.year === undefined || r.year === filter.year);
		if (!(await this.indexIfReady())) {
			const all = filter.body === undefined ? await this.allEntries() : await this.entries(filter.body);
			return all.filter(wanted);
		}
		// The live reports are the store index's (its bodies and their years); the cross-report index gives what each
		// shows, one file a year — the map of every sentence is not read.
		const byYear = new Map<number, BodyEntry[]>();
		for (const b of this.bodies) {
			if (filter.body !== undefined && b.key !== filter.body) continue;
			for (const year of b.years)
				if (filter.year === undefined || year === filter.year) getOrCreate(byYear, year, () => []).push(b);
		}
		return this.readIndex(async index => {
			const out: ListedReport[] = [];
			for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
				const listed = await index.listed(year);
				const found = filter.findings ? await index.findings(year) : undefined;
				for (const b of byYear.get(year)!) {
					const slot = slotOf(b.key, year);
					const l = listed.get(slot);
					if (!l) throw new IndexDamaged(`${year}.titles.ndjson: no line for ${slot}`);
					out.push({
						title: l.title,
						published: l.published,
						sections: l.sections,
						indicators: l.indicators,
						importedAt: l.importedAt,
						origin: l.origin,
						...(found?.has(slot) ? {findings: found.get(slot)!} : {}),
						id: l.id,
						body: b.key,
						region: l.region,
						regionCode: b.regionCode,
						department: b.department,
						town: b.town ?? '',
						year,
					});
				}
			}
			return out;
		});
	}

	async load(entry: Pick<ReportEntry, 'body' | 'id'>): Promise<StoredReport> {
		const doc = await this.#readBody(entry.body);
		const k = doc.reports.findIndex(r => idOf(r) === entry.id);
		const record = k < 0 ? undefined : checked(this.#bodyPath(entry.body), () => checkStoredRecord(doc.reports[k], k));
		if (!record) {
			throw new JcfzError(
				'data',
				`${this.#bodyPath(entry.body)}: ${entry.id} is listed in the index but not stored; re-import it`,
				`${this.#bodyPath(entry.body)}：索引中有 ${entry.id}，但没有存储内容；请重新导入`,
			);
		}
		// What the document says of itself must agree with where it is filed: a report copied in from another body,
		// or text changed by hand, is refused rather than shown under the wrong name.
		const head = headOf(record);
		if (bodyKey(head) !== entry.body || !sourceIntact(record)) {
			throw new JcfzError(
				'data',
				`${this.#bodyPath(entry.body)}: the report filed as ${entry.id} is not what was imported (${bodyKey(head) !== entry.body ? `it is ${head.id}` : 'its text was changed'}); restore the file from a backup or re-import the report`,
				`${this.#bodyPath(entry.body)}：登记为 ${entry.id} 的报告与导入时不符（${bodyKey(head) !== entry.body ? `实为 ${head.id}` : '正文被改动'}）；请从备份恢复或重新导入`,
			);
		}
		const {report, indicators} = decoded(record);
		return {entry: entryOf(record, entry.body), report, indicators};
	}

	/**
	 * Adds reports, or replaces stored ones of the same body and year when `replace` is set; the same text again
	 * is 'unchanged' and another copy of the same report (contentKey: other chrome, same title, sections and
	 * figures) is 'same', and neither writes anything. A batch follows the rules of separate commands, in order: a
	 * second version of a report in the same batch is a conflict without `replace`, and with it replaces the first
	 * (both older versions backed up). Conflicts are checked before anything is written: they throw, or with
	 * `keepGoing` refuse that report alone ('refused', with its error) and let the others in.
	 *
	 * One lock, one change (see #commit): all of the batch's writes land, or none.
	 */
	async put(items: readonly NewReport[], options: PutOptions = {}): Promise<Put[]> {
		return withLock(
			this.path,
			async () => {
				await this.#reread();
				const puts = await outcomesOf(
					items.map(i => ({...i.report, content: i.record?.content ?? contentKey(i.report, i.indicators)})),
					options,
					key => this.#readBody(key, true),
				);
				const writes = items.filter((_, k) => puts[k]!.outcome === 'added' || puts[k]!.outcome === 'replaced');
				if (writes.length === 0) return puts;
				const importedAt = new Date().toISOString();
				const change = newChange(key => this.#readBody(key));
				for (const item of writes) {
					const record = item.record
						? {...item.record, importedAt}
						: encodeRecord(item.report, item.indicators, item.source, importedAt, item.origin);
					await change.put(bodyKey(item.report), record, 'replace');
				}
				await this.#commit(change, bodyKey(items[items.length - 1]!.report));
				return puts;
			},
			this.#lock,
		);
	}

	/** put(), its outcomes only (conflicts throw). */
	async putMany(items: readonly NewReport[], options: {replace?: boolean} = {}): Promise<PutOutcome[]> {
		return (await this.put(items, options)).map(p => p.outcome);
	}

	/**
	 * What each report of a batch would do, as separate commands in that order would, checked against the store as
	 * it is now: for a batch written in several chunks, the conflicts are found before the first is written.
	 */
	async plan(items: readonly Planned[], options: PutOptions = {}): Promise<Put[]> {
		await this.#reread();
		return outcomesOf(items, options, key => this.#readBody(key, true));
	}

	/**
	 * Removes stored reports: each is copied to the backups first (reason 'remove'); a body whose last report goes
	 * leaves the index. One lock, one change.
	 */
	async remove(entries: readonly Pick<ReportEntry, 'body' | 'id'>[]): Promise<Backup[]> {
		return withLock(
			this.path,
			async () => {
				await this.#reread();
				const change = newChange(key => this.#readBody(key));
				for (const entry of entries) await change.take(entry.body, entry.id, 'remove', gone(entry));
				return this.#commit(change, this.#index.data.current);
			},
			this.#lock,
		);
	}

	/**
	 * Refiles a stored report under another body or year (`to`: the region as resolveRegion gives it, and the
	 * year): its id, body document, index entry and the cross-report index follow, and the default region when it
	 * was the moved body's. The report as it was is kept in the backups (reason 'move'). A report already filed
	 * there is a conflict unless `replace` (then it is backed up too).
	 */
	async move(
		entry: Pick<ReportEntry, 'body' | 'id'>,
		to: Reporter & {readonly year: number},
		{replace = false}: {replace?: boolean} = {},
	): Promise<{from: ReportEntry; to: ReportEntry; backups: Backup[]}> {
		return withLock(
			this.path,
			async () => {
				await this.#reread();
				const change = newChange(key => this.#readBody(key));
				const record = await change.take(entry.body, entry.id, 'move', gone(entry));
				if (isLegacy(record))
					throw new JcfzError(
						'usage',
						`${entry.id} was stored by jcfz 0.1 and cannot be moved: re-import it with --region and --year`,
						`${entry.id} 由 jcfz 0.1 存储，无法移动：请用 --region 和 --year 重新导入`,
					);
				const {town: _, ...rest} = record;
				const moved: ReportRecord = {...rest, ...to, id: `${to.region}-${to.year}`};
				const key = bodyKey(moved);
				if (key === entry.body && moved.year === record.year)
					throw new JcfzError(
						'usage',
						`${entry.id} is already filed as ${to.region} ${to.year}: nothing to move`,
						`${entry.id} 已登记为${to.region} ${to.year} 年：无需移动`,
					);
				const there = (await change.doc(key)).reports.find(r => idOf(r) === moved.id);
				if (there && !replace)
					throw new JcfzError(
						'conflict',
						`${to.region} ${to.year} is already stored: pass --replace to put ${entry.id} in its place (it is backed up), or remove it first`,
						`库中已有${to.region} ${to.year} 年报告：加 --replace 用 ${entry.id} 取代它（它会备份），或先删除它`,
					);
				await change.put(key, moved, 'replace');
				const current = this.#index.data.current === entry.body ? key : this.#index.data.current;
				const backups = await this.#commit(change, current, current === key);
				return {from: entryOf(record, entry.body), to: entryOf(moved, key), backups};
			},
			this.#lock,
		);
	}

	/** The backups kept, oldest first, each read and checked. */
	async backups(): Promise<Backup[]> {
		const out: Backup[] = [];
		for (const name of await backupNames(this.backupFolder)) out.push(await readBackup(this.backupFolder, name));
		return out;
	}

	/**
	 * Puts a backup back where it was filed. The same text already stored there is 'unchanged'; another report
	 * there is a conflict unless `replace` (then that one is backed up). The backup itself is kept.
	 */
	async restore(
		wanted: string,
		{replace = false}: {replace?: boolean} = {},
	): Promise<{backup: Backup; outcome: PutOutcome}> {
		return withLock(
			this.path,
			async () => {
				await this.#reread();
				const backup = await readBackup(this.backupFolder, findBackup(await backupNames(this.backupFolder), wanted));
				const {record, body} = backup;
				if (bodyKey(headOf(record)) !== body)
					throw new JcfzError(
						'data',
						`backup ${backup.id} holds ${headOf(record).id}, not a report of ${body} (renamed by hand?): it cannot be restored`,
						`备份 ${backup.id} 存的是 ${headOf(record).id}，不是 ${body} 的报告（被手工改名？）：无法恢复`,
					);
				if (!sourceIntact(record))
					throw new JcfzError(
						'data',
						`backup ${backup.id}: its text was changed since it was backed up; it cannot be restored`,
						`备份 ${backup.id}：备份后正文被改动；无法恢复`,
					);
				const change = newChange(key => this.#readBody(key));
				const there = (await change.doc(body)).reports.find(r => idOf(r) === backup.entry.id);
				if (there && headOf(there).sourceHash === headOf(record).sourceHash) return {backup, outcome: 'unchanged'};
				if (there && !replace)
					throw new JcfzError(
						'conflict',
						`${backup.entry.region} ${backup.entry.year} is stored with other text: pass --replace to put backup ${backup.id} in its place (the stored one is backed up)`,
						`库中已有内容不同的${backup.entry.region} ${backup.entry.year} 年报告：加 --replace 用备份 ${backup.id} 取代它（现有的会备份）`,
					);
				await change.put(body, record, 'replace');
				await this.#commit(change, this.#index.data.current ?? body);
				return {backup, outcome: there ? 'replaced' : 'added'};
			},
			this.#lock,
		);
	}

	/**
	 * Makes a change, all or nothing across a crash. Every changed body document and the new index are staged
	 * (temp files, synced) and every report taken out is backed up; then the journal is written (journal.ts) —
	 * the moment the change happens — and the files are renamed into place, the index last; a body left without
	 * reports is removed. A full disk or a failing backup stops the change before any file of the store changes;
	 * a crash after the journal is finished by the next jcfz. Then the cross-report index follows.
	 *
	 * `fallback`: the default body when none was chosen with `jcfz use` (`keepChoice`: the chosen one moved there).
	 */
	async #commit(change: Change, fallback: string | null, keepChoice = false): Promise<Backup[]> {
		const before = this.#index.data;
		const bodies = before.bodies.filter(b => !change.docs.has(b.key));
		for (const [key, doc] of change.docs) if (doc.reports.length) bodies.push(bodyEntryOf(key, doc));
		const stamp = await this.crossIndex.stamp();
		const wasEmpty = before.bodies.length === 0;
		const generation = before.generation + 1;
		const stillThere = (key: string | null) => key !== null && bodies.some(b => b.key === key);
		const next: IndexDoc = {
			schemaVersion: SCHEMA_VERSION,
			generation,
			...(keepChoice && before.chosen && stillThere(fallback)
				? {current: fallback, chosen: true}
				: nextDefault(before, bodies, stillThere(fallback) ? fallback : null)),
			bodies: bodies.sort((a, b) => a.key.localeCompare(b.key)),
		};
		const staged: Staged[] = [];
		const removes: string[] = [];
		const written: string[] = [];
		try {
			for (const [key, doc] of change.docs) {
				if (doc.reports.length) staged.push(await stageFile(this.#bodyPath(key), serializeBody(doc)));
				else removes.push(this.#bodyPath(key));
			}
			staged.push(await stageFile(this.path, serializeIndex(next)));
			for (const [key, record, why] of change.taken)
				written.push(await writeBackup(this.backupFolder, key, record, why));
			this.#crash('staged');
			await writeJournal(
				this.path,
				staged.map(f => [f.temp, f.path] as const),
				removes,
			);
		} catch (error) {
			await Promise.all(staged.map(f => f.discard()));
			await Promise.all(written.map(f => fsp.rm(f, {force: true})));
			throw error;
		}
		this.#crash('journal');
		if (this.#crashAt === 'renamed') await staged[0]!.commit();
		this.#crash('renamed');
		await finishJournal(this.path);
		this.#bodies.clear();
		for (const [key, doc] of change.docs) if (doc.reports.length) this.#remember(key, doc);
		this.#index.data = next;
		// The cross-report index follows when it was complete (or the store was empty); else the next query
		// rebuilds it whole.
		const opened = new Map(change.added.map(({record}) => [record, decoded(record)]));
		const added = change.added.map(({key, record}) => ({
			...opened.get(record)!,
			body: key,
			...keptOf(record),
			neighbours: neighboursIn(change.docs.get(key)?.reports ?? [], yearOf(record), opened),
		}));
		try {
			if (wasEmpty) await this.crossIndex.rebuild(generation, append => append(added));
			else if (stamp === generation - 1) await this.crossIndex.append(added, generation, true, change.removedSlots);
		} catch (error) {
			// The change is made: saying otherwise would be false. The index's stamp was not moved on, so the next
			// query that needs the index rebuilds it whole.
			const reason = isJcfzError(error) ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
			this.#warn?.(
				`jcfz: ${change.added.length && !change.removedSlots.length ? 'the reports are stored' : 'the change is made'}, but the cross-report index could not be updated (${reason}); rank and search --all rebuild it when next run (or run jcfz reindex)`,
			);
		}
		const backups: Backup[] = [];
		for (const path of written) {
			const name = parseBackupName(basename(path))!;
			const taken = change.taken[backups.length]!;
			backups.push({...name, record: taken[1], entry: entryOf(taken[1], taken[0])});
		}
		return backups;
	}

	/** The cross-report index of this store (see cross-index.ts). */
	get crossIndex(): CrossIndex {
		this.#cross ??= new CrossIndex(this.path);
		return this.#cross;
	}

	/**
	 * The cross-report index, complete for the store as it is now: rebuilt from the body documents (under the lock)
	 * when an import did not finish updating it, or when it was never built. `progress` hears about the rebuild.
	 */
	async readyIndex(progress?: (done: number, total: number) => void, force = false): Promise<CrossIndex> {
		const index = this.crossIndex;
		if (!force && (await index.stamp()) === this.#index.data.generation) return index;
		await withLock(
			this.path,
			async () => {
				await this.#reread();
				const generation = this.#index.data.generation;
				if (!force && (await index.stamp()) === generation) return;
				await index.rebuild(generation, async append => {
					let batch: IndexItem[] = [];
					for (const [k, body] of this.bodies.entries()) {
						progress?.(k, this.bodies.length);
						const doc = await this.#bodyDocument(body.key).read();
						const years = (doc?.reports ?? [])
							.map(record => ({body: body.key, ...decoded(record), ...keptOf(record)}))
							.sort((a, b) => a.report.year - b.report.year);
						// Each year is linked with the year before it (measure links, cross-index.ts): every pair of
						// consecutive years once.
						for (const [k, item] of years.entries()) {
							const before = years[k - 1];
							batch.push({
								...item,
								neighbours: before
									? [{report: before.report, indicators: before.indicators, year: before.report.year}]
									: [],
							});
						}
						if (batch.length >= REBUILD_BATCH) {
							await append(batch);
							batch = [];
						}
					}
					await append(batch);
					progress?.(this.bodies.length, this.bodies.length);
				});
			},
			this.#lock,
		);
		return index;
	}

	/**
	 * Runs `work` on the cross-report index as one consistent reading. The index's stamp is read before and after:
	 * a reading that an import or a rebuild (`jcfz reindex` beside it) changed under it is done again. An index
	 * that turns out damaged (a line jcfz does not write, a range past its file, a file deleted) is rebuilt, with a
	 * note, and read again.
	 */
	async readIndex<T>(
		work: (index: CrossIndex) => Promise<T>,
		progress?: (done: number, total: number) => void,
	): Promise<T> {
		let rebuilt = false;
		for (let attempt = 0; attempt < 8; attempt++) {
			const index = await this.readyIndex(progress, false);
			const before = await index.stampText();
			if (before === '') continue;
			let result: T;
			try {
				result = await work(index);
			} catch (error) {
				if (isJcfzError(error)) throw error;
				// Changed under the reading (another jcfz rebuilding it, its files removed for a moment): read again.
				this.#cross = undefined;
				if ((await index.stampText()) !== before) continue;
				const reason = error instanceof IndexDamaged ? error.message : String((error as Error).message ?? error);
				if (rebuilt)
					throw new JcfzError(
						'data',
						`the cross-report index is damaged (${reason.slice(0, 120)}) and rebuilding it did not help: run jcfz reindex, and check the disk`,
						`跨报告索引已损坏（${reason.slice(0, 120)}），重建后仍然如此：请运行 jcfz reindex，并检查磁盘`,
					);
				this.#warn?.(`jcfz: the cross-report index was damaged (${reason.slice(0, 120)}); rebuilding it`);
				await this.readyIndex(progress, true);
				rebuilt = true;
				continue;
			}
			if ((await index.stampText()) === before) return result;
			this.#cross = undefined;
		}
		throw new JcfzError(
			'data',
			'the cross-report index kept changing while it was read (another jcfz importing or rebuilding it); try again',
			'读取跨报告索引时它一直在变化（另一个 jcfz 正在导入或重建）；请再试一次',
		);
	}

	/**
	 * The cross-report index if it is complete for the store as it is now, else null: for a reader that must not
	 * write (the explorer's report list), which does without what the index would add.
	 */
	async indexIfReady(): Promise<CrossIndex | null> {
		return (await this.crossIndex.stamp()) === this.#index.data.generation ? this.crossIndex : null;
	}

	/** Makes `body` the one commands use when none is named. */
	async use(body: BodyEntry): Promise<void> {
		await withLock(
			this.path,
			async () => {
				await this.#reread();
				this.#index.data.current = body.key;
				this.#index.data.chosen = true;
				await this.#index.write();
			},
			this.#lock,
		);
	}

	/** Reads the index again (the explorer, when another jcfz changed the store). */
	async refresh(): Promise<void> {
		await this.#reread();
	}

	/** Re-reads the index under the lock, so that a change made by another process is not lost. */
	async #reread(): Promise<void> {
		const data = await this.#index.adapter.read();
		this.#index.data = data && data.schemaVersion === SCHEMA_VERSION ? data : structuredClone(EMPTY);
		this.#bodies.clear();
	}

	/**
	 * Schema 1–2 → 3, once: under the lock, the old index is copied to the backups folder, the reports are written
	 * as body documents, the index is rewritten, and the old report documents are moved beside the backup.
	 */
	async #upgrade(warn?: (message: string) => void): Promise<void> {
		await withLock(
			this.path,
			async () => {
				const value = await this.#index.adapter.read();
				if (!value || value.schemaVersion >= SCHEMA_VERSION) {
					this.#index.data = value ?? structuredClone(EMPTY);
					return;
				}
				const {index, bodies} = await convertLegacy(this.path, value);
				const stamp = new Date().toISOString().replace(/[:.]/g, '-');
				const backup = join(this.backupFolder, `${storeName(this.path)}.schema${value.schemaVersion}.${stamp}`);
				await fsp.mkdir(backup, {recursive: true});
				await writeFileAtomic(join(backup, `${storeName(this.path)}.json`), `${JSON.stringify(value, null, '\t')}\n`);
				for (const doc of bodies) await this.#bodyDocument(doc.key).write(doc);
				this.#index.data = index;
				await this.#index.write();
				const reports = join(dirname(this.path), `${storeName(this.path)}.reports`);
				await fsp.rename(reports, join(backup, `${storeName(this.path)}.reports`)).catch(() => undefined);
				warn?.(`jcfz: upgraded the store ${this.path} to schema ${SCHEMA_VERSION}; the old files are in ${backup}`);
			},
			this.#lock,
		);
	}
}

/**
 * The nearest stored years before and after `year` among a body's records, decoded: what an added report's figures
 * are linked with (measures across reports, cross-index.ts).
 */
function neighboursIn(
	records: readonly StoredRecord[],
	year: number,
	opened: ReadonlyMap<StoredRecord, ReturnType<typeof decoded>>,
): NonNullable<IndexItem['neighbours']> {
	let before: StoredRecord | null = null;
	let after: StoredRecord | null = null;
	for (const record of records) {
		const y = yearOf(record);
		if (y < year && (!before || y > yearOf(before))) before = record;
		if (y > year && (!after || y < yearOf(after))) after = record;
	}
	return [before, after].flatMap(r => {
		if (!r) return [];
		const {report, indicators} = opened.get(r) ?? decoded(r);
		return [{report, indicators, year: report.year}];
	});
}
