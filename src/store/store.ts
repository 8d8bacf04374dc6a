/**
 * The store: a small lowdb index of reporting bodies plus one lowdb document per body holding every year of it
 * (documents.ts), atomic writes, a cross-process lock around every change, validation on every read.
 *
 * A change writes the body documents first (each replaced whole by an atomic rename), then the index: a reader
 * sees a body document entirely old or entirely new, never a report half switched; a replaced report is copied
 * to the backups folder, under a name no other backup has, before its body document is switched.
 */
import {randomHex} from '../core/lazy-crypto.js';
import {promises as fsp, realpathSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {Low} from 'lowdb';
import {isJcfzError, JcfzError} from '../core/errors.js';
import type {Indicator, Report} from '../core/types.js';
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
	serializeBody,
	type StoredRecord,
	validateBody,
} from './documents.js';
import {checked, JsonDocument} from './json-file.js';
import {findBodyEntry, IndexFile, serializeIndex} from './index-file.js';
import {CrossIndex, IndexDamaged, type IndexItem} from './cross-index.js';
import {convertLegacy} from './legacy.js';
import {backupsFolderName, bodiesFolderName, bodyKey, isBodyKey, storeName} from './keys.js';
import {withLock, type LockOptions} from './lock.js';
import {decodeRecord, encodeRecord, type ReportRecord} from './record.js';
import {pushAll} from '../core/arrays.js';
import {sha256Hex} from '../core/lazy-crypto.js';
import {quickChecksum} from '../core/checksum.js';

export interface StoredReport {
	readonly entry: ReportEntry;
	readonly report: Report;
	readonly indicators: readonly Indicator[];
}

export type PutOutcome = 'added' | 'unchanged' | 'replaced';

/** A parsed report to store, with the normalised source text its positions point into. */
/** What planning a batch needs of each report. */
/** The stored text is the imported one: its quick checksum, or (stores written before it existed) its SHA-256. */
function sourceIntact(record: ReportRecord): boolean {
	return record.sourceCheck !== undefined
		? quickChecksum(record.source) === record.sourceCheck
		: sha256Hex(record.source) === record.sourceHash;
}

export type Planned = Pick<Report, 'id' | 'region' | 'regionCode' | 'department' | 'year' | 'sourceHash'>;

export interface NewReport {
	readonly report: Report;
	readonly indicators: readonly Indicator[];
	readonly source: string;
}

export interface OpenOptions {
	readonly lock?: LockOptions;
	/** Where a one-time upgrade of an older store is reported. */
	readonly warn?: (message: string) => void;
}

const EMPTY: IndexDoc = {schemaVersion: SCHEMA_VERSION, generation: 0, current: null, bodies: []};
/** Body documents kept in memory by one Store: enough for a command, bounded for one that reads them all. */
const CACHED_BODIES = 8;
/** Reports handed to the cross-report index at once while it is rebuilt. */
const REBUILD_BATCH = 500;

export class Store {
	readonly path: string;
	readonly #index: Low<IndexDoc>;
	readonly #lock: LockOptions;
	readonly #bodies = new Map<string, BodyDoc>();
	readonly #warn: ((message: string) => void) | undefined;
	#cross: CrossIndex | undefined;
	#isNew = false;

	private constructor(path: string, index: Low<IndexDoc>, lock: LockOptions, warn?: (message: string) => void) {
		this.path = path;
		this.#index = index;
		this.#lock = lock;
		this.#warn = warn;
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
		const index = new Low<IndexDoc>(new IndexFile(path), structuredClone(EMPTY));
		const store = new Store(path, index, options.lock ?? {}, options.warn);
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

	async load(entry: Pick<ReportEntry, 'body' | 'id'>): Promise<StoredReport> {
		const doc = await this.#readBody(entry.body);
		const k = doc.reports.findIndex(r => (isLegacy(r) ? r.report.id : r.id) === entry.id);
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
		const head = isLegacy(record) ? record.report : record;
		if (bodyKey(head) !== entry.body || (!isLegacy(record) && !sourceIntact(record))) {
			throw new JcfzError(
				'data',
				`${this.#bodyPath(entry.body)}: the report filed as ${entry.id} is not what was imported (${bodyKey(head) !== entry.body ? `it is ${head.id}` : 'its text was changed'}); restore the file from a backup or re-import the report`,
				`${this.#bodyPath(entry.body)}：登记为 ${entry.id} 的报告与导入时不符（${bodyKey(head) !== entry.body ? `实为 ${head.id}` : '正文被改动'}）；请从备份恢复或重新导入`,
			);
		}
		const {report, indicators} = isLegacy(record) ? record : decodeRecord(record);
		return {entry: entryOf(record, entry.body), report, indicators};
	}

	/**
	 * Adds reports, or replaces stored ones of the same body and year when `replace` is set; the same text again
	 * is 'unchanged' and writes nothing. A batch follows the rules of separate commands, in order: a second version
	 * of a report in the same batch is a conflict without `replace`, and with it replaces the first (both older
	 * versions backed up). Conflicts are checked before anything is written.
	 *
	 * One lock; every changed body document and the index are staged (written to temp files and synced) first,
	 * then backups are written, then everything is renamed into place, the index last: a full disk or a failing
	 * backup stops the change before any file of the store changes, and a crash leaves an index that names
	 * complete documents only.
	 */
	async putMany(items: readonly NewReport[], options: {replace?: boolean} = {}): Promise<PutOutcome[]> {
		return withLock(
			this.path,
			async () => {
				await this.#reread();
				const outcomes = await this.#outcomes(
					items.map(i => i.report),
					options.replace === true,
				);
				if (outcomes.every(o => o === 'unchanged')) return outcomes;
				const importedAt = new Date().toISOString();
				const changed = new Map<string, BodyDoc>();
				const replaced: [string, StoredRecord][] = [];
				for (const [k, item] of items.entries()) {
					if (outcomes[k] === 'unchanged') continue;
					const key = bodyKey(item.report);
					const doc = changed.get(key) ?? (await this.#readBody(key));
					const reports = doc.reports.filter(r => idOf(r) !== item.report.id);
					const old = doc.reports.find(r => !reports.includes(r));
					if (old) replaced.push([key, old]);
					reports.push(encodeRecord(item.report, item.indicators, item.source, importedAt));
					reports.sort((a, b) => yearOf(a) - yearOf(b));
					changed.set(key, {schemaVersion: SCHEMA_VERSION, key, reports});
				}
				const bodies = this.#index.data.bodies.filter(b => !changed.has(b.key));
				for (const [key, doc] of changed) bodies.push(bodyEntryOf(key, doc));
				const stamp = await this.crossIndex.stamp();
				const wasEmpty = this.#index.data.bodies.length === 0;
				const generation = this.#index.data.generation + 1;
				const next: IndexDoc = {
					schemaVersion: SCHEMA_VERSION,
					generation,
					current: bodyKey(items[items.length - 1]!.report),
					bodies: bodies.sort((a, b) => a.key.localeCompare(b.key)),
				};
				// The index is written by lowdb's adapter everywhere else; here it is staged with the body documents
				// so that all of them switch together.
				const staged: Staged[] = [];
				const backups: string[] = [];
				try {
					for (const [key, doc] of changed) staged.push(await stageFile(this.#bodyPath(key), serializeBody(doc)));
					staged.push(await stageFile(this.path, serializeIndex(next)));
					for (const [key, record] of replaced) backups.push(await this.#backup(key, record));
				} catch (error) {
					await Promise.all(staged.map(f => f.discard()));
					await Promise.all(backups.map(f => fsp.rm(f, {force: true})));
					throw error;
				}
				for (const f of staged) await f.commit();
				for (const [key, doc] of changed) this.#remember(key, doc);
				this.#index.data = next;
				// The cross-report index follows when it was complete (or the store was empty); else the next query
				// rebuilds it whole.
				const added = items.filter((_, k) => outcomes[k] !== 'unchanged').map(i => ({...i, body: bodyKey(i.report)}));
				try {
					if (wasEmpty) await this.crossIndex.rebuild(generation, append => append(added));
					else if (stamp === generation - 1) await this.crossIndex.append(added, generation);
				} catch (error) {
					// The reports are stored: saying otherwise would be false. The index's stamp was not moved on, so
					// the next query that needs the index rebuilds it whole.
					const reason = isJcfzError(error) ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
					this.#warn?.(
						`jcfz: the reports are stored, but the cross-report index could not be updated (${reason}); rank and search --all rebuild it when next run (or run jcfz reindex)`,
					);
				}
				return outcomes;
			},
			this.#lock,
		);
	}

	/**
	 * What each report of a batch would do, as separate commands in that order would, checked against the store as
	 * it is now: for a batch written in several chunks, the conflicts are found before the first is written.
	 */
	async plan(items: readonly Planned[], options: {replace?: boolean} = {}): Promise<PutOutcome[]> {
		await this.#reread();
		return this.#outcomes(items, options.replace === true);
	}

	/** What each item of a batch does, as separate commands in that order would; conflicts throw. */
	async #outcomes(items: readonly Planned[], replace: boolean): Promise<PutOutcome[]> {
		const inBatch = new Map<string, string>();
		const outcomes: PutOutcome[] = [];
		for (const report of items) {
			const doc = await this.#readBody(bodyKey(report), true);
			const old = doc.reports.find(r => idOf(r) === report.id);
			const before = inBatch.get(report.id) ?? (old && (isLegacy(old) ? old.report.sourceHash : old.sourceHash));
			if (before === report.sourceHash) outcomes.push('unchanged');
			else if (before === undefined) outcomes.push('added');
			else if (replace) outcomes.push('replaced');
			else {
				const twice = inBatch.has(report.id);
				throw new JcfzError(
					'conflict',
					twice
						? `${report.region} ${report.year} is given twice with different text in one import: pass --replace to keep the last (the other is backed up), or import one version`
						: `${report.region} ${report.year} is already in the store with different text: pass --replace to replace it (the old one is backed up)`,
					twice
						? `同一次导入中${report.region} ${report.year} 年报告出现两个不同版本：加 --replace 保留最后一个（其余备份），或只导入一个`
						: `库中已有内容不同的${report.region} ${report.year} 年报告：加 --replace 可替换（旧版本会备份）`,
				);
			}
			inBatch.set(report.id, report.sourceHash);
		}
		return outcomes;
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
						for (const record of doc?.reports ?? []) {
							const {report, indicators} = isLegacy(record) ? record : decodeRecord(record);
							batch.push({body: body.key, report, indicators});
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
				if (isJcfzError(error) || rebuilt) throw error;
				const reason = error instanceof IndexDamaged ? error.message : String((error as Error).message ?? error);
				this.#warn?.(`jcfz: the cross-report index was damaged (${reason.slice(0, 120)}); rebuilding it`);
				this.#cross = undefined;
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
				await this.#index.write();
			},
			this.#lock,
		);
	}

	/** A replaced report, as it was stored, under a name no other backup has (time and random suffix). */
	async #backup(key: string, record: StoredRecord): Promise<string> {
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const path = join(this.backupFolder, `${key}.${yearOf(record)}.${stamp}.${randomHex(4)}.json`);
		try {
			await writeFileAtomic(path, `${JSON.stringify(record)}\n`);
		} catch (error) {
			const code =
				(error as NodeJS.ErrnoException).code ?? /\((E[A-Z]+)/.exec(String((error as Error).message))?.[1] ?? 'error';
			throw new JcfzError(
				'data',
				`cannot keep a backup of the replaced report in ${this.backupFolder} (${code}); nothing was replaced: make that folder writable, or move away what is in its place`,
				`无法在 ${this.backupFolder} 保存被替换报告的备份（${code}）；未替换任何内容：请让该文件夹可写，或移走占用该位置的文件`,
			);
		}
		return path;
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

function idOf(record: StoredRecord): string {
	return isLegacy(record) ? record.report.id : record.id;
}

function yearOf(record: StoredRecord): number {
	return isLegacy(record) ? record.report.year : record.year;
}

function bodyEntryOf(key: string, doc: BodyDoc): BodyEntry {
	const latest = doc.reports[doc.reports.length - 1]!;
	const r = isLegacy(latest) ? latest.report : latest;
	return {
		key,
		region: r.region,
		regionCode: r.regionCode,
		department: r.department,
		years: doc.reports.map(yearOf),
	};
}
