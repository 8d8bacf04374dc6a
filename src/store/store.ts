/**
 * The store: a lowdb index document plus one lowdb document per report, atomic writes, a cross-process lock
 * around every change, validation on every read. Created and seeded from `seeds/` on first use.
 */
import {readdir, readFile} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';
import {Low} from 'lowdb';
import {JcfzError} from '../core/errors.js';
import {extractIndicators} from '../core/extract.js';
import {parseReport} from '../core/parse.js';
import type {Indicator, Report} from '../core/types.js';
import {missingDocument, SCHEMA_VERSION, validateIndex, validateReportDoc, type IndexDoc, type ReportDoc, type ReportEntry} from './documents.js';
import {JsonDocument} from './json-file.js';
import {withLock, type LockOptions} from './lock.js';

export interface StoredReport {
	readonly entry: ReportEntry;
	readonly report: Report;
	readonly indicators: readonly Indicator[];
}

export type PutOutcome = 'added' | 'unchanged' | 'replaced';

/** File name of a report document: the id with anything unsafe in a path replaced. */
function documentName(id: string): string {
	return `${id.replace(/[^\p{L}\p{N}_.-]/gu, '_')}.json`;
}

export function reportsFolderOf(indexPath: string): string {
	return `${basename(indexPath).replace(/\.json$/, '')}.reports`;
}

export class Store {
	readonly path: string;
	readonly #index: Low<IndexDoc>;
	readonly #lock: LockOptions;

	private constructor(path: string, index: Low<IndexDoc>, lock: LockOptions) {
		this.path = path;
		this.#index = index;
		this.#lock = lock;
	}

	/** Opens the store at `path`; creates it from the seed files when it does not exist yet. */
	static async open(path: string, options: {seedsDir?: string; lock?: LockOptions} = {}): Promise<Store> {
		const index = new Low<IndexDoc>(new JsonDocument(path, validateIndex), {schemaVersion: SCHEMA_VERSION, reports: []});
		const store = new Store(path, index, options.lock ?? {});
		const existing = await index.adapter.read();
		if (existing) index.data = existing;
		else if (options.seedsDir) await store.#seed(options.seedsDir);
		return store;
	}

	get entries(): readonly ReportEntry[] {
		return this.#index.data.reports;
	}

	#document(entry: Pick<ReportEntry, 'file'>): Low<ReportDoc> {
		const file = join(dirname(this.path), entry.file);
		return new Low<ReportDoc>(new JsonDocument(file, validateReportDoc), {schemaVersion: SCHEMA_VERSION, report: null as never, indicators: []});
	}

	async load(entry: ReportEntry): Promise<StoredReport> {
		const doc = this.#document(entry);
		const data = await doc.adapter.read();
		if (!data) throw missingDocument(join(dirname(this.path), entry.file), entry.id);
		return {entry, report: data.report, indicators: data.indicators};
	}

	/**
	 * Adds a report, or replaces the stored one of the same region and year when `replace` is set. The same text
	 * again is 'unchanged' and writes nothing.
	 */
	async put(report: Report, indicators: readonly Indicator[], options: {replace?: boolean; backup?: (old: StoredReport) => Promise<void>} = {}): Promise<PutOutcome> {
		return withLock(this.path, async () => {
			await this.#reread();
			const reports = this.#index.data.reports;
			const at = reports.findIndex(r => r.id === report.id);
			const old = reports[at];
			if (old && old.sourceHash === report.sourceHash) return 'unchanged';
			if (old && !options.replace) {
				throw new JcfzError('usage', `${report.region} ${report.year} is already in the store with different text: pass --replace to replace it (the old one is backed up)`);
			}
			if (old) await options.backup?.(await this.load(old));
			// The report document first: if we die before the index is written, an orphan file is harmless.
			const entry = await this.#writeDocument(report, indicators);
			if (old) reports[at] = entry;
			else reports.push(entry);
			await this.#index.write();
			return old ? 'replaced' : 'added';
		}, this.#lock);
	}

	async #writeDocument(report: Report, indicators: readonly Indicator[]): Promise<ReportEntry> {
		const entry: ReportEntry = {
			id: report.id, region: report.region, year: report.year, title: report.title, issuer: report.issuer,
			sourceHash: report.sourceHash, sections: report.sections.length, indicators: indicators.length,
			importedAt: new Date().toISOString(), file: `${reportsFolderOf(this.path)}/${documentName(report.id)}`,
		};
		const doc = this.#document(entry);
		doc.data = {schemaVersion: SCHEMA_VERSION, report, indicators: [...indicators]};
		await doc.write();
		return entry;
	}

	/** Re-reads the index under the lock, so that a change made by another process is not lost. */
	async #reread(): Promise<void> {
		const data = await this.#index.adapter.read();
		this.#index.data = data ?? {schemaVersion: SCHEMA_VERSION, reports: []};
	}

	async #seed(seedsDir: string): Promise<void> {
		await withLock(this.path, async () => {
			const existing = await this.#index.adapter.read();
			if (existing) {
				this.#index.data = existing;
				return;
			}
			const files = (await readdir(seedsDir).catch(() => [] as string[])).filter(f => /\.(md|txt)$/.test(f)).sort();
			const docs: ReportEntry[] = [];
			this.#index.data = {schemaVersion: SCHEMA_VERSION, reports: docs};
			for (const file of files) {
				const {report} = parseReport(await readFile(join(seedsDir, file), 'utf8'));
				docs.push(await this.#writeDocument(report, extractIndicators(report)));
			}
			await this.#index.write();
		}, this.#lock);
	}
}
