/**
 * Stores of jcfz 0.1 (schemas 1 and 2): an index listing every report plus one full document per report in
 * `jcfz.reports/`. They are converted once into schema 3 (store.ts does it under the lock, after a backup); the
 * reports keep their full form (legacy records) until they are imported again.
 */
import {promises as fsp} from 'node:fs';
import {dirname, join} from 'node:path';
import {JcfzError} from '../core/errors.js';
import {resolveRegion} from '../core/region/identify.js';
import type {Indicator, Report} from '../core/types.js';
import {
	indicatorCheck,
	paragraphCheck,
	schemaOf,
	sectionCheck,
	type BodyDoc,
	type BodyEntry,
	type IndexDoc,
	type LegacyReport,
} from './documents.js';
import {parseJsonDocument} from './json-file.js';
import {bodyKey, storeName} from './keys.js';
import {array, integer, object, string} from './schema.js';

interface LegacyEntry {
	readonly id: string;
	readonly region: string;
	readonly regionCode?: string;
	readonly department?: string;
	readonly year: number;
	readonly importedAt: string;
	readonly file: string;
}

const legacyEntry = object({
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
});

const legacyDoc = object({
	report: object({
		id: string,
		region: string,
		year: integer,
		title: string,
		issuer: string,
		sourceHash: string,
		preamble: array(paragraphCheck),
		sections: array(sectionCheck),
	}),
	indicators: array(indicatorCheck),
});

/** Schema 1 knew no division codes: found from the region's name as `--region` would find them. */
function withDivision<T extends {region: string; regionCode?: string; department?: string}>(
	item: T,
): T & {regionCode: string; department: string} {
	if (item.regionCode !== undefined && item.department !== undefined) {
		return {...item, regionCode: item.regionCode, department: item.department};
	}
	const {regionCode, department} = resolveRegion(item.region);
	return {...item, regionCode, department};
}

/**
 * Reads an index of schema 1 or 2 and every report document it names, and returns the same store in schema 3.
 * A `file` field is followed only when it names a file inside the reports folder (`jcfz.reports/<name>.json`).
 */
export async function convertLegacy(indexPath: string, value: unknown): Promise<{index: IndexDoc; bodies: BodyDoc[]}> {
	object({reports: array(legacyEntry)})(value);
	const entries = (value as {reports: LegacyEntry[]}).reports;
	const folder = `${storeName(indexPath)}.reports/`;
	const bodies = new Map<string, {entry: BodyEntry; doc: BodyDoc}>();
	for (const [k, e] of entries.entries()) {
		if (!e.file.startsWith(folder) || !/^[^\\/]+\.json$/.test(e.file.slice(folder.length))) {
			throw new JcfzError(
				'data',
				`${indexPath}: reports[${k}].file "${e.file}" is not a report document of this store; restore the index from a backup`,
				`${indexPath}：reports[${k}].file“${e.file}”不是本库的报告文件；请从备份恢复索引`,
			);
		}
		const path = join(dirname(indexPath), e.file);
		const text = await fsp.readFile(path, 'utf8').catch(() => {
			throw new JcfzError(
				'data',
				`${path}: the report document of ${e.id} is missing; restore the file or remove the report from the index`,
				`${path}：缺少 ${e.id} 的报告文件；请恢复该文件，或从索引中去掉这份报告`,
			);
		});
		const doc = parseJsonDocument(path, text, v => {
			schemaOf(v);
			legacyDoc(v);
			return v as {report: Report; indicators: Indicator[]};
		});
		const report = withDivision(doc.report) as Report;
		const record: LegacyReport = {legacy: true, importedAt: e.importedAt, report, indicators: doc.indicators};
		const key = bodyKey(report);
		const body = bodies.get(key) ?? {
			entry: {key, region: report.region, regionCode: report.regionCode, department: report.department, years: []},
			doc: {schemaVersion: 3, key, reports: []},
		};
		body.doc.reports.push(record);
		body.entry = {...body.entry, years: [...body.entry.years, report.year].sort((a, b) => a - b)};
		bodies.set(key, body);
	}
	for (const b of bodies.values()) {
		b.doc.reports.sort((x, y) => (x as LegacyReport).report.year - (y as LegacyReport).report.year);
	}
	return {
		index: {schemaVersion: 3, generation: 1, current: null, bodies: [...bodies.values()].map(b => b.entry)},
		bodies: [...bodies.values()].map(b => b.doc),
	};
}
