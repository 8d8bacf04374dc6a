/**
 * The store: a lowdb index document plus one lowdb document per report, atomic writes, a cross-process lock
 * around every change, validation on every read. Created and seeded from `seeds/` on first use.
 */
import {copyFile, mkdir, readdir, readFile, rename} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';
import {Low} from 'lowdb';
import {JcfzError} from '../core/errors.js';
import {extractIndicators} from '../core/extract.js';
import {parseReport} from '../core/parse.js';
import type {Indicator, Report} from '../core/types.js';
import {
	missingDocument,
	SCHEMA_VERSION,
	validateIndex,
	validateReportDoc,
	type IndexDoc,
	type ReportDoc,
	type ReportEntry,
} from './documents.js';
import {JsonDocument} from './json-file.js';
import {withLock, type LockOptions} from './lock.js';

export interface StoredReport {
	readonly entry: ReportEntry;
	readonly report: Report;
	readonly indicators: readonly Indicator[];
}

export type PutOutcome = 'added' | 'unchanged' | 'replaced';

/** The id with anything unsafe in a file name replaced. */
function safeName(id: string): string {
	return id.replace(/[^\p{L}\p{N}_.-]/gu, '_');
}

/**
 * File name of a report document: id plus a short content hash. A new version is written beside the old one and
 * the index is switched to it afterwards, so a crash at any point leaves the index naming a complete document.
 */
function documentName(report: Pick<Report, 'id' | 'sourceHash'>): string {
	return `${safeName(report.id)}.${report.sourceHash.slice(0, 12)}.json`;
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
		const index = new Low<IndexDoc>(new JsonDocument(path, validateIndex), {
			schemaVersion: SCHEMA_VERSION,
			reports: [],
		});
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
		return new Low<ReportDoc>(new JsonDocument(file, validateReportDoc), {
			schemaVersion: SCHEMA_VERSION,
			report: null as never,
			indicators: [],
		});
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
	async put(report: Report, indicators: readonly Indicator[], options: {replace?: boolean} = {}): Promise<PutOutcome> {
		const [outcome] = await this.putMany([{report, indicators}], options);
		return outcome!;
	}

	/**
	 * Adds several reports under one lock, writing the index once. Conflicts are checked before anything is
	 * written: a batch with a report already stored under different text (and no `replace`) changes nothing.
	 */
	async putMany(
		items: readonly {report: Report; indicators: readonly Indicator[]}[],
		options: {replace?: boolean} = {},
	): Promise<PutOutcome[]> {
		return withLock(
			this.path,
			async () => {
				await this.#reread();
				const reports = this.#index.data.reports;
				const outcomes = items.map(({report}): PutOutcome => {
					const old = reports.find(r => r.id === report.id);
					if (!old) return 'added';
					if (old.sourceHash === report.sourceHash) return 'unchanged';
					if (!options.replace) {
						throw new JcfzError(
							'conflict',
							`${report.region} ${report.year} is already in the store with different text: pass --replace to replace it (the old one is backed up)`,
							`库中已有内容不同的${report.region} ${report.year} 年报告：加 --replace 可替换（旧版本会备份）`,
						);
					}
					return 'replaced';
				});
				if (outcomes.every(o => o === 'unchanged')) return outcomes;
				if (this.#index.data.schemaVersion < SCHEMA_VERSION) await this.#upgrade();
				const replaced: ReportEntry[] = [];
				for (const [k, {report, indicators}] of items.entries()) {
					if (outcomes[k] === 'unchanged') continue;
					const at = reports.findIndex(r => r.id === report.id);
					// The report document first: if we die before the index is written, an orphan file is harmless.
					const entry = await this.#writeDocument(report, indicators);
					if (at >= 0) replaced.push(reports[at]!);
					if (at >= 0) reports[at] = entry;
					else reports.push(entry);
				}
				await this.#index.write();
				// Only now is the old version unreferenced: move it to the backups.
				for (const old of replaced) await this.#backup(old);
				return outcomes;
			},
			this.#lock,
		);
	}

	/** Where replaced reports are kept: `jcfz.backups/` beside the index. */
	get backupFolder(): string {
		return join(dirname(this.path), `${basename(this.path).replace(/\.json$/, '')}.backups`);
	}

	async #backup(old: ReportEntry): Promise<void> {
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		await mkdir(this.backupFolder, {recursive: true});
		await rename(join(dirname(this.path), old.file), join(this.backupFolder, `${safeName(old.id)}.${stamp}.json`));
	}

	/**
	 * Before the first write to an index of an older schema: a copy of it goes to the backups, then it is written
	 * in this schema (report documents of the older schema stay as they are; they are read as before).
	 */
	async #upgrade(): Promise<void> {
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		await mkdir(this.backupFolder, {recursive: true});
		await copyFile(
			this.path,
			join(
				this.backupFolder,
				`${basename(this.path).replace(/\.json$/, '')}.schema${this.#index.data.schemaVersion}.${stamp}.json`,
			),
		);
		this.#index.data.schemaVersion = SCHEMA_VERSION;
	}

	async #writeDocument(report: Report, indicators: readonly Indicator[]): Promise<ReportEntry> {
		const entry: ReportEntry = {
			id: report.id,
			region: report.region,
			regionCode: report.regionCode,
			department: report.department,
			year: report.year,
			title: report.title,
			issuer: report.issuer,
			sourceHash: report.sourceHash,
			sections: report.sections.length,
			indicators: indicators.length,
			importedAt: new Date().toISOString(),
			file: `${reportsFolderOf(this.path)}/${documentName(report)}`,
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

	/**
	 * A new store starts with the reports in seeds/. putMany re-reads the index under the lock, so two processes
	 * starting at once add the seeds once.
	 */
	async #seed(seedsDir: string): Promise<void> {
		const files = (await readdir(seedsDir).catch(() => [] as string[])).filter(f => /\.(md|txt)$/.test(f)).sort();
		const items = [];
		for (const file of files) {
			const {report} = parseReport(await readFile(join(seedsDir, file), 'utf8'));
			items.push({report, indicators: extractIndicators(report)});
		}
		await this.putMany(items);
	}
}
