/**
 * Measures across reports: figures of different reports and years that measure the same thing. Pure.
 *
 * A figure's **key** is what it counts as a reader compares labels (the diff's `comparable`), the kind of its unit
 * and the area of its section: `enforcement|件|行政复议案件`. Figures with one key are one measure wherever they
 * stand. Two keys join when the diff pairs their figures between consecutive years of one body (a reworded label:
 * 受理行政复议案件 → 办理行政复议案件), within one area and one kind of unit, and only a sure pair (an uncertain one,
 * a unit change or a weak score, joins nothing). Joins are transitive (union–find over keys): a measure is a
 * connected set of keys. Nothing compares every pair: a body's two years are aligned on the figures whose keys the
 * other year lacks, and keys are joined, not figures.
 *
 * A measure's id is a hash of its commonest key (`m` and 8 hex digits): the same store gives the same ids, on every
 * run and after a reindex; a measure that a new report joins to a larger one takes that one's id. Its name is the
 * label as written of its commonest key.
 */
import {alignIndicators, comparable} from './diff/align.js';
import {areaOf, areasOf} from './areas.js';
import {getOrCreate} from './memo.js';
import type {Indicator, Report} from './types.js';
import {unitKind} from './unit-table.js';

/** What has no area (a report's introduction, a section the vocabulary does not name) is filed under this. */
export const NO_AREA = '-';

/**
 * The key of every figure of a report, in order. The reporting place's own name in a label is not what is counted
 * (《长治市无证明事项清单》 is every city's 《…无证明事项清单》): it reads as 本市 (本省, 本县, 本区, 本地).
 */
export function measureKeys(
	report: Pick<Report, 'sections'> & Partial<Pick<Report, 'region' | 'department' | 'town'>>,
	indicators: readonly Indicator[],
	labels: readonly string[] = measureLabels(report, indicators),
): string[] {
	const areas = areasOf(report);
	return labels.map((label, k) =>
		keyOf(areaOf(areas, indicators[k]!.sectionId)?.area.id ?? NO_AREA, indicators[k]!.unit, label),
	);
}

/** Each figure's label with the reporting place's own name read as 本市 (本省, 本县, 本区, 本地): a measure's name. */
export function measureLabels(
	report: Partial<Pick<Report, 'region' | 'department' | 'town'>>,
	indicators: readonly Indicator[],
): string[] {
	const own = ownNames(report);
	const self = `本${/[省市县区]$/u.exec(own[own.length - 2] ?? own[0] ?? '')?.[0] ?? '地'}`;
	return indicators.map(i => {
		let label = i.label;
		for (const name of own) if (label.includes(name)) label = label.replaceAll(name, self);
		return label;
	});
}

/**
 * The reporting place's names: as filed without its department or town (北京市密云区), its own division (密云区)
 * and that one's short name (密云), longest first; none shorter than two characters.
 */
function ownNames(report: Partial<Pick<Report, 'region' | 'department' | 'town'>>): string[] {
	let place = report.region ?? '';
	for (const tail of [report.department, report.town])
		if (tail && place.endsWith(tail)) place = place.slice(0, -tail.length);
	const own =
		/[^省市县区州盟旗]{1,8}(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|旗|区)$/u.exec(place)?.[0] ?? place;
	const short = own.replace(/(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|旗|区)$/u, '');
	return [place, own, short]
		.filter((n, k, all) => n.length >= 2 && all.indexOf(n) === k)
		.sort((a, b) => b.length - a.length);
}

/** Labels as compared, kept: the same labels come back report after report (cleared when it grows large). */
const compared = new Map<string, string>();

export function keyOf(area: string, unit: string, label: string): string {
	let c = compared.get(label);
	if (c === undefined) {
		if (compared.size >= 100_000) compared.clear();
		c = comparable(label);
		compared.set(label, c);
	}
	return `${area}|${unitKind(unit)}|${c}`;
}

/** The parts of a key: area id, kind of unit, label as compared. */
export function keyParts(key: string): {area: string; unit: string; label: string} {
	const a = key.indexOf('|');
	const b = key.indexOf('|', a + 1);
	return {area: key.slice(0, a), unit: key.slice(a + 1, b), label: key.slice(b + 1)};
}

export interface KeyedYear {
	readonly indicators: readonly Indicator[];
	/** measureKeys of the indicators. */
	readonly keys: readonly string[];
}

/**
 * The keys two years of one body join: the diff's sure pairs between the figures whose key the other year lacks,
 * in the same area and kind of unit (the area and the kind are in the key: the first two of its parts).
 */
export function measureLinks(a: KeyedYear, b: KeyedYear): [string, string][] {
	const inB = new Set(b.keys);
	const inA = new Set(a.keys);
	const restA = a.keys.flatMap((_, k) => (inB.has(a.keys[k]!) ? [] : [k]));
	const restB = b.keys.flatMap((_, k) => (inA.has(b.keys[k]!) ? [] : [k]));
	if (restA.length === 0 || restB.length === 0) return [];
	const pairs = alignIndicators(
		restA.map(k => a.indicators[k]!),
		restB.map(k => b.indicators[k]!),
	);
	const links: [string, string][] = [];
	for (const p of pairs) {
		if (p.doubt) continue;
		const ka = a.keys[restA[p.from]!]!;
		const kb = b.keys[restB[p.to]!]!;
		if (ka !== kb && scopeOf(ka) === scopeOf(kb)) links.push([ka, kb]);
	}
	return links;
}

/** Area and kind of unit: the part of a key two joined keys share. */
function scopeOf(key: string): string {
	return key.slice(0, key.indexOf('|', key.indexOf('|') + 1));
}

/** How often a key was seen, and the label as written that stands for it (the first one seen). */
export interface KeyCount {
	readonly key: string;
	readonly label: string;
	figures: number;
}

export interface Measure {
	readonly id: string;
	readonly name: string;
	/** Area id (NO_AREA when none). */
	readonly area: string;
	/** The kind of unit (unit-table.ts). */
	readonly unit: string;
	/** The keys it joins, commonest first. */
	readonly keys: readonly string[];
}

/** FNV-1a, 32 bits, as 8 hex digits: an id that is the same on every machine and run. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let k = 0; k < text.length; k++) {
		h ^= text.charCodeAt(k);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

export const measureIdOf = (key: string) => `m${hash(key)}`;

/** The measures that keys and links form: each key in exactly one, by union–find. */
export function groupMeasures(counts: readonly KeyCount[], links: Iterable<readonly [string, string]>): Measure[] {
	const index = new Map(counts.map((c, k) => [c.key, k]));
	const parent = counts.map((_, k) => k);
	const find = (k: number): number => {
		while (parent[k] !== k) {
			parent[k] = parent[parent[k]!]!;
			k = parent[k]!;
		}
		return k;
	};
	for (const [a, b] of links) {
		const x = index.get(a);
		const y = index.get(b);
		if (x === undefined || y === undefined) continue;
		const [rx, ry] = [find(x), find(y)];
		if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
	}
	const groups = new Map<number, KeyCount[]>();
	for (const [k, c] of counts.entries()) getOrCreate(groups, find(k), () => []).push(c);
	const measures: Measure[] = [];
	for (const members of groups.values()) {
		members.sort((x, y) => y.figures - x.figures || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
		const top = members[0]!;
		const {area, unit} = keyParts(top.key);
		measures.push({id: measureIdOf(top.key), name: top.label, area, unit, keys: members.map(m => m.key)});
	}
	return measures;
}

/** Key → its measure, for lookups. */
export function measureOfKey(measures: readonly Measure[]): Map<string, Measure> {
	const out = new Map<string, Measure>();
	for (const m of measures) for (const k of m.keys) out.set(k, m);
	return out;
}

/**
 * The measure a query names: its id (m1a2b3c4d), else the one whose name is the query, else whose name or keys
 * hold it as compared (the one in most reports first, as the caller orders them). null when none.
 */
export function measureNamed<M extends Measure>(measures: readonly M[], query: string): M | null {
	const q = query.trim();
	if (/^m[0-9a-f]{8}$/.test(q)) return measures.find(m => m.id === q) ?? null;
	const compared = comparable(q);
	return (
		measures.find(m => m.name === q) ??
		measures.find(m => m.keys.some(k => keyParts(k).label === compared)) ??
		measures.find(m => m.keys.some(k => keyParts(k).label.includes(compared))) ??
		null
	);
}
