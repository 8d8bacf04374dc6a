/**
 * What the store asks of a stored report, whichever way it was stored: a record of schema 3 (record.ts) or a
 * report kept as jcfz 0.1 wrote it (legacy). The only place outside documents.ts and legacy.ts that tells the two
 * apart.
 */
import {quickChecksum} from '../core/checksum.js';
import {sha256Hex} from '../core/lazy-crypto.js';
import {contentKey} from '../core/same-report.js';
import type {Indicator, Report} from '../core/types.js';
import {type BodyDoc, type BodyEntry, isLegacy, type StoredRecord} from './documents.js';
import {decodeRecord, type ReportRecord} from './record.js';

/** The copy a report was found to be already: when and from where it was imported. */
export interface KeptCopy {
	readonly importedAt: string;
	readonly origin: string | null;
}

/** The stored text is the imported one: its quick checksum, or (stores written before it existed) its SHA-256. */
export function sourceIntact(record: StoredRecord): boolean {
	// A legacy report kept no source text to check (jcfz 0.1 stored the parsed tree only).
	if (isLegacy(record)) return true;
	return record.sourceCheck !== undefined
		? quickChecksum(record.source) === record.sourceCheck
		: sha256Hex(record.source) === record.sourceHash;
}

export function headOf(record: StoredRecord): Report | ReportRecord {
	return isLegacy(record) ? record.report : record;
}

export function idOf(record: StoredRecord): string {
	return headOf(record).id;
}

export function keptOf(record: StoredRecord): KeptCopy {
	return {importedAt: record.importedAt, origin: isLegacy(record) ? null : (record.origin ?? null)};
}

export function decoded(record: StoredRecord): {report: Report; indicators: readonly Indicator[]} {
	return isLegacy(record) ? record : decodeRecord(record);
}

/** The content key of a stored report: kept in the record, computed for one stored before it was. */
export function contentOf(record: StoredRecord): string {
	if (!isLegacy(record) && record.content) return record.content;
	const {report, indicators} = decoded(record);
	return contentKey(report, indicators);
}

export function yearOf(record: StoredRecord): number {
	return isLegacy(record) ? record.report.year : record.year;
}

export function bodyEntryOf(key: string, doc: BodyDoc): BodyEntry {
	const latest = doc.reports[doc.reports.length - 1]!;
	const r = isLegacy(latest) ? latest.report : latest;
	return {
		key,
		region: r.region,
		regionCode: r.regionCode,
		department: r.department,
		...(r.town ? {town: r.town} : {}),
		years: doc.reports.map(yearOf),
	};
}
