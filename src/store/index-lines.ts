/**
 * The line formats of the cross-report index (cross-index.ts), each line as a labelled tuple or record with how it
 * is written and how it is read back and checked. Pure: strings and parsed JSON in, typed lines out; a line that is
 * not what jcfz writes throws IndexDamaged (the store then rebuilds the index, rather than answer from it).
 */
import {type CheckFindings, PARTS} from '../core/checks.js';
import type {Indicator, ReportHead} from '../core/types.js';
import type {MeasureLine} from './measure-index.js';
import {type FigureFields, figureFields} from './record.js';

/** A line of the index that is not what jcfz writes (hand-edited, truncated, a range past its file). */
export class IndexDamaged extends Error {}

/** `<body>@<year>`: where a report version is filed in the index. */
export const slotOf = (body: string, year: number) => `${body}@${year}`;

/** A line of `<year>.map.ndjson`: a report version as the index knows it. */
export interface IndexedReport extends ReportHead {
	/** `<body>@<year>`: one report per body and year; a later line of the same slot supersedes an earlier one. */
	readonly slot: string;
	readonly body: string;
	/** Byte range of its sentences in `<year>.txt`; `start` also names this version in `<year>.figures.ndjson`. */
	readonly start: number;
	readonly end: number;
	/** Byte range of its sections ("id<TAB>title" lines, in reading order) in `<year>.sections`. */
	readonly sections: readonly [start: number, end: number];
}

/**
 * A line of `<year>.figures.ndjson`: one figure per line, so that a query finds its candidate lines with a byte
 * search and parses only those. The measure key id comes last: a measure's figures are found by `,<id>]`.
 */
export type IndexedFigure = readonly [
	/** IndexedReport.start of its report version. */
	reportStart: number,
	id: string,
	...FigureFields,
	/** Byte range of its sentence in `<year>.txt`. */
	sentenceFrom: number,
	sentenceTo: number,
	/** Its measure key's id in keys.ndjson. */
	keyId: number,
];

/** A line of `<year>.titles.ndjson`. */
export type TitleLine = readonly [
	slot: string,
	title: string,
	published: string | null,
	sections: number,
	indicators: number,
	importedAt: string,
	origin: string | null,
	/** The report's id and its region as filed that year (a body's name can change from one year to the next). */
	id: string,
	region: string,
];

/** A line of `<year>.checks.ndjson`: what `jcfz check` finds in a report version (core/checks.ts). */
export type CheckLine = readonly [slot: string, findings: CheckFindings];

/** What `jcfz list` shows of a report version: its TitleLine by name. */
export interface Listed {
	readonly slot: string;
	readonly title: string;
	readonly published: string | null;
	readonly sections: number;
	readonly indicators: number;
	readonly importedAt: string;
	readonly origin: string | null;
	readonly id: string;
	readonly region: string;
}

/** A sentence or title as one line of text: no line break inside. */
export const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** The figure line of an indicator of the report version stored at `reportStart`. */
export function figureLine(
	reportStart: number,
	i: Indicator,
	sentence: readonly [from: number, to: number],
	keyId: number,
): string {
	const figure: IndexedFigure = [reportStart, i.id, ...figureFields(i), sentence[0], sentence[1], keyId];
	return JSON.stringify(figure);
}

/** A parsed map line, checked against what jcfz writes (its sections within a file of `sectionsSize` bytes). */
export function readReportLine(value: unknown, sectionsSize: number): IndexedReport {
	const r = value as IndexedReport | null;
	const strings =
		r && ['slot', 'id', 'body', 'region', 'regionCode', 'department'].every(k => typeof r[k as 'id'] === 'string');
	if (
		!strings ||
		!Number.isInteger(r.year) ||
		!isCount(r.start) ||
		!isCount(r.end) ||
		r.end < r.start ||
		!Array.isArray(r.sections) ||
		!isCount(r.sections[0]) ||
		!isCount(r.sections[1]) ||
		r.sections[0] > r.sections[1] ||
		r.sections[1] > sectionsSize
	)
		throw new IndexDamaged('a report line that is not what jcfz writes');
	return r;
}

/** A parsed figure line, checked. */
export function readFigureLine(value: unknown): IndexedFigure {
	const f = value as unknown[];
	if (
		!Array.isArray(f) ||
		f.length !== 12 ||
		!isCount(f[0]) ||
		typeof f[1] !== 'string' ||
		typeof f[2] !== 'string' ||
		typeof f[3] !== 'string' ||
		typeof f[4] !== 'number' ||
		!isCount(f[9]) ||
		!isCount(f[10]) ||
		(f[10] as number) < (f[9] as number) ||
		!isCount(f[11])
	)
		throw new IndexDamaged('a figure line that is not what jcfz writes');
	return f as unknown as IndexedFigure;
}

/** The title line of a report version. */
export function titleLine(l: Listed): string {
	const line: TitleLine = [
		l.slot,
		l.title,
		l.published,
		l.sections,
		l.indicators,
		l.importedAt,
		l.origin,
		l.id,
		l.region,
	];
	return JSON.stringify(line);
}

/** A parsed title line of `<year>.titles.ndjson`, checked, by name. */
export function readTitleLine(e: unknown, year: number): Listed {
	const ok =
		Array.isArray(e) &&
		e.length === 9 &&
		typeof e[0] === 'string' &&
		typeof e[1] === 'string' &&
		isStringOrNull(e[2]) &&
		isCount(e[3]) &&
		isCount(e[4]) &&
		typeof e[5] === 'string' &&
		isStringOrNull(e[6]) &&
		typeof e[7] === 'string' &&
		typeof e[8] === 'string';
	if (!ok) throw new IndexDamaged(`${year}.titles.ndjson: a line that is not what jcfz writes`);
	const [slot, title, published, sections, indicators, importedAt, origin, id, region] = e as unknown as TitleLine;
	return {slot, title, published, sections, indicators, importedAt, origin, id, region};
}

function isFindings(v: unknown): v is CheckFindings {
	const f = v as CheckFindings | null;
	return (
		typeof f === 'object' &&
		f !== null &&
		Array.isArray(f.sections) &&
		f.sections.length === PARTS.length &&
		f.sections.every(isStringOrNull) &&
		typeof f.perThousand === 'number' &&
		Array.isArray(f.areas) &&
		f.areas.every(a => typeof a === 'string')
	);
}

/** A parsed line of `<year>.checks.ndjson`, checked. */
export function readCheckLine(e: unknown, year: number): CheckLine {
	if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string' || !isFindings(e[1]))
		throw new IndexDamaged(`${year}.checks.ndjson: a line that is not what jcfz writes`);
	return e as unknown as CheckLine;
}

/** Key ids (counts) and values (numbers, null for NaN) of a measures line, checked in one loop. */
function measureArrays(ids: readonly unknown[], values: readonly unknown[]): boolean {
	for (let k = 0; k < ids.length; k++) {
		const id = ids[k];
		const v = values[k];
		if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || (typeof v !== 'number' && v !== null))
			return false;
	}
	return true;
}

/** A parsed line of `<year>.measures.ndjson` ([slot, region, key ids, values]), checked, with its year. */
export function readMeasuresLine(e: unknown, year: number): MeasureLine {
	if (
		!Array.isArray(e) ||
		e.length !== 4 ||
		typeof e[0] !== 'string' ||
		typeof e[1] !== 'string' ||
		!Array.isArray(e[2]) ||
		!Array.isArray(e[3]) ||
		e[3].length !== e[2].length ||
		!measureArrays(e[2], e[3])
	)
		throw new IndexDamaged(`${year}.measures.ndjson: a line that is not what jcfz writes`);
	return [e[0], e[1], e[2], e[3], year] as MeasureLine;
}

/**
 * Every complete line of an NDJSON file's text, parsed: one JSON.parse of them all as an array (a year's map or
 * titles is thousands of lines; a line that is not JSON fails the whole parse, and the index is rebuilt).
 */
export function parseJsonLines(text: string): unknown[] {
	const end = text.lastIndexOf('\n') + 1;
	if (end === 0) return [];
	let body = text.slice(0, end - 1);
	// jcfz writes no blank line; a file with one is read all the same.
	if (body.includes('\n\n') || body.startsWith('\n')) body = body.split('\n').filter(Boolean).join('\n');
	body = body.replaceAll('\n', ',');
	try {
		return JSON.parse(`[${body}]`) as unknown[];
	} catch {
		throw new IndexDamaged('a line that is not JSON');
	}
}
