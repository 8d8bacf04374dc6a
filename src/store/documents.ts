/**
 * The store's two document kinds and their checks.
 *
 * - the index (`jcfz.json`): `{schemaVersion, reports: ReportEntry[]}`, small, read by every command;
 * - one report document per report (`jcfz.reports/<id>.json`): `{schemaVersion, report, indicators}`, read on
 *   demand, so that a store of thousands of reports still starts instantly.
 */
import {JcfzError} from '../core/errors.js';
import {resolveRegion} from '../core/region/identify.js';
import type {Indicator, Report} from '../core/types.js';
import {ShapeError} from './json-file.js';
import {array, integer, lazy, nullable, number, object, pair, string, type Check} from './schema.js';

/**
 * 2: reports carry their division code and department (`regionCode`, `department`). A store of schema 1 is read
 * as if it had them (found from the region's name) and backed up before its first write as schema 2.
 */
export const SCHEMA_VERSION = 2;

export interface ReportEntry {
	readonly id: string;
	readonly region: string;
	/** See Report.regionCode. */
	readonly regionCode: string;
	readonly department: string;
	readonly year: number;
	readonly title: string;
	readonly issuer: string;
	readonly sourceHash: string;
	/** Number of top-level sections. */
	readonly sections: number;
	readonly indicators: number;
	readonly importedAt: string;
	/** The report document, relative to the index's folder. */
	readonly file: string;
}

export interface IndexDoc {
	schemaVersion: number;
	reports: ReportEntry[];
}

export interface ReportDoc {
	schemaVersion: number;
	report: Report;
	indicators: Indicator[];
}

const ENTRY_V1 = {
	id: string,
	region: string,
	year: integer,
	title: string,
	issuer: string,
	sourceHash: string,
	sections: integer,
	indicators: integer,
	importedAt: string,
	file: string,
};
const entryV1 = object(ENTRY_V1);
const entry = object({...ENTRY_V1, regionCode: string, department: string});
const sentence = object({start: integer, offset: integer, text: string});
const paragraph = object({offset: integer, text: string, sourceMap: array(pair), sentences: array(sentence)});
const section: Check = object({
	id: string,
	ordinal: string,
	title: string,
	offset: integer,
	paragraphs: array(paragraph),
	children: array(lazy(() => section)),
});
const REPORT_V1 = {
	id: string,
	region: string,
	year: integer,
	title: string,
	issuer: string,
	sourceHash: string,
	preamble: array(paragraph),
	sections: array(section),
};
const reportV1 = object(REPORT_V1);
const report = object({...REPORT_V1, regionCode: string, department: string});
const indicator = object({
	id: string,
	region: string,
	year: integer,
	sectionId: string,
	sectionTitle: string,
	label: string,
	value: number,
	unit: string,
	qualifier: nullable(string),
	raw: string,
	sentence: string,
	offset: integer,
});

function checkVersion(value: unknown): number {
	object({schemaVersion: integer})(value, '');
	const version = (value as {schemaVersion: number}).schemaVersion;
	if (version > SCHEMA_VERSION) {
		throw new ShapeError(`written by a newer jcfz (schema ${version}, this one reads ${SCHEMA_VERSION}); upgrade jcfz`);
	}
	if (version < 1) throw new ShapeError(`schemaVersion ${version} is not a jcfz schema`);
	return version;
}

/** Schema 1 → 2: the division code and department, found from the region's name as `--region` would be. */
function withDivision<T extends {region: string}>(item: T): T & {regionCode: string; department: string} {
	const {regionCode, department} = resolveRegion(item.region);
	return {...item, regionCode, department};
}

/** The index; one of schema 1 comes back upgraded in memory, still marked schemaVersion 1 until written. */
export function validateIndex(value: unknown): IndexDoc {
	if (checkVersion(value) === 1) {
		object({reports: array(entryV1)})(value, '');
		const v1 = value as {schemaVersion: number; reports: ReportEntry[]};
		return {schemaVersion: 1, reports: v1.reports.map(withDivision)};
	}
	object({reports: array(entry)})(value, '');
	return value as IndexDoc;
}

export function validateReportDoc(value: unknown): ReportDoc {
	if (checkVersion(value) === 1) {
		object({report: reportV1, indicators: array(indicator)})(value, '');
		const v1 = value as ReportDoc;
		return {...v1, report: withDivision(v1.report)};
	}
	object({report, indicators: array(indicator)})(value, '');
	return value as ReportDoc;
}

/** Raised when a document that the index names is missing. */
export function missingDocument(path: string, id: string): JcfzError {
	return new JcfzError(
		'data',
		`${path}: the report document of ${id} is missing; re-import the report or restore the file`,
		`${path}：缺少 ${id} 的报告文件；请重新导入或恢复该文件`,
	);
}
