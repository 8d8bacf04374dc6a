/**
 * Scoring of extraction, region/year and year diffs against a labelled corpus, by the rules of the corpus README.
 * Pure: inputs are the gold lines and what jcfz produced; outputs are counts.
 *
 * - Each gold line is matched to one extracted indicator with the same value (and unit, where the gold has one),
 *   `req` lines first, in file order; a candidate whose label contains a key is preferred, then one in the gold
 *   section, then the first. A match with a key counts for label recall, any match for value+unit recall.
 *   Extracted indicators left unmatched are false positives.
 * - Units are compared after folding traditional script and spelling (場(次) = 场次, 個 = 个): the gold keeps
 *   units as written, jcfz normalises them.
 */
import {normalizeUnit} from '../../src/core/units.js';
import {toSimplified} from '../../src/core/script.js';
import {foldText} from '../../src/core/text.js';
import type {GoldLine, ManifestRow, PairLine} from './corpus.mjs';

/** What the scorer needs of an extracted indicator. */
export interface Extracted {
	readonly label: string;
	readonly value: number;
	readonly unit: string;
	readonly qualifier: string | null;
	readonly sectionId: string;
}

export interface FileScore {
	readonly req: number;
	readonly opt: number;
	/** req lines matched by value (+unit). */
	readonly found: number;
	/** …of which the label contains a key. */
	readonly labelled: number;
	readonly extracted: number;
	/** Extracted indicators matched to any gold line (req or opt). */
	readonly correct: number;
	readonly clean: number;
	/** Among matched req lines: same qualifier, same top-level section. */
	readonly qualifierRight: number;
	readonly sectionRight: number;
	/** Gold lines not found, and extracted indicators matched to nothing: for the detailed report. */
	readonly missed: readonly GoldLine[];
	readonly unlabelled: readonly {readonly gold: GoldLine; readonly label: string}[];
	readonly falsePositives: readonly Extracted[];
	readonly unclean: readonly string[];
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Script and punctuation do not make a different word: 村(社区) is 村（社区）, 項 is 项. */
const fold = (text: string) => toSimplified(foldText(text));

export function unitsMatch(gold: string, extracted: string): boolean {
	return normalizeUnit(fold(gold)) === normalizeUnit(fold(extracted));
}

export function hasKey(label: string, keys: readonly string[]): boolean {
	const folded = fold(label);
	return keys.some(k => label.includes(k) || folded.includes(fold(k)));
}

const PAIRS: Readonly<Record<string, string>> = {
	'（': '）',
	'(': ')',
	'《': '》',
	'“': '”',
	'‘': '’',
	'「': '」',
	'【': '】',
	'[': ']',
	'〈': '〉',
};
const CLOSERS = new Set(Object.values(PAIRS));
/** The corpus README's stray ends, plus the "(" at either end (a label is not a parenthetical). */
const BAD_ENDS = new Set([...'、，,。；;：:的了和及与并(（']);

/**
 * A clean label, by the stricter of the corpus README and the issue: 2–20 characters, whole bracket and quote
 * pairs, no stray punctuation or bracket at either end.
 */
export function isCleanLabel(label: string): boolean {
	const chars = [...label];
	if (chars.length < 2 || chars.length > 20) return false;
	if (BAD_ENDS.has(chars[0]!) || BAD_ENDS.has(chars[chars.length - 1]!) || CLOSERS.has(chars[0]!)) return false;
	const stack: string[] = [];
	for (const ch of chars) {
		const closer = PAIRS[ch];
		if (closer) stack.push(closer);
		else if (CLOSERS.has(ch)) {
			if (stack.pop() !== ch) return false;
		}
	}
	return stack.length === 0;
}

export function scoreFile(gold: readonly GoldLine[], extracted: readonly Extracted[]): FileScore {
	const used = new Set<number>();
	const ordered = [...gold.filter(g => g.kind === 'req'), ...gold.filter(g => g.kind === 'opt')];
	let found = 0;
	let labelled = 0;
	let qualifierRight = 0;
	let sectionRight = 0;
	const missed: GoldLine[] = [];
	const unlabelled: {gold: GoldLine; label: string}[] = [];
	for (const g of ordered) {
		const candidates = extracted
			.map((e, k) => ({e, k}))
			.filter(
				({e, k}) => !used.has(k) && sameNumber(e.value, g.value) && (g.unit === null || unitsMatch(g.unit, e.unit)),
			);
		const rank = ({e}: {e: Extracted}) =>
			(hasKey(e.label, g.keys) ? 0 : 2) + (e.sectionId.split('.')[0] === g.section ? 0 : 1);
		const best = candidates.sort((x, y) => rank(x) - rank(y) || x.k - y.k)[0];
		if (!best) {
			if (g.kind === 'req') missed.push(g);
			continue;
		}
		used.add(best.k);
		if (g.kind !== 'req') continue;
		found++;
		if (hasKey(best.e.label, g.keys)) labelled++;
		else unlabelled.push({gold: g, label: best.e.label});
		if ((best.e.qualifier ?? null) === g.qualifier) qualifierRight++;
		if (best.e.sectionId.split('.')[0] === g.section) sectionRight++;
	}
	const unclean = extracted.map(e => e.label).filter(l => !isCleanLabel(l));
	return {
		req: gold.filter(g => g.kind === 'req').length,
		opt: gold.filter(g => g.kind === 'opt').length,
		found,
		labelled,
		extracted: extracted.length,
		correct: used.size,
		clean: extracted.length - unclean.length,
		qualifierRight,
		sectionRight,
		missed,
		unlabelled,
		falsePositives: extracted.filter((_, k) => !used.has(k)),
		unclean,
	};
}

/** What a plain `jcfz import FILE` made of a file's region and year (null when it refused the file). */
export interface Identified {
	readonly region: string;
	readonly year: number;
}

/** A chain of division names ("北京市", "宁波市", "山西省晋城市"): what may stand before a shorter name of the same place. */
const PARENT_CHAIN = /^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|自治州|州|盟|地区))+$/u;
const GOVERNMENT = /(?:人民政府|政府)$/u;

/**
 * Whether jcfz named the region as the manifest does. The manifest writes the report's own name for itself, so
 * "四川省人民政府" is 四川省, and "北京市密云区" may be given as 密云区 (or the other way round): one name may carry
 * the parent divisions in front of the other, nothing else.
 */
export function sameRegion(found: string, wanted: string): boolean {
	const a = found.replace(GOVERNMENT, '');
	const b = wanted.replace(GOVERNMENT, '');
	if (a === b) return true;
	const [long, short] = a.length > b.length ? [a, b] : [b, a];
	return short.length >= 2 && long.endsWith(short) && PARENT_CHAIN.test(long.slice(0, long.length - short.length));
}

export function identifiedRight(found: Identified | null, wanted: ManifestRow): boolean {
	return found !== null && found.year === wanted.year && sameRegion(found.region, wanted.region);
}

/** One aligned pair of a diff, as far as scoring cares. */
export interface DiffPair {
	readonly from: {readonly label: string; readonly value: number};
	readonly to: {readonly label: string; readonly value: number};
	/** Shown as only plausible (status "uncertain"): still a pair the diff made. */
	readonly uncertain?: boolean;
}

export interface PairScore {
	readonly want: number;
	readonly wantFound: number;
	readonly never: number;
	/** `never` lines the diff made, and pairs that joined a `want`/`weak` figure to something other than its partner. */
	readonly violations: readonly {readonly line: PairLine; readonly pair: DiffPair}[];
	readonly missedWant: readonly PairLine[];
}

export function scorePairs(
	lines: readonly PairLine[],
	pairsOf: (fileA: string, fileB: string) => readonly DiffPair[],
): PairScore {
	let wantFound = 0;
	const violations: {line: PairLine; pair: DiffPair}[] = [];
	const missedWant: PairLine[] = [];
	for (const line of lines) {
		const pairs = pairsOf(line.fileA, line.fileB);
		const key = (label: string) => hasKey(label, line.keys);
		if (line.kind === 'want') {
			const hit = pairs.some(
				p =>
					sameNumber(p.from.value, line.valueA) &&
					sameNumber(p.to.value, line.valueB) &&
					(key(p.from.label) || key(p.to.label)),
			);
			if (hit) wantFound++;
			else missedWant.push(line);
		}
		for (const pair of pairs) {
			const a = sameNumber(pair.from.value, line.valueA);
			const b = sameNumber(pair.to.value, line.valueB);
			if (line.kind === 'never') {
				if (a && b) violations.push({line, pair});
			} else if ((a && key(pair.from.label) && !b) || (b && key(pair.to.label) && !a)) {
				violations.push({line, pair});
			}
		}
	}
	return {
		want: lines.filter(l => l.kind === 'want').length,
		wantFound,
		never: lines.filter(l => l.kind === 'never').length,
		violations,
		missedWant,
	};
}
