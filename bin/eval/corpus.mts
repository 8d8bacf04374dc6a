/**
 * Reads an evaluation corpus folder (the format of ../shared/corpus, described in its README): `manifest.tsv`,
 * one `<file>.gold.tsv` per report and `pairs.tsv`. Pure parsing of the three formats plus one function that
 * reads the folder.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

export interface ManifestRow {
	readonly file: string;
	/** The region as the report names itself ("北京市密云区", "崇义县交通运输局", "四川省人民政府"). */
	readonly region: string;
	readonly year: number;
}

export interface GoldLine {
	readonly kind: 'req' | 'opt';
	/** Top-level section number as a string; "0" before the first 一、. */
	readonly section: string;
	readonly value: number;
	/** null where the gold writes `-` (no unit). */
	readonly unit: string | null;
	readonly qualifier: string | null;
	readonly keys: readonly string[];
}

export type PairKind = 'want' | 'weak' | 'never';

export interface PairLine {
	readonly fileA: string;
	readonly fileB: string;
	readonly kind: PairKind;
	readonly valueA: number;
	readonly valueB: number;
	readonly keys: readonly string[];
}

export interface Corpus {
	readonly dir: string;
	readonly manifest: readonly ManifestRow[];
	readonly gold: ReadonlyMap<string, readonly GoldLine[]>;
	readonly pairs: readonly PairLine[];
}

/** Data rows of a TSV: comments (#) and blank lines dropped, cells split on tabs. */
function rows(text: string): string[][] {
	return text
		.split(/\r?\n/)
		.filter(line => line.trim() !== '' && !line.startsWith('#'))
		.map(line => line.split('\t'));
}

const dash = (cell: string | undefined) => (cell === undefined || cell === '-' || cell === '' ? null : cell);

export function parseManifest(text: string): ManifestRow[] {
	const [header, ...body] = rows(text);
	if (header?.[0] !== 'file') throw new Error('manifest.tsv: the first row must be the header (file, region, year, …)');
	return body.map((cells, k) => {
		const year = Number(cells[2]);
		if (!cells[0] || !cells[1] || !Number.isInteger(year))
			throw new Error(`manifest.tsv row ${k + 2}: expected file, region and year`);
		return {file: cells[0], region: cells[1], year};
	});
}

export function parseGold(text: string, name = 'gold'): GoldLine[] {
	return rows(text).map((cells, k) => {
		const [kind, section, value, unit, qualifier, keys] = cells;
		if (
			(kind !== 'req' && kind !== 'opt') ||
			section === undefined ||
			!Number.isFinite(Number(value)) ||
			keys === undefined
		) {
			throw new Error(`${name} row ${k + 1}: expected kind, section, value, unit, qualifier, keys`);
		}
		return {
			kind,
			section,
			value: Number(value),
			unit: dash(unit),
			qualifier: dash(qualifier),
			keys: keys.split('|').filter(Boolean),
		};
	});
}

export function parsePairs(text: string): PairLine[] {
	return rows(text).map((cells, k) => {
		const [fileA, fileB, kind, valueA, valueB, keys] = cells;
		if (!fileA || !fileB || (kind !== 'want' && kind !== 'weak' && kind !== 'never') || keys === undefined) {
			throw new Error(`pairs.tsv row ${k + 1}: expected fileA, fileB, kind, valueA, valueB, keys`);
		}
		return {fileA, fileB, kind, valueA: Number(valueA), valueB: Number(valueB), keys: keys.split('|').filter(Boolean)};
	});
}

export function readCorpus(dir: string): Corpus {
	const read = (name: string) => readFileSync(join(dir, name), 'utf8');
	if (!existsSync(join(dir, 'manifest.tsv')))
		throw new Error(`${dir}: no manifest.tsv; give a corpus folder (see ../shared/corpus/README.md)`);
	const manifest = parseManifest(read('manifest.tsv'));
	const gold = new Map<string, GoldLine[]>();
	for (const row of manifest) {
		const name = row.file.replace(/\.txt$/, '.gold.tsv');
		gold.set(row.file, existsSync(join(dir, name)) ? parseGold(read(name), name) : []);
	}
	const pairs = existsSync(join(dir, 'pairs.tsv')) ? parsePairs(read('pairs.tsv')) : [];
	return {dir, manifest, gold, pairs};
}
