/**
 * A change of the store, built before it is made (Store.#commit makes it): the body documents it rewrites, the
 * reports it takes out (to back up) and puts in; and what each report of an import does (added, unchanged, another
 * copy, replaced, refused). Reads body documents only through the function it is given; writes nothing.
 */
import {JcfzError} from '../core/errors.js';
import type {Indicator, Report} from '../core/types.js';
import type {ReportRecord} from './record.js';
import type {BackupReason} from './backups.js';
import {slotOf} from './cross-index.js';
import {
	type BodyDoc,
	type BodyEntry,
	type IndexDoc,
	type ReportEntry,
	SCHEMA_VERSION,
	type StoredRecord,
} from './documents.js';
import {bodyKey} from './keys.js';
import {contentOf, headOf, idOf, type KeptCopy, keptOf, yearOf} from './stored-record.js';

/**
 * What putting a report did: 'same' is another copy of a stored report (same title, sections and figures: see
 * core/same-report.ts), written nowhere; 'refused' a conflict let pass by `keepGoing`.
 */
export type PutOutcome = 'added' | 'unchanged' | 'same' | 'replaced' | 'refused';

export interface Put {
	readonly outcome: PutOutcome;
	/** Why it was refused. */
	readonly error?: JcfzError;
	/** For 'unchanged' and 'same': the stored copy that stays. */
	readonly kept?: KeptCopy;
}

export interface PutOptions {
	readonly replace?: boolean;
	/** Refuse a conflicting report alone instead of the whole batch. */
	readonly keepGoing?: boolean;
}

/** A change being built (Store.#change) and made (Store.#commit). */
export interface Change {
	readonly docs: Map<string, BodyDoc>;
	readonly taken: [string, StoredRecord, BackupReason][];
	readonly removedSlots: string[];
	readonly added: {key: string; record: StoredRecord}[];
	doc(key: string): Promise<BodyDoc>;
	/** Takes report `id` out of body `key` (backed up for `why`); `gone` is thrown when it is not there. */
	take(key: string, id: string, why: BackupReason, gone: JcfzError): Promise<StoredRecord>;
	/** Files `record` in body `key`; a report of the same id there is taken out (backed up for `why`). */
	put(key: string, record: StoredRecord, why: BackupReason): Promise<void>;
}

/** What planning a batch needs of each report: who, which year, its text's identity and its content key. */
export type Planned = Pick<Report, 'id' | 'region' | 'regionCode' | 'department' | 'town' | 'year' | 'sourceHash'> & {
	readonly content: string;
};

export interface NewReport {
	readonly report: Report;
	readonly indicators: readonly Indicator[];
	readonly source: string;
	/** Where it was read from (a file name as given, a URL). */
	readonly origin?: string;
	/** The report already in its stored form (parked.ts), filed as it is; absent: encoded when it is written. */
	readonly record?: ReportRecord;
}

/**
 * What each item of a batch does, as separate commands in that order would (see Store.put), checked against the
 * body documents `read` gives as they are now.
 */
export async function outcomesOf(
	items: readonly Planned[],
	{replace = false, keepGoing = false}: PutOptions,
	read: (key: string) => Promise<BodyDoc>,
): Promise<Put[]> {
	const inBatch = new Map<string, {sourceHash: string; content: string}>();
	const puts: Put[] = [];
	for (const report of items) {
		const doc = await read(bodyKey(report));
		const old = doc.reports.find(r => idOf(r) === report.id);
		const before = inBatch.get(report.id) ?? (old && {sourceHash: headOf(old).sourceHash, content: ''});
		const kept = old && !inBatch.has(report.id) ? keptOf(old) : undefined;
		let put: Put;
		if (before === undefined) put = {outcome: 'added'};
		else if (before.sourceHash === report.sourceHash) put = {outcome: 'unchanged', kept};
		else if (replace) put = {outcome: 'replaced'};
		else if ((before.content || (old && contentOf(old))) === report.content) put = {outcome: 'same', kept};
		else {
			const twice = inBatch.has(report.id);
			const error = new JcfzError(
				'conflict',
				twice
					? `${report.region} ${report.year} is given twice with different figures or headings in one import: pass --replace to keep the last (the other is backed up), or import one version`
					: `${report.region} ${report.year} is already in the store with different figures or headings: pass --replace to replace it (the old one is backed up), or jcfz move it to another region or year`,
				twice
					? `同一次导入中${report.region} ${report.year} 年报告出现两个数字或标题不同的版本：加 --replace 保留最后一个（其余备份），或只导入一个`
					: `库中已有数字或标题不同的${report.region} ${report.year} 年报告：加 --replace 可替换（旧版本会备份），或用 jcfz move 改到其他地区或年份`,
			);
			if (!keepGoing) throw error;
			puts.push({outcome: 'refused', error});
			continue;
		}
		puts.push(put);
		if (put.outcome !== 'same') inBatch.set(report.id, {sourceHash: report.sourceHash, content: report.content});
	}
	return puts;
}

/** The error for a report asked for that is not (or no longer) stored. */
export function gone(entry: Pick<ReportEntry, 'body' | 'id'>): JcfzError {
	return new JcfzError(
		'not-found',
		`${entry.id} is not stored (removed or moved by another jcfz?): run jcfz list`,
		`库中没有 ${entry.id}（已被另一个 jcfz 删除或移动？）：请运行 jcfz list`,
	);
}

/** A change being built: the body documents it rewrites and the reports it takes out (to back up). */
export function newChange(read: (key: string) => Promise<BodyDoc>): Change {
	const docs = new Map<string, BodyDoc>();
	const taken: [string, StoredRecord, BackupReason][] = [];
	const removedSlots: string[] = [];
	const added: {key: string; record: StoredRecord}[] = [];
	const doc = async (key: string) => docs.get(key) ?? (await read(key));
	const set = (key: string, reports: StoredRecord[]) =>
		docs.set(key, {schemaVersion: SCHEMA_VERSION, key, reports: reports.sort((a, b) => yearOf(a) - yearOf(b))});
	return {
		docs,
		taken,
		removedSlots,
		added,
		doc,
		take: async (key, id, why, gone) => {
			const reports = (await doc(key)).reports;
			const record = reports.find(r => idOf(r) === id);
			if (!record) throw gone;
			taken.push([key, record, why]);
			removedSlots.push(slotOf(key, yearOf(record)));
			set(
				key,
				reports.filter(r => r !== record),
			);
			return record;
		},
		put: async (key, record, why) => {
			const reports = (await doc(key)).reports;
			const old = reports.find(r => idOf(r) === idOf(record));
			if (old) taken.push([key, old, why]);
			set(key, [...reports.filter(r => r !== old), record]);
			added.push({key, record});
		},
	};
}

/**
 * The default body after a change: the one `jcfz use` chose while it is still stored (a choice lasts), else
 * `fallback` (the last report imported).
 */
export function nextDefault(
	before: IndexDoc,
	bodies: readonly BodyEntry[],
	fallback: string | null,
): Pick<IndexDoc, 'current' | 'chosen'> {
	const kept = before.chosen === true && before.current !== null && bodies.some(b => b.key === before.current);
	return kept ? {current: before.current, chosen: true} : {current: fallback};
}
