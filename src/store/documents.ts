/**
 * The store's documents and their checks (schema 3).
 *
 * - the index (`jcfz.json`): `{schemaVersion, current, bodies}` — one small line per reporting body (a government
 *   or one of its departments) with the years stored; read by every command, so it stays small at 30,000 reports;
 * - one body document per reporting body (`jcfz.bodies/<key>.json`): `{schemaVersion, key, reports}`, every year of
 *   that body, each report in the compact form of record.ts (its source text and positions into it).
 *
 * Schemas 1 and 2 (an index listing every report, one full document per report) are read by legacy.ts, which
 * turns them into this form.
 */
import type {Indicator, Report, ReportHead, Reporter} from '../core/types.js';
import type {ReportRecord} from './record.js';
import {
	anyArray,
	array,
	integer,
	isoDate,
	lazy,
	nullable,
	number,
	object,
	oneOf,
	optional,
	pair,
	string,
	within,
	type Check,
} from './schema.js';
import {ShapeError} from './json-file.js';

export const SCHEMA_VERSION = 3;

/** One reporting body in the index. */
export interface BodyEntry extends Reporter {
	/** File-safe key: the division code (with the department: 360725.交通运输局), or the name for a place without one. */
	readonly key: string;
	/** The years stored, ascending. */
	readonly years: readonly number[];
}

export interface IndexDoc {
	schemaVersion: number;
	/** Counts the changes to the store's reports: the cross-report index says which one it is complete for. */
	generation: number;
	/**
	 * The body commands use when none is named: the one `jcfz use` chose (`chosen`), else the last import's. A
	 * choice lasts until the user makes another: an import moves `current` only when nothing was chosen.
	 */
	current: string | null;
	/** True when `current` was chosen with `jcfz use` (absent in stores written before the choice lasted). */
	chosen?: boolean;
	bodies: BodyEntry[];
}

/** A report kept as written by jcfz 0.1 (schemas 1 and 2): the full parsed tree, without its source text. */
export interface LegacyReport {
	readonly legacy: true;
	readonly importedAt: string;
	readonly report: Report;
	readonly indicators: readonly Indicator[];
}

export type StoredRecord = ReportRecord | LegacyReport;

export interface BodyDoc {
	schemaVersion: number;
	key: string;
	reports: StoredRecord[];
}

/** What commands see of a stored report without loading it. */
export interface ReportEntry extends ReportHead {
	/** Report.town, '' when it is not a town's. */
	readonly town: string;
	readonly title: string;
	readonly issuer: string;
	readonly sourceHash: string;
	/** The publication date the document carried, ISO; null when it carried none. */
	readonly published: string | null;
	/** Number of top-level sections. */
	readonly sections: number;
	readonly indicators: number;
	readonly importedAt: string;
	/** Where it was imported from (file name or URL); null when the store did not keep it. */
	readonly origin: string | null;
	/** The key of the body document that holds it. */
	readonly body: string;
}

export function isLegacy(record: StoredRecord): record is LegacyReport {
	return 'legacy' in record;
}

export function entryOf(record: StoredRecord, body: string): ReportEntry {
	const r = isLegacy(record) ? record.report : record;
	return {
		id: r.id,
		region: r.region,
		regionCode: r.regionCode,
		department: r.department,
		town: r.town ?? '',
		year: r.year,
		title: r.title,
		issuer: r.issuer,
		sourceHash: r.sourceHash,
		published: isLegacy(record) ? null : (record.published ?? null),
		sections: r.sections.length,
		indicators: isLegacy(record) ? record.indicators.length : record.figures.length,
		importedAt: record.importedAt,
		origin: isLegacy(record) ? null : (record.origin ?? null),
		body,
	};
}

/** The checks of a Reporter's fields, which body entries and records share. */
const reporterFields = {region: string, regionCode: string, department: string, town: optional(string)};

export const bodyEntryCheck: Check = object({key: string, ...reporterFields, years: array(integer)});

const numbers = array(number);
const paragraph: Check = v => {
	if (!Array.isArray(v) || v.length !== 3) throw new ShapeError('expected [runs, length, sentences]');
	within(0, numbers, v[0]);
	within(1, integer, v[1]);
	within(2, numbers, v[2]);
};
const section: Check = object({
	ordinal: string,
	title: string,
	offset: integer,
	paragraphs: array(paragraph),
	children: array(lazy(() => section)),
});
const nullableString = nullable(string);
const figure: Check = v => {
	if (!Array.isArray(v) || v.length !== 8) throw new ShapeError('expected a figure of 8 fields');
	for (const k of [0, 1, 3, 5]) within(k, string, v[k]);
	within(2, number, v[2]);
	within(4, nullableString, v[4]);
	within(6, integer, v[6]);
	within(7, integer, v[7]);
};
const recordHead = {
	id: string,
	...reporterFields,
	year: integer,
	title: string,
	issuer: string,
	sourceHash: string,
	sourceCheck: optional(string),
	published: optional(isoDate),
	importedAt: string,
	origin: optional(string),
	content: optional(string),
	source: string,
};
/** What listing a report needs: checked for every report when its body document is read. */
const recordShallow = object({...recordHead, preamble: anyArray, sections: anyArray, figures: anyArray});
/** The whole tree: checked when the report is loaded. */
const record = object({...recordHead, preamble: array(paragraph), sections: array(section), figures: array(figure)});

/** Checks of the full tree of a legacy report (schemas 1–2), reused by legacy.ts. */
export const sentenceCheck = object({start: integer, offset: integer, text: string});
export const paragraphCheck = object({
	offset: integer,
	text: string,
	sourceMap: array(pair),
	sentences: array(sentenceCheck),
});
export const sectionCheck: Check = object({
	id: string,
	ordinal: string,
	title: string,
	offset: integer,
	paragraphs: array(paragraphCheck),
	children: array(lazy(() => sectionCheck)),
});
export const indicatorCheck = object({
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
const legacyFlag: Check = v => {
	if (v !== true) throw new ShapeError('expected true');
};
const legacyHead = {id: string, region: string, regionCode: string, department: string, year: integer};
const legacyHeadRest = {title: string, issuer: string, sourceHash: string};
const legacyShallow = object({
	legacy: legacyFlag,
	importedAt: string,
	report: object({...legacyHead, ...legacyHeadRest, preamble: anyArray, sections: anyArray}),
	indicators: anyArray,
});
const legacyReport = object({
	legacy: legacyFlag,
	importedAt: string,
	report: object({
		...legacyHead,
		...legacyHeadRest,
		preamble: array(paragraphCheck),
		sections: array(sectionCheck),
	}),
	indicators: array(indicatorCheck),
});
const isLegacyValue = (v: unknown) => typeof v === 'object' && v !== null && 'legacy' in v;

const hasSchemaVersion = object({schemaVersion: integer});
const flag: Check = v => {
	if (typeof v !== 'boolean') throw new ShapeError('expected true or false');
};
const indexShape = object({
	generation: integer,
	current: nullable(string),
	chosen: optional(flag),
	bodies: array(bodyEntryCheck),
});
const bodyShape = object({key: string, reports: array(oneOf(isLegacyValue, legacyShallow, recordShallow))});
const storedRecord = oneOf(isLegacyValue, legacyReport, record);

/**
 * The whole tree of the k-th report of a body document, checked when it is loaded (reading the document checks
 * what listing needs): a fault is reported as `reports[k]...`.
 */
export function checkStoredRecord(value: unknown, k: number): StoredRecord {
	within('reports', v => within(k, storedRecord, v), value);
	return value as StoredRecord;
}

/** A whole stored report on its own (a backup), checked as a body document's reports are when loaded. */
export function checkRecord(value: unknown): StoredRecord {
	storedRecord(value);
	return value as StoredRecord;
}

/** The schema version of a document, refused when it is newer than this jcfz or not a jcfz schema. */
export function schemaOf(value: unknown): number {
	hasSchemaVersion(value);
	const version = (value as {schemaVersion: number}).schemaVersion;
	if (version > SCHEMA_VERSION) {
		throw new ShapeError(
			`written by a newer jcfz (schema ${version}, this one reads ${SCHEMA_VERSION}); upgrade jcfz`,
			false,
		);
	}
	if (version < 1) throw new ShapeError(`schemaVersion ${version} is not a jcfz schema`, false);
	return version;
}

export function validateIndex(value: unknown): IndexDoc {
	if (schemaOf(value) < SCHEMA_VERSION) return value as IndexDoc; // an older store: legacy.ts reads it
	// An index written before the cross-report index existed has no generation: 0, and the index is built anew.
	const doc = value as Partial<IndexDoc>;
	if (doc.generation === undefined) doc.generation = 0;
	indexShape(doc);
	return doc as IndexDoc;
}

export function validateBody(value: unknown): BodyDoc {
	schemaOf(value);
	bodyShape(value);
	return value as BodyDoc;
}

/** A body document as text: one report per line, so that a diff of two versions shows which report changed. */
export function serializeBody(doc: BodyDoc): string {
	const reports = doc.reports.map(r => JSON.stringify(r)).join(',\n');
	return `{"schemaVersion":${doc.schemaVersion},"key":${JSON.stringify(doc.key)},"reports":[\n${reports}\n]}\n`;
}
