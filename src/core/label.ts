/**
 * Labels: the words that name what a figure counts, taken from its sentence.
 *
 * Chinese reports put the counted thing either before the figure ("研究审议法治议题25次", "调解成功率达98%")
 * or after it ("明确50家党政部门"). The label is the clause fragment on the right side, trimmed of what does
 * not name the thing: time and scope words (全年, 全市), adverbs (共, 累计, 先后), light verbs (开展, 办理,
 * 挽回), prepositional openings (对…, 为…) and copulas (达, 为). A fragment left with only a verb borrows
 * its object from the previous figure of the sentence ("办结66件" → "政府信息公开申请办结").
 */
import {inertLine} from './inert.js';
import {HAS_QUOTE, quotedMask, type Quantity} from './quantity.js';

/** Verbs that only say something was done; the label keeps what they act on. */
const LIGHT_VERBS = [
	'组织开展', '组织参与', '编制印发', '清理出', '开展', '组织', '参与', '提供', '办理', '办结', '发布', '完成', '接收',
	'受理', '承办', '举办', '召开', '印发', '编发', '编印', '编制', '发放', '挽回', '培育', '建立', '建成', '审核', '接受',
	'出台', '制定', '修改', '清理', '废止', '保留', '收到', '播出', '反馈', '落实', '聘任', '新增', '确定', '明确', '梳理',
	'公布', '打造', '查处', '化解', '排查', '新建', '选聘', '招录', '录用', '评选', '表彰', '推出', '上线',
];
/** Verbs that end the noun phrase after a figure ("24个市直部门开展实地督察" → 市直部门). */
const PREDICATES = [
	'开展', '进行', '参与', '参加', '担任', '符合', '实现', '完成', '开通', '通过', '入驻', '走访', '覆盖', '获得', '获评',
	'纳入', '列入', '受到', '用于', '提供', '接受', '参训', '排查', '化解', '办理', '受理', '处理', '审核', '发布', '提交', '出庭', '以及', '和', '及', '与', '并', '每', '达', '共计', '共',
	'累计', '其中', '均', '全部', '已', '被', '等', '分别', '占',
];
const OTHER_VERBS = ['作出', '研究', '审议', '审计', '走访', '部署', '推动', '推进', '解决', '指导', '检查', '督察', '督办', '进行', '担任', '实现', '通过'];
const VERBS = [...new Set([...LIGHT_VERBS, ...OTHER_VERBS])].sort((a, b) => b.length - a.length);

const CLAUSE_STOP = /[，,；;：:。！？!?]/;
const LEADING = /^(?:[一二三四五六七八九十]是|全年|今年|当年|同年|其中|此外|同时|另外|全市|全省|全县|全区|共计|合计|先后|还|并|以及|和|及|与|、|\s)+/;
const ADVERB_BEFORE_VERB = new RegExp(`(?:共计|共|累计|先后|新|已|均|全部)(?=${VERBS.join('|')})`, 'g');
const TRAILING = /(?:达到|达|共计|共|累计|合计|总计|分别|均|(?<=[率量数额比])为)$/;
const PREPOSITION = /^(?:对|为|向|给|针对|围绕|通过|在(?!线)|从|按照|根据)/;
const GENERIC_PREFIX = /^(?:各类|各项|各级|各种)/;
const RATE = /^[\u4e00-\u9fa5]{1,2}率$/;

export interface Label {
	readonly label: string;
	/** The counted thing without a borrowed verb, lent to a later bare verb or rate in the same sentence. */
	readonly object: string;
}

const patterns = new Map<readonly string[], RegExp>();

/** One alternation per word list, longest words first, so that 组织开展 wins over 组织. */
function patternOf(words: readonly string[]): RegExp {
	let re = patterns.get(words);
	if (!re) patterns.set(words, (re = new RegExp([...words].sort((a, b) => b.length - a.length).join('|'), 'g')));
	return re;
}

/** Index of the first (or last) of `words` in `phrase` at or after `from`, outside quotes; -1 if none. */
function findWord(phrase: string, words: readonly string[], from = 0, last = false): {index: number; word: string} {
	const mask = HAS_QUOTE.test(phrase) ? quotedMask(phrase) : null;
	let best = {index: -1, word: ''};
	for (const m of phrase.matchAll(patternOf(words))) {
		if (m.index < from || mask?.[m.index]) continue;
		best = {index: m.index, word: m[0]};
		if (!last) return best;
	}
	return best;
}

/** The clause fragment before the figure, back to a clause stop or the previous figure or date. */
export function textBefore(text: string, q: Quantity, boundary: number): string {
	const mask = quotedMask(text);
	let i = q.start;
	while (i > boundary && !(CLAUSE_STOP.test(text[i - 1]!) && !mask[i - 1])) i--;
	return text.slice(i, q.start).trim();
}

/** The clause fragment after the figure, up to a clause stop or the next figure. */
export function textAfter(text: string, q: Quantity, boundary: number): string {
	const mask = quotedMask(text);
	let i = q.end;
	if (text[i] === '、') return '';
	while (i < boundary && !(CLAUSE_STOP.test(text[i]!) && !mask[i])) i++;
	return text.slice(q.end, i).trim();
}

function tidy(phrase: string): string {
	let s = phrase.replace(/了(?!解)/g, '').replace(/\s+/g, '');
	for (let before = ''; before !== s; ) {
		before = s;
		s = s.replace(LEADING, '').replace(TRAILING, '');
	}
	return s;
}

/** Keeps only what follows the last 的 outside quotes: "涉及市场主体的行政规范性文件" → 行政规范性文件. */
function headAfterDe(phrase: string): string {
	const de = findWord(phrase, ['的'], 0, true);
	return de.index >= 0 && de.index < phrase.length - 1 ? phrase.slice(de.index + 1) : phrase;
}

function unquote(phrase: string): string {
	const m = /^“([^“”]*)”$/.exec(phrase);
	return m ? m[1]! : phrase;
}

interface Cleaned {
	readonly text: string;
	/** Set when all that is left is a verb: the fragment needs an object from elsewhere. */
	readonly bareVerb: string | null;
}

/** Cleans the fragment before a figure down to the counted thing. */
export function cleanBefore(phrase: string): Cleaned {
	let s = tidy(phrase);
	if (PREPOSITION.test(s)) {
		const verb = findWord(s, VERBS, 1);
		if (verb.index > 0) s = s.slice(verb.index);
	}
	s = headAfterDe(s);
	const light = findWord(s, LIGHT_VERBS, 0, true);
	if (light.index >= 0) {
		const rest = s.slice(light.index + light.word.length).replace(GENERIC_PREFIX, '');
		if (rest === '' && light.index === 0) return {text: '', bareVerb: light.word};
		s = rest.length >= 3 ? rest : s.replace(ADVERB_BEFORE_VERB, '');
	}
	return {text: unquote(s.replace(GENERIC_PREFIX, '')), bareVerb: null};
}

/** The noun phrase right after a figure, cut at the first predicate: "市直部门开展实地督察" → 市直部门. */
export function headAfter(phrase: string): string {
	const s = headAfterDe(phrase.replace(/\s+/g, ''));
	const cut = findWord(s, PREDICATES, 1);
	return cut.index > 0 ? s.slice(0, cut.index) : s;
}

function startsWithPredicate(phrase: string): boolean {
	return PREDICATES.some(p => phrase.startsWith(p)) || /^[的了是为]/.test(phrase);
}

export interface LabelContext {
	readonly before: string;
	readonly after: string;
	/** The object of the previous figure in the same sentence, if any. */
	readonly previousObject: string | null;
}

export function makeLabel(q: Quantity, raw: LabelContext): Label {
	// Control sequences in a report (an ESC[31m between words) are not part of what a figure counts.
	const ctx = {...raw, before: inertLine(raw.before), after: inertLine(raw.after)};
	const after = ctx.after.replace(/\s+/g, '');
	if (q.unit === '年') {
		// A streak: "群众安全感连续十一年排名全省第一" reads as one phrase around the figure.
		const label = tidy(ctx.before) + tidy(after);
		return {label, object: label};
	}
	const countsWhatFollows = after !== '' && !['%', '元', '百分点'].includes(q.unit) && !startsWithPredicate(after);
	if (countsWhatFollows) {
		const head = headAfter(after);
		if (head.length >= 3) return {label: head, object: head};
		// A short head ("项目", "任务") needs the verb or subject in front of it to say what it is.
		const before = tidy(ctx.before);
		if (before.endsWith('等')) {
			const verb = VERBS.find(v => before.startsWith(v));
			const label = verb ? verb + head : tidy(after);
			return {label, object: label};
		}
		const label = before ? before.replace(ADVERB_BEFORE_VERB, '') + head : tidy(after);
		return {label, object: label};
	}
	const cleaned = cleanBefore(ctx.before);
	if (cleaned.bareVerb) {
		const label = ctx.previousObject ? ctx.previousObject + cleaned.bareVerb : cleaned.bareVerb + headAfter(after);
		return {label, object: ctx.previousObject ?? label};
	}
	if (RATE.test(cleaned.text) && ctx.previousObject) {
		return {label: ctx.previousObject + cleaned.text, object: ctx.previousObject};
	}
	if (cleaned.text === '') {
		const label = tidy(after) || q.unit;
		return {label, object: label};
	}
	return {label: cleaned.text, object: cleaned.text};
}
