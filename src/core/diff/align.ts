/**
 * Pairs the indicators of two reports one to one. Labels are compared as a reader would: in one script, without
 * quotes, batch ordinals (首批, 第二批) or scope words (全省), 法制 read as 法治 (the word changed in 2018). A pair
 * is scored by label similarity (shared character pairs, or a long shared run: 主持召开省政府…), a shared head
 * noun, the sentence around the figure and the section title. It must measure the same kind of quantity (same
 * unit or an equivalent one); a pair whose labels are nearly the same but whose unit changed (20余个 → 40余项
 * 法治议题) is taken too, and flagged. Assignment is greedy on the global score order: the best remaining pair
 * is taken when both sides are free and the score clears the threshold. A wrong pair is worse than no pair,
 * hence the threshold.
 */
import {greedyMatch} from './greedy.js';
import {isCountUnit, unitKind} from '../unit-table.js';
import {MEASURE_VERBS, OUTCOME_VERBS, wordsWith} from '../lexicon.js';
import {getOrCreate} from '../memo.js';
import {toSimplified} from '../script.js';
import type {Indicator} from '../types.js';
import {bigrams, commonEnding, containment, headSimilarity, longestCommonRun, setSimilarity} from './similarity.js';

/**
 * Kinds of legal matter that are counted apart and never stand for one another: a label about one never pairs
 * with a label about another (受理行政复议案件 / 受理行政诉讼案件, 办结信访案件 / 办结行政复议案件), however alike
 * the rest of the words are. Synonyms share a group.
 */
const MATTERS: readonly RegExp[] = [
	/行政复议/,
	/行政诉讼|行政应诉|出庭应诉/,
	/信访/,
	/法律援助/,
	/公证/,
	/调解/,
	/仲裁/,
	/行政处罚/,
	/行政许可/,
	/行政检查/,
	/行政强制/,
	/行政裁决/,
	/司法鉴定/,
	/国家赔偿|行政赔偿/,
	/信息公开/,
	/规范性文件/,
	/规章/,
	/地方性法规/,
	/重大行政决策/,
	/法律顾问/,
];

/**
 * Sets of words that name different things, each word in its class: 刑事案件 are not 民事案件, 省级示范项目 are not
 * 市级 ones, a rise (同比增长12%) is not a fall (同比下降5%). Two labels whose words of one set fall in different
 * classes never pair; synonyms share a class (增长, 增加).
 */
const CONTRASTS: readonly (readonly RegExp[])[] = [
	[/刑事/u, /民事/u],
	[/国家级/u, /省级/u, /市级/u, /县级/u, /区级/u, /乡镇级/u, /村级/u],
	[/增长|增加|上升|提高|提升/u, /下降|减少|降低/u],
];

/** For each set of CONTRASTS, the classes a label holds as a bit set (0: none of the set). */
function contrastsOf(text: string): number[] {
	return CONTRASTS.map(set => set.reduce((bits, c, k) => (c.test(text) ? bits | (1 << k) : bits), 0));
}

function contrasted(a: readonly number[], b: readonly number[]): boolean {
	return a.some((x, k) => x !== 0 && b[k] !== 0 && x !== b[k]);
}

/** Bit set of the MATTERS a label speaks of. */
function mattersOf(text: string): number {
	let bits = 0;
	for (let k = 0; k < MATTERS.length; k++) if (MATTERS[k]!.test(text)) bits |= 1 << k;
	return bits;
}

/** The unit a unit means the same as (unit-table.ts): anything else pairs only with itself (件 never with 次). */
export {unitKind};

export const DEFAULT_MIN_SCORE = 0.45;
/** Labels at least this similar pair even when the unit changed (counts only: % and 元 never change into counts). */
const UNIT_CHANGE_LABEL = 0.8;

/**
 * Why a pair is only plausible: the unit changed (个 → 项, the same thing counted otherwise or not), or the labels
 * are too far apart to be sure (a score under SURE_SCORE). Such a pair is shown with both sentences, never as a
 * change.
 */
export type Doubt = 'unit' | 'weak';

export interface Pair {
	readonly from: number;
	readonly to: number;
	readonly score: number;
	/** The two figures are counted in different units (个 → 项): shown, but no delta is computed. */
	readonly unitChanged: boolean;
	/** null when the pair is sure; otherwise why it is only plausible. */
	readonly doubt: Doubt | null;
}

/** Below this score a pair is only plausible (doubt 'weak'): the labels share words, not what they count. */
export const SURE_SCORE = 0.5;

interface Features {
	readonly text: string;
	/** What is counted: the label, or the part before an outcome verb ("事项进驻区级大厅" counts 事项). */
	readonly head: string;
	readonly label: Uint32Array;
	readonly context: Uint32Array;
	/** The clause that states the figure, as written: what the label was cut from (lists and all). */
	readonly clause: Uint32Array;
	readonly section: Uint32Array;
	readonly kind: string;
	/** The measure verb the label opens with, '' when none. */
	readonly verb: string;
	/** A count of things (个 项 件 …), which may change unit from one year to the next. */
	readonly count: boolean;
	/** The kinds of legal matter the label speaks of (MATTERS). */
	readonly matters: number;
	/** What the words before the figure say of its scope (see scopeOf). */
	readonly scope: Scope;
	/** The classes of each set of CONTRASTS the label holds. */
	readonly contrasts: readonly number[];
	/** What was done to the counted thing, when the label ends in it (市州督察: 督察 done to 市州), and that thing. */
	readonly doneTo: {readonly action: string; readonly thing: string} | null;
}

/** Verbs a label may end in as the action done to what it counts (市州督察, 政策性文件解读). */
const ACTIONS = wordsWith('verb').sort((a, b) => b.length - a.length);

function doneToOf(text: string): Features['doneTo'] {
	const action = ACTIONS.find(v => text.endsWith(v) && text.length > v.length);
	return action ? {action, thing: text.slice(0, -action.length)} : null;
}

/**
 * Whether two labels say one action done to different things (省直部门督察 / 县督察): the things counted share
 * not one character. The same inspection of other bodies is another measure.
 */
function differentThingsDone(a: Features, b: Features): boolean {
	if (!a.doneTo || !b.doneTo || a.doneTo.action !== b.doneTo.action) return false;
	for (const ch of a.doneTo.thing) if (b.doneTo.thing.includes(ch)) return false;
	return true;
}

/**
 * What the words before a figure in its clause say it counts, apart from its label: a running total or this
 * year's (累计), at which level (全国 rounds, or the province's / city's own), and whose act (命名 confers, 推荐申报
 * nominates upward, 获评 receives). Two figures that disagree on any of these measure different things, however
 * alike their labels (我省命名5个示范项目 / 推荐申报…5个示范项目; 累计办件量 / 共产生…办件量).
 */
interface Scope {
	readonly cumulative: boolean;
	readonly level: 'national' | 'local' | null;
	readonly act: 'confer' | 'nominate' | 'receive' | 'review' | null;
	/** The bodies the clause names as acting (BODIES), a bit set; 0 when it names none. */
	readonly bodies: number;
	/** Whether the clause counts what is new this year (新建, 新增) or what stands in all (累计, 共有); null: neither. */
	readonly flow: 'new' | 'stock' | null;
}

/** What is new this year, and what stands in all: 新建 36 个 is not 累计建成 420 个. */
const FLOWS: readonly (readonly [Scope['flow'], RegExp])[] = [
	['new', /新建|新增|新设|新成立|新培育|新聘/u],
	['stock', /累计|共有|现有|总数|总量/u],
];

const CUMULATIVE = /累计|累积|历年|总计/u;
const LEVELS: readonly (readonly [Scope['level'], RegExp])[] = [
	['national', /全国|国家级/u],
	['local', /[我本全][省市区县]|[省市]级/u],
];
const ACTS: readonly (readonly [Scope['act'], RegExp])[] = [
	['nominate', /推荐|申报|报送|上报|报请/u],
	['receive', /获评|荣获|获得|入选|被评为|被命名|获批/u],
	['confer', /命名|授予|认定|表彰/u],
	// The other end of a filing: a body that reviews what others file (审查各部门报送备案的文件) files nothing upward.
	['review', /审查|审核|接收|收到/u],
];

/**
 * The bodies a clause may say act: the party committee, the government, the people's congress, the CPPCC. A
 * total of 市委 and 市政府 is not the 市委's alone, however alike the rest of the words.
 */
const BODIES: readonly RegExp[] = [
	/[省市区县州旗]委(?!员)|党委|两办|党政/u,
	/[省市区县州旗]政府|人民政府|两办|党政/u,
	/人大/u,
	/政协/u,
];

function bodiesOf(clause: string): number {
	let bits = 0;
	for (let k = 0; k < BODIES.length; k++) if (BODIES[k]!.test(clause)) bits |= 1 << k;
	return bits;
}

/**
 * The act of the clause: the act word nearest before the figure, unless a 的 follows an act word: then the words
 * up to 的 describe the thing counted and the clause's first act is its own (审查各部门报送备案的文件 reviews, it
 * files nothing; 推荐申报的项目 are nominated).
 */
function actOf(clause: string): Scope['act'] {
	const modifier = clause.lastIndexOf('的');
	let first: {value: Scope['act']; at: number} | null = null;
	for (const [value, re] of ACTS) {
		const at = clause.search(re);
		if (at >= 0 && at < modifier && (!first || at < first.at)) first = {value, at};
	}
	return first?.value ?? nearest(clause, ACTS);
}

/** The word of `table` nearest before the figure (the last in `before`), null when none. */
function nearest<T>(before: string, table: readonly (readonly [T, RegExp])[]): T | null {
	let best: {value: T; at: number} | null = null;
	for (const [value, re] of table) {
		const at = before.search(re);
		if (at >= 0 && (!best || at > best.at)) best = {value, at};
	}
	return best?.value ?? null;
}

/** A year's own total: `2023年，累计受理…`, `全年累计…` (累计 then sums the year, not the years). */
const THIS_YEAR = /(?:19|20)\d{2}\s*年|全年|今年|本年|年内|当年/u;

/**
 * The scope of a figure from the words of its clause before it; a running total (累计) only when its label says
 * so and its sentence names no year (see Scope).
 */
function scopeOf({clause, sentence}: {clause: string; sentence: string}, label: string): Scope {
	return {
		// Only a label that says so: reports write 累计 of a year's total too (累计发布…清单120条).
		cumulative: CUMULATIVE.test(label) && !THIS_YEAR.test(sentence),
		level: nearest(clause, LEVELS),
		act: actOf(clause),
		bodies: bodiesOf(clause),
		flow: nearest(clause, FLOWS),
	};
}

/** Whether two scopes disagree: one a running total and not the other, or both saying and differing. */
function scopesDiffer(a: Scope, b: Scope): boolean {
	if (a.cumulative !== b.cumulative) return true;
	if (a.level && b.level && a.level !== b.level) return true;
	if (a.bodies && b.bodies && a.bodies !== b.bodies) return true;
	if (a.flow && b.flow && a.flow !== b.flow) return true;
	return a.act !== null && b.act !== null && a.act !== b.act;
}

const SERIAL_VERB = /(主持|组织|牵头|带头|先后|集中|统一)(?:召开|开展|举办|举行|进行|实施)/g;

/** A label as compared: simplified script, 法制 → 法治, no quotes, batch ordinals, scope words or trailing 等. */
export function comparable(label: string): string {
	return (
		toSimplified(label)
			.replace(/法制/g, '法治')
			.replace(/[“”‘’《》「」"]/g, '')
			.replace(/首批|第[一二三四五六七八九十\d]+批|^(?:全省|全市|全区|全县|全年)/g, '')
			// Serial verbs say one action: 主持召开 / 主持, 组织开展 / 组织 (the second verb only says "held").
			.replace(SERIAL_VERB, '$1')
			.replace(/等$/, '')
	);
}

/** Features of many indicators; sentences and section titles are shared by several, so each is cut once. */
function featuresOf(indicators: readonly Indicator[]): Features[] {
	const memo = new Map<string, Uint32Array>();
	const grams = (text: string) => getOrCreate(memo, text, () => bigrams(toSimplified(text)));
	return indicators.map(i => {
		const text = comparable(i.label);
		const kind = unitKind(i.unit);
		return {
			text,
			head: countedPart(text),
			label: bigrams(text),
			context: grams(i.sentence),
			clause: bigrams(comparable(clauseOf(i.sentence, i.raw))),
			section: grams(i.sectionTitle),
			kind,
			verb: measureVerb(text),
			count: isCountUnit(kind),
			matters: mattersOf(text),
			scope: scopeOf(beforeFigure(i.sentence, i.raw), i.label),
			doneTo: doneToOf(text),
			contrasts: contrastsOf(text),
		};
	});
}

/** The words before the figure: in its clause (the clause of `sentence` up to `raw`) and in its sentence. */
function beforeFigure(sentence: string, raw: string): {clause: string; sentence: string} {
	const at = sentence.indexOf(raw);
	if (at < 0) return {clause: '', sentence: ''};
	let start = at;
	while (start > 0 && !/[，,；;：:。！？]/.test(sentence[start - 1]!)) start--;
	return {clause: toSimplified(sentence.slice(start, at)), sentence: sentence.slice(0, at)};
}

/** The clause of `sentence` around the first `raw` (between clause stops), or the sentence when raw is not in it. */
function clauseOf(sentence: string, raw: string): string {
	const at = sentence.indexOf(raw);
	if (at < 0) return sentence;
	const stops = /[，,；;：:。！？]/;
	let start = at;
	while (start > 0 && !stops.test(sentence[start - 1]!)) start--;
	let end = at + raw.length;
	while (end < sentence.length && !stops.test(sentence[end]!)) end++;
	return sentence.slice(start, end);
}

const OUTCOME = new RegExp(`^(.{2,}?)(?:${OUTCOME_VERBS.join('|')})`);

/** "事项进驻区级大厅": the figure counts 事项, and says what they did; the head noun is before the verb. */
function countedPart(text: string): string {
	const subject = OUTCOME.exec(text)?.[1];
	return subject && !OUTCOME_VERBS.some(v => subject.startsWith(v)) ? subject : text;
}

function features(i: Indicator): Features {
	return featuresOf([i])[0]!;
}

const CLAUSE_WEIGHT = 0.9;
/**
 * How well each label is found in the other figure's clause: a label is a cut of its clause ("主持召开省政府党组会议等"
 * of "主持召开省政府党组会议、省政府常务会议、省长专题会议"), so the clause still says what the cut left out.
 */
function clauseSimilarity(fa: Features, fb: Features): number {
	const a = containment(fa.label, fb.clause);
	const b = containment(fb.label, fa.clause);
	return (a + b) / 2;
}

const VERB_AND_HEAD = 0.6;

/** How alike a label is to the one it abbreviates ("一门率" of "一门进驻率"). */
const ABBREVIATION = 0.75;

/**
 * Whether the shorter text (3+ characters) is the longer one with characters left out, both starting alike:
 * "一门率" of "一门进驻率", "常务会议学法" of "常务会议集体学习法律法规".
 */
function isAbbreviation(a: string, b: string): boolean {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short.length < 3 || short.length === long.length || short[0] !== long[0]) return false;
	let k = 0;
	for (const ch of long) if (ch === short[k]) k++;
	return k === short.length;
}

/** How alike two labels are, 0–1: shared character pairs, or a run of three or more characters in common. */
function labelSimilarity(fa: Features, fb: Features): number {
	const shared = Math.max(setSimilarity(fa.label, fb.label), CLAUSE_WEIGHT * clauseSimilarity(fa, fb));
	if (shared === 0) return 0;
	if (isAbbreviation(fa.text, fb.text)) return Math.max(shared, ABBREVIATION);
	// The same measure verb and the same head noun (制定重点举措 / 制定…落实举措): one measure, its modifier reworded.
	const floor = fa.verb !== '' && fa.verb === fb.verb && commonEnding(fa.head, fb.head) >= 2 ? VERB_AND_HEAD : 0;
	const run = longestCommonRun(fa.text, fb.text);
	if (run.length < 3) return Math.max(shared, floor);
	// A run that opens both labels (the same verb and object: 主持召开省政府…) or ends both (the same head:
	// …法治讲座) says they measure one thing; a run that is one label's modifier and the other's head, half that.
	const aligned =
		(fa.text.startsWith(run) && fb.text.startsWith(run)) || (fa.text.endsWith(run) && fb.text.endsWith(run));
	// Like the bigram measure, the mean of the run's share of the shorter and of the longer label.
	const lengths = [fa.text.length, fb.text.length].sort((x, y) => x - y) as [number, number];
	return Math.max(shared, floor, (aligned ? 1 : 0.5) * 0.5 * (run.length / lengths[0] + run.length / lengths[1]));
}

function score(fa: Features, fb: Features, label: number): number {
	return (
		0.55 * label +
		0.2 * headSimilarity(fa.head, fb.head) +
		0.15 * setSimilarity(fa.context, fb.context) +
		0.1 * setSimilarity(fa.section, fb.section)
	);
}

/** The measure verb a label opens with (清理 of 清理规范性文件), '' when none. */
function measureVerb(text: string): string {
	return MEASURE_VERBS.find(v => text.startsWith(v)) ?? '';
}

export function pairScore(a: Indicator, b: Indicator, fa: Features = features(a), fb: Features = features(b)): number {
	if (fa.verb && fb.verb && fa.verb !== fb.verb) return 0;
	if (fa.matters && fb.matters && (fa.matters & fb.matters) === 0) return 0;
	if (contrasted(fa.contrasts, fb.contrasts)) return 0;
	if (scopesDiffer(fa.scope, fb.scope)) return 0;
	if (differentThingsDone(fa, fb)) return 0;
	// Different units: only counts of things, and only with nearly the same label (checked before the cost).
	if (fa.kind !== fb.kind && !(fa.count && fb.count)) return 0;
	const label = labelSimilarity(fa, fb);
	if (label === 0) return 0;
	// Counted otherwise, it must still be the same thing: the same head noun (议题 / 议题), not 项目 / 咨询.
	if (fa.kind !== fb.kind)
		return label >= UNIT_CHANGE_LABEL && commonEnding(fa.head, fb.head) >= 2 ? 0.9 * score(fa, fb, label) : 0;
	return score(fa, fb, label);
}

/** Up to this many pairs, every pair is scored; beyond it only likely partners are (see likelyPartners). */
const COMPARE_ALL = 250_000;
/** A character pair in more labels than this says little about which one is meant, and is not looked up. */
const COMMON_BIGRAM = 200;
/** Partners scored per figure in a large diff. */
const PARTNERS = 32;

/**
 * For large reports, where scoring every pair would be quadratic: for each earlier figure, the later figures whose
 * label or clause shares the most character pairs with its label (a pair that shares none scores 0 anyway).
 */
function likelyPartners(fa: readonly Features[], fb: readonly Features[]): number[][] {
	const postings = new Map<number, number[]>();
	for (let j = 0; j < fb.length; j++) {
		const seen = new Set<number>();
		for (const grams of [fb[j]!.label, fb[j]!.clause])
			for (const g of grams)
				if (!seen.has(g)) {
					seen.add(g);
					getOrCreate(postings, g, () => []).push(j);
				}
	}
	return fa.map(f => {
		const shared = new Map<number, number>();
		for (const g of f.label) {
			const list = postings.get(g);
			if (!list || list.length > COMMON_BIGRAM) continue;
			for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
		}
		return [...shared]
			.sort((x, y) => y[1] - x[1] || x[0] - y[0])
			.slice(0, PARTNERS)
			.map(([j]) => j);
	});
}

/**
 * For each earlier figure, every later figure that shares a character pair with it, label to label or label to
 * the other's clause: exactly the pairs whose label similarity is not 0 (the others score 0 and need no scoring).
 */
function sharingPartners(fa: readonly Features[], fb: readonly Features[]): number[][] {
	const byLabel = new Map<number, number[]>();
	const byClause = new Map<number, number[]>();
	for (let j = 0; j < fb.length; j++) {
		for (const g of fb[j]!.label) getOrCreate(byLabel, g, () => []).push(j);
		for (const g of fb[j]!.clause) getOrCreate(byClause, g, () => []).push(j);
	}
	const seen = new Int32Array(fb.length).fill(-1);
	return fa.map((f, i) => {
		const partners: number[] = [];
		const add = (list: readonly number[] | undefined) => {
			if (list)
				for (const j of list)
					if (seen[j] !== i) {
						seen[j] = i;
						partners.push(j);
					}
		};
		for (const g of f.label) {
			add(byLabel.get(g));
			add(byClause.get(g));
		}
		for (const g of f.clause) add(byLabel.get(g));
		return partners;
	});
}

export function alignIndicators(
	from: readonly Indicator[],
	to: readonly Indicator[],
	minScore = DEFAULT_MIN_SCORE,
): Pair[] {
	const fa = featuresOf(from);
	const fb = featuresOf(to);
	const candidates: Pair[] = [];
	const consider = (i: number, j: number) => {
		const s = pairScore(from[i]!, to[j]!, fa[i], fb[j]);
		if (s < minScore) return;
		const unitChanged = fa[i]!.kind !== fb[j]!.kind;
		candidates.push({
			from: i,
			to: j,
			score: s,
			unitChanged,
			doubt: unitChanged ? 'unit' : s < SURE_SCORE ? 'weak' : null,
		});
	};
	if (from.length * to.length <= COMPARE_ALL) {
		for (const [i, js] of sharingPartners(fa, fb).entries()) for (const j of js) consider(i, j);
	} else {
		for (const [i, js] of likelyPartners(fa, fb).entries()) for (const j of js) consider(i, j);
	}
	return greedyMatch(candidates);
}
