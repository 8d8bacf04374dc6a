/**
 * Labels: the words that name what a figure counts, taken from its sentence, short enough for a table heading.
 *
 * Chinese reports put the counted thing either before the figure ("研究审议法治议题25次", "调解成功率达98%")
 * or after it ("明确50家党政部门"). The label is the clause fragment on that side, trimmed of what does not name
 * the thing: time and scope words (全年, 全市), adverbs (共, 累计, 先后), light verbs (开展, 办理, 挽回),
 * prepositional openings (对…, 为…), copulas (达, 为). Verbs that tell two measures of one thing apart stay:
 * 清理 / 废止 / 修改 规范性文件, 受理 / 办结 申请. A fragment left with only a verb borrows its object from the
 * previous figure of the sentence ("办结66件" → "办结政府信息公开申请"); "从799项削减至326项" labels both figures
 * with what was cut. Finally a label is made readable: document titles, long quoted names and long enumerations
 * give way to what they stand for, and no label starts or ends with a stray 、 or bracket.
 */
import {maxOf} from './arrays.js';
import {inertLine} from './inert.js';
import {getOrCreate} from './memo.js';
import {MEASURE_VERBS, OUTCOME_VERBS, wordsWith} from './lexicon.js';
import {isMeasureUnit} from './unit-table.js';
import {HAS_QUOTE, quotedMask, type Quantity} from './quantity.js';

/** Verbs that only say something was done; the label keeps what they act on. */
const LIGHT_VERBS = wordsWith('light');
/** Verbs that end the noun phrase after a figure ("24个市直部门开展实地督察" → 市直部门). */
const PREDICATES = wordsWith('ends');
/** Adverbs that end a noun phrase cut before its verb ("年度重点任务全面|落实"). */
const TRAILING_ADVERB = /(?:集中|全面|统一|逐一|共同|持续|深入|有效|顺利|积极|已经|正式|整合|统筹|优化)$/;
/** An outcome is kept when the label stays this short (a long clause is context, not the measure). */
const OUTCOME_MAX = 14;
const OTHER_VERBS = wordsWith('verb');
const VERBS = [...new Set([...MEASURE_VERBS, ...LIGHT_VERBS, ...OTHER_VERBS, ...wordsWith('support')])].sort(
	(a, b) => b.length - a.length,
);
/** A phrase that says what the counted thing is like: before 的 it is a modifier, the noun counted is after 的. */
const QUALITY_END = new RegExp(`(?:${wordsWith('quality').join('|')})$`, 'u');
/** 将/把 + what + where it was put (列入, 提交 …) + what was done there: the figure counts that act. */
const DISPOSAL = /^(?:将|把)[^，。]{1,20}?(?:列入|纳入|提交|提请|报请|交由)([^，。]{2,20})$/u;
/** Where it was put, then a light verb and the act (局党组会 / 进行 / 专题研究). */
const PUT_THEN_DONE = /^([^，。]{2,12}?)(?:进行|开展|予以)([^，。]{2,8})$/u;
/** What counted things did, right after them: an outcome or a verb that ends their noun phrase (上线, 申报). */
const OUTCOME_AFTER = new RegExp(`^(?:${[...wordsWith('outcome'), ...wordsWith('head-end')].join('|')})`, 'u');
/** A light verb that opens a phrase, with four or more characters after it. */
const LIGHT_START = new RegExp(`^(?:${wordsWith('light').join('|')})(?=.{4,}$)`, 'u');
/** A phrase of what a thing can be or deserves (可复制推广, 值得借鉴): before 的 it describes the noun after it. */
const MODAL_START = /^(?:可以|可|能够|能|值得|便于|易于)/u;
/** Where the noun phrase after a figure ends: a predicate or any verb (申报, first-word of 申报指标, is checked apart). */
const HEAD_ENDS = [...new Set([...PREDICATES, ...OTHER_VERBS, ...wordsWith('head-end')])];
/** The verbs a label drops (light ones) or moves in front of the object (measure verbs). */
const ACTION_VERBS = [...new Set([...LIGHT_VERBS, ...MEASURE_VERBS])];
/** Verbs that open a relative clause: "21件涉及市场主体的行政规范性文件" counts 文件, not 市场主体. */
const RELATIVE_VERBS = /^(?:涉及|涉|关于|针对|符合|属于|适用|需要|具有|存在|包括|包含|限制|面向|影响|违反|有关|与)/;
/** A change of a figure: "从799项削减至326项", "由21个工作日减少为2个工作日". */
const CHANGE_WORDS = '削减|减少|压缩|精简|缩短|压减|降低|下降|提高|提升|增加|增长|扩大|缩减|调整';
const CHANGE_VERB = new RegExp(`^(?:${CHANGE_WORDS})(?:至|为|到)$`, 'u');
/** A change to the next figure closing a phrase (…精简优化为, …压减至): the phrase before it names what changed. */
const CHANGED_INTO = new RegExp(`^(.{2,}?)(?:${CHANGE_WORDS})(?:优化|整合|合并)?(?:至|为|到)$`, 'u');
/**
 * 将/把 (or a verb that only pushes: 推动) + what + a change verb + 至: the thing brought to the figure
 * (将区级专业分中心压减至2个, 推动企业开办时间压缩至1个工作日).
 */
const CHANGED_TO = new RegExp(
	`^(?:将|把|推动|推进|促进|确保|力争)([\\u4e00-\\u9fa5（）“”]{2,20}?)(?:的数量)?(?:${CHANGE_WORDS})(?:至|为|到)$`,
	'u',
);

const CLAUSE_STOP = /[，；：。！？]/;
const LEADING =
	/^(?:[一二三四五六七八九十]是|全年|今年|当年|同年|其中|此外|同时|另外|或|[全我本][省市县区](?:共有|共)?|共计|合计|共(?![享建治同性识商青产])|先后|还|并|已|均已|现已|以及|和|及|与|、|\s)+/;
// Adverbs, not the ends of words: 平均办理 keeps its 均, 创新开展 its 新.
const ADVERB_BEFORE_VERB = new RegExp(
	`(?:共计|共|累计|先后|(?<![创更革重清])新|已|(?<!平)均|全部)(?=${VERBS.join('|')})`,
	'g',
);
const TRAILING =
	/(?:达到|达|共计|共|累计|合计|总计|分别|均(?:为|达到|达|在)?|不低于|不少于|不高于|不超过|(?<=[率量数额比])为|、|(?<![调缓])和|(?<![涉以普])及|(?<![参给])与|(?:压缩|缩短|缩减|减少|降低|下降|提高|提升|增加|增长|扩大|扩面|上升|精简|压减|延长|控制|保持|稳定|维持|(?<![削缩精压核递])[降升增减])(?:至|到|为|在))$/;
const PREPOSITION = /^(?:对|为|向|给|针对|围绕|通过|从|按照|根据)/;
const GENERIC_PREFIX = /^(?:各类|各项|各级|各种)/;
const RATE = /^[\u4e00-\u9fa5]{1,2}率$/;
/** What is left of a before-fragment that only says "in all": 共, 合计, 累计 — the figure counts the previous object. */
const SUM_ONLY = /^(?:共计|共|合计|累计|计|总计)?$/;
/** A fragment that only says how much the previous figure changed: 同比增长, 较上年下降, 比2021年增加. */
const DIRECTION = '(?:增长|增加|上升|提高|提升|下降|减少|降低|减)(?:了)?';
const CHANGE_ONLY = new RegExp(
	`^(?:同比|环比|较上年|较去年|比上年|比去年|较同期|较[^，]{0,6}年|比[^，]{0,6}年)(?:分别)?${DIRECTION}$`,
);
/** What a change is compared with, before its direction: 较上年, 同比 (分别). */
const COMPARED_WITH = new RegExp(`^.*?(?=${DIRECTION}$)`);
/** A fragment that only links a subject to its figure: 保持100%, 稳定在98%. */
const COPULA_ONLY = /^(?:保持|保持在|稳定在|维持在|均保持|均为|均达|为|达|达到)$/;
/** Labels longer than this are shortened where the text allows (enumerations, modifiers). */
const LONG = 16;

export interface Label {
	readonly label: string;
	/** The counted thing without a verb, lent to a later bare verb or rate in the same sentence. */
	readonly object: string;
}

/** By the words joined: a list written inline (['的']) is a new array at every call, and must not be a new key. */
const patterns = new Map<string, RegExp>();

/** The pattern of each word list kept in a constant: found by the list itself (joining a list of 100 verbs for a key,
 * at every call, was the labeller's costliest step). */
const listPatterns = new WeakMap<readonly string[], RegExp>();

/** One alternation per word list, longest words first, so that 组织开展 wins over 组织. */
function patternOf(words: readonly string[]): RegExp {
	const known = listPatterns.get(words);
	if (known) return known;
	const pattern = getOrCreate(
		patterns,
		words.join('|'),
		() => new RegExp([...words].sort((a, b) => b.length - a.length).join('|'), 'g'),
	);
	// Inline lists (['的']) are new arrays at every call; only the long constant ones are worth keeping by identity.
	if (words.length > 4) listPatterns.set(words, pattern);
	return pattern;
}

/** Words that contain a verb of the lists without being one: 线上线下 holds 上线, 组织部 holds 组织. */
const NOT_VERBS = /线上线下|网上网下|组织部|发布会|实施方案|实施意见|实施细则|建成区/g;

let lastCompounds: {phrase: string; spans: (readonly [number, number])[]} | undefined;

/** Where a phrase holds such words (kept for the next word list asked of the same phrase). */
function compoundsOf(phrase: string): (readonly [number, number])[] {
	if (lastCompounds?.phrase !== phrase)
		lastCompounds = {
			phrase,
			spans: [...phrase.matchAll(NOT_VERBS)].map(m => [m.index, m.index + m[0].length] as const),
		};
	return lastCompounds.spans;
}

/** Index of the first (or last) of `words` in `phrase` at or after `from`, outside quotes; -1 if none. */
function findWord(phrase: string, words: readonly string[], from = 0, last = false): {index: number; word: string} {
	const mask = HAS_QUOTE.test(phrase) ? quotedMask(phrase) : null;
	const compounds = compoundsOf(phrase);
	let best = {index: -1, word: ''};
	for (const m of phrase.matchAll(patternOf(words))) {
		if (m.index < from || mask?.[m.index] || compounds.some(([a, b]) => m.index < b && m.index + m[0].length > a))
			continue;
		best = {index: m.index, word: m[0]};
		if (!last) return best;
	}
	return best;
}

let lastMask: {text: string; mask: Uint8Array} | undefined;
/** The quote mask of a sentence, kept for its next figure: computing it per figure made long sentences quadratic. */
function sentenceMask(text: string): Uint8Array {
	if (lastMask?.text !== text) lastMask = {text, mask: quotedMask(text)};
	return lastMask.mask;
}

/** The clause fragment before the figure, back to a clause stop or the previous figure or date. */
export function textBefore(text: string, q: Quantity, boundary: number): string {
	const mask = sentenceMask(text);
	let i = q.start;
	while (i > boundary && !(CLAUSE_STOP.test(text[i - 1]!) && !mask[i - 1])) i--;
	return text.slice(i, q.start).trim();
}

/** The clause fragment after the figure, up to a clause stop or the next figure. */
export function textAfter(text: string, q: Quantity, boundary: number): string {
	const mask = sentenceMask(text);
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
	/** A verb that tells this measure apart, to put in front of the object. */
	readonly verb: string;
}

/** Cleans the fragment before a figure down to the counted thing (and the verb that distinguishes it). */
export function cleanBefore(phrase: string): Cleaned {
	let s = tidy(phrase);
	if (s.startsWith('在') && !s.startsWith('在线'))
		s = s.slice(1).replace(/^(.{2,}?)(?:上|中)(?=[\u4e00-\u9fa5])/, '$1');
	else if (PREPOSITION.test(s)) {
		const verb = findWord(s, VERBS, 1);
		if (verb.index > 0) s = s.slice(verb.index);
	}
	const verb = findWord(s, ACTION_VERBS, 0, true);
	// "合法性审查率", "按时办结率": a verb inside the name of a rate is part of the name.
	if (verb.index >= 0 && /率$/.test(s) && s.length - verb.index - verb.word.length <= 3)
		return {text: unquote(s.replace(GENERIC_PREFIX, '')), bareVerb: null, verb: ''};
	// "其中不予受理18件": a refused act is an act of its own; what it refused is the previous figure's object.
	const refused = /^(?:依法)?(?:不予|不|未|暂不)$/u.exec(s.slice(0, verb.index));
	if (refused && verb.index + verb.word.length === s.length)
		return {text: '', bareVerb: refused[0] + verb.word, verb: ''};
	// "行政复议案件受理89件": the object first, the verb last; the label reads verb + object.
	// Not a nominalised verb (合法性审查), nor one that ends a verb phrase (完成…审查).
	const ahead = s.slice(0, verb.index);
	if (
		verb.index >= 2 &&
		verb.index + verb.word.length === s.length &&
		!/[、等性]$/.test(ahead) &&
		findWord(ahead, VERBS).index < 0
	) {
		const object = headAfterDe(ahead);
		if (object.length >= 2)
			return {text: object, bareVerb: null, verb: MEASURE_VERBS.includes(verb.word) ? verb.word : ''};
	}
	let measure = MEASURE_VERBS.includes(verb.word) ? verb.word : '';
	// "制定修改2部政府规章": a run of measure verbs stays whole.
	// "发现、整改问题43项": so does a run joined by 、.
	for (let at = verb.index; measure; ) {
		const joint = s[at - 1] === '、' ? '、' : '';
		const previous = MEASURE_VERBS.find(v => s.slice(0, at - joint.length).endsWith(v));
		if (!previous) break;
		measure = previous + joint + measure;
		at -= previous.length + joint.length;
	}
	s = headAfterDe(s);
	const light = findWord(s, ACTION_VERBS, 0, true);
	if (light.index >= 0) {
		const after = s.slice(light.index + light.word.length);
		// 各类学法: the prefix stays when the rest would be too short to name anything.
		const rest = after.replace(GENERIC_PREFIX, '').length >= 3 ? after.replace(GENERIC_PREFIX, '') : after;
		if (rest === '' && light.index === 0) return {text: '', bareVerb: light.word, verb: measure};
		// "法律顾问深度参与历史遗留问题决策、疑难案件处理等": a list without its kind; who did what says more.
		if (rest.endsWith('等') && light.index >= 2)
			return {text: s.slice(0, light.index + light.word.length), bareVerb: null, verb: measure};
		// "12345政务服务便民热线受理诉求": a two-character object says little without who received it.
		const subject = s.slice(0, Math.max(0, light.index - Math.max(0, measure.length - light.word.length)));
		if (rest.length === 2 && measure && subject.length >= 4 && !PREPOSITION.test(subject))
			s = s.replace(ADVERB_BEFORE_VERB, '');
		else s = rest.length >= 2 && (rest.length >= 3 || measure) ? rest : s.replace(ADVERB_BEFORE_VERB, '');
	} else {
		// "主要领导对法治政府建设工作作出批示": what was done, not to what.
		const done = /对.{2,20}?((?:作出|进行|给予|提出)[\u4e00-\u9fa5]{2,6})$/.exec(s);
		if (done) s = done[1]!;
	}
	// "开展重大行政决策合法性审查36件": a light verb before what names the act says nothing of it.
	s = s.replace(LIGHT_START, '');
	return {text: unquote(s.length > 2 ? s.replace(GENERIC_PREFIX, '') : s), bareVerb: null, verb: measure};
}

/** The noun phrase right after a figure, cut at the first predicate: "市直部门开展实地督察" → 市直部门. */
export function headAfter(phrase: string): string {
	let s = phrase.replace(/\s+/g, '');
	// "对机关全体党员干部进行集中培训": the figure counts what is done, not whom it is done to.
	const done =
		/^(?:对|向|为|给|与)[^，。]{1,20}?(?:(?:进行|开展|实施|组织)(.{2,})|((?:作出|给予|提出)[\u4e00-\u9fa5]{2,6}))$/.exec(
			s,
		);
	if (done) return done[1] ?? done[2]!;
	// "62项考核指标精简优化为13项": the thing, then what it was changed into (the next figure).
	const changed = CHANGED_INTO.exec(s);
	if (changed) return changed[1]!;
	// "5次将法治建设相关工作列入局党组会进行专题研究": a count of times something was put before a body; what was
	// done, and where, is the measure (局党组会专题研究), not what was put there.
	const disposal = DISPOSAL.exec(s);
	if (disposal) {
		const put = PUT_THEN_DONE.exec(disposal[1]!);
		return put ? put[1]! + put[2]! : disposal[1]!;
	}
	// "83项重点事项的牵头部门": the figure counts 重点事项; "21件涉及…的规范性文件" counts 文件.
	// "52项操作性、针对性强的改革措施": what comes before 的 only says what they are like; they are 改革措施; so
	// does a phrase of what they can be ("32项可复制推广的制度创新成果" counts 制度创新成果).
	const de = findWord(s, ['的'], 0);
	if (de.index > 0)
		s =
			RELATIVE_VERBS.test(s) || QUALITY_END.test(s.slice(0, de.index)) || MODAL_START.test(s)
				? headAfterDe(s)
				: s.slice(0, de.index);
	const cut = findWord(s, HEAD_ENDS, 2);
	if (cut.index <= 0) return s;
	const head = s.slice(0, cut.index).replace(TRAILING_ADVERB, '');
	const outcome = s.slice(cut.index + cut.word.length);
	const whole = head + cut.word + outcome;
	return OUTCOME_VERBS.includes(cut.word) && outcome.length >= 2 && whole.length <= OUTCOME_MAX ? whole : head;
}

function startsWithPredicate(phrase: string): boolean {
	return PREDICATES.some(p => phrase.startsWith(p)) || /^[的了是为被]/.test(phrase);
}

/** What a passive clause after a figure says was done: "被省委主题教育办肯定推广" → 肯定推广. */
function passiveAction(after: string): string {
	const m =
		/^被(?:[\u4e00-\u9fa5]{1,14}(?:办公室|办|局|厅|部|委员会|委|院|政府|中心|组|会))?([\u4e00-\u9fa5]{2,8})$/.exec(
			after,
		);
	return m ? m[1]! : '';
}

/** A verb and the object it acts on, without saying the verb twice. */
function withVerb(verb: string, object: string): string {
	return verb && !object.includes(verb) ? verb + object : object;
}

/** Splits at `joints` (by default 、) outside brackets and quotes: "A、B（C、D）" → A, B（C、D）. */
export function enumeration(text: string, joints = '、'): string[] {
	const items: string[] = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if ('（(《“‘【'.includes(ch)) depth++;
		else if ('）)》”’】'.includes(ch)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && joints.includes(ch)) {
			items.push(text.slice(from, i));
			from = i + 1;
		}
	}
	items.push(text.slice(from));
	return items;
}

/** "A、B、C": parallel items give way to the first and 等; a list that only modifies a long last item to that item. */
function shortenList(text: string): string {
	const items = enumeration(text);
	if (items.length < 2) return text;
	const last = items[items.length - 1]!;
	// "省政府、各市（州）政府、省直有关部门年度报告率、公开率": the rates are what is measured.
	if (last.endsWith('率')) {
		const first = items.findIndex(i => i.endsWith('率'));
		return items.slice(first).join('、');
	}
	const others = maxOf(items.slice(0, -1).map(i => i.length));
	if (last.length >= 2 * others && !/等/.test(last)) return last;
	// "A、B等工作": the kind the list ends in, when it says more than 工作 or 事项.
	const tail = /等(.{2,})$/.exec(last)?.[1];
	return tail && !/^(?:工作|事项|内容|方面)$/.test(tail) ? `${items[0]}等${tail}` : `${items[0]}等`;
}

/**
 * Makes a long label readable as a table heading: 《titles》 and long “quoted names” give way to the words around
 * them, then long enumerations are shortened (a leading verb stays in front); no stray 、 or bracket is left at
 * either end.
 */
export function shorten(label: string): string {
	let s = label;
	const drop = (pattern: RegExp) => {
		const without = s.replace(pattern, '');
		if (s.length > LONG && without.length >= 2) s = without;
	};
	drop(/《[^《》]*》(?:[《》\s]*《[^《》]*》)*(?:等)?/g);
	drop(/“[^“”]{7,}”/g);
	if (s.length > LONG) {
		const verb = findWord(s, ACTION_VERBS, 0);
		const lead = verb.index === 0 ? verb.word : '';
		let object = shortenList(s.slice(lead.length));
		// Still long: what follows the last 的/和/及/中 (or a study verb) names the thing ("…研究和法学理论研究落实举措").
		if (lead.length + object.length > 20) {
			const joints = [...object.matchAll(/的|和|及|中|学习贯彻|贯彻|学习|围绕/g)].filter(
				m => object.length - m.index - m[0].length >= 4,
			);
			const joint = joints.at(-1);
			if (joint && joint.index > 0) object = object.slice(joint.index + joint[0].length);
		}
		s = lead + object;
	}
	// A stray joint at either end (but 参与, 涉及, 合并 end in one).
	s = s
		.replace(/^[、，和及与并或的（]+/, '')
		.replace(/[、，的（]+$/, '')
		.replace(/(?<![参给涉以调缓合兼])[和及与并]$/, '');
	// A quote left open by a text cut off mid-word ("服务事项“移") is dropped.
	if ((s.match(/“/g)?.length ?? 0) > (s.match(/”/g)?.length ?? 0)) s = s.slice(0, s.lastIndexOf('“'));
	// A bracket left open at either end by a cut is dropped.
	if (/^[）》”]/.test(s) || (s.match(/（/g)?.length ?? 0) !== (s.match(/）/g)?.length ?? 0))
		s = s.replace(/^[）》”]+|（[^）]*$/g, '');
	return s;
}

export interface LabelContext {
	readonly before: string;
	readonly after: string;
	/** Whether `after` runs up to the next figure ("36场受众4万余人": 受众 is the next figure's). */
	readonly afterIsNext?: boolean;
	/** The object of the previous figure in the same sentence, if any. */
	readonly previousObject: string | null;
	/** The label of that figure (a change of it reads 新收行政复议案件同比增长, verb and all). */
	readonly previousLabel?: string | null;
}

function raw(q: Quantity, ctx: LabelContext): Label {
	const after = ctx.after.replace(/\s+/g, '');
	if (q.unit === '年') {
		// A streak: "群众安全感连续十一年排名全省第一" reads as one phrase around the figure.
		const label = tidy(ctx.before) + tidy(after);
		return {label, object: label};
	}
	const before = tidy(ctx.before);
	// "组建由45名专家组成的政府法律顾问团": the members of what they make up.
	const members = /由$/u.test(before)
		? /^([\u4e00-\u9fa5]{2,10}?)(?:组成|构成)的([\u4e00-\u9fa5“”]{2,14})$/u.exec(after)
		: null;
	if (members) return {label: members[2]! + members[1]!, object: members[1]!};
	// "从799项削减至326项", "由改革前的21个工作日减少为2个工作日": both figures measure the subject.
	if (/(?:从|由)(?:改革前的?)?$/.test(before)) {
		const subject = tidy(before.replace(/(?:的?数量)?(?:平均)?(?:从|由)(?:改革前的?)?$/, ''));
		if (subject.length >= 2) return {label: subject, object: subject};
	}
	if (CHANGE_VERB.test(before) && ctx.previousObject) return {label: ctx.previousObject, object: ctx.previousObject};
	// "把62项考核指标精简优化为13项": the second figure is the first's thing, changed.
	if (ctx.previousObject && CHANGED_INTO.exec(before)?.[1] === ctx.previousObject)
		return {label: ctx.previousObject, object: ctx.previousObject};
	// "将区级专业分中心压减至2个": what was brought to the figure.
	const changedTo = CHANGED_TO.exec(ctx.before.replace(/\s+/g, '').replace(LEADING, ''));
	if (changedTo) return {label: changedTo[1]!, object: changedTo[1]!};
	if (after.startsWith('被')) {
		const action = passiveAction(after);
		if (action) return {label: action, object: action};
	}
	// "区级政务服务事项90.6%实现最多跑一次": the share of the subject that does what follows.
	if (q.unit === '%' && after !== '' && !/率$/.test(before) && /^(?:实现|支持|可|“)/.test(after)) {
		const subject = cleanBefore(ctx.before).text;
		const done = after.replace(/^(?:实现|支持|可)/, '');
		if (subject && done.length >= 2) return {label: subject + done, object: subject};
	}
	const countsWhatFollows = after !== '' && !isMeasureUnit(q.unit) && !startsWithPredicate(after);
	if (countsWhatFollows) {
		const head = headAfter(after);
		const verb = cleanBefore(ctx.before).verb;
		if (head.length >= 3) return {label: withVerb(verb, head), object: head};
		// "36场受众4万余人": a bare noun right before the next figure is that figure's.
		const own = ctx.afterIsNext && head === after ? cleanBefore(ctx.before) : null;
		if (own && own.text.length >= 3) return {label: withVerb(own.verb, own.text), object: own.text};
		// A short head ("项目", "任务") needs the verb or subject in front of it to say what it is.
		if (before.endsWith('等')) {
			const lead = VERBS.find(v => before.startsWith(v));
			const label = lead ? lead + head : tidy(after);
			return {label, object: label};
		}
		// "按要求完成40个行业上线": after a light verb, what a short head did, closing the clause (上线, 入驻), says
		// more than the words before it; a verb with an object of its own does not (选聘253名专家组建…库: 选聘专家).
		const did = OUTCOME_AFTER.exec(after.slice(head.length));
		if (did && head.length + did[0].length === after.length && LIGHT_VERBS.some(v => before.endsWith(v)))
			return {label: head + did[0], object: head};
		const label = before ? before.replace(ADVERB_BEFORE_VERB, '') + head : tidy(after);
		return {label, object: label};
	}
	// "12个典型案例，6个为全市首例": a part of what was just counted, said to be something: it counts that.
	const copula = /^(?:为|是)([\u4e00-\u9fa5]{2,10})$/u.exec(after);
	if (copula && SUM_ONLY.test(before.replace(/^其中/, '')))
		return {label: copula[1]!, object: ctx.previousObject ?? copula[1]!};
	if (SUM_ONLY.test(before) && ctx.previousObject) return {label: ctx.previousObject, object: ctx.previousObject};
	// "新收案件512件，同比增长18.5%": a change of the previous figure; the object passes on to the next figure.
	const change = CHANGE_ONLY.exec(before);
	if (change && ctx.previousObject) {
		const subject = ctx.previousLabel ?? ctx.previousObject;
		// A long subject keeps the direction of the change and drops what it is compared with (较上年增加 → 增加).
		const said = subject.length + change[0].length > LONG ? change[0].replace(COMPARED_WITH, '') : change[0];
		return {label: subject + said, object: ctx.previousObject};
	}
	// "出庭应诉率连续三年保持100%": a bare copula after a streak; the figure is the subject's, before the streak.
	if (COPULA_ONLY.test(before) && ctx.previousObject) {
		const subject = ctx.previousObject.replace(/连续.*$/, '');
		if (subject.length >= 2) return {label: subject, object: subject};
	}
	// "示范地区（单位）42个、项目15个": a list that names its modifier once; 项目 are 省级示范项目 too.
	if (
		ctx.previousObject &&
		/^\s*、/.test(ctx.before) &&
		before.length <= 2 &&
		!ACTION_VERBS.includes(before) &&
		after === ''
	) {
		const modifier = ctx.previousObject.replace(/（[^）]*）$/, '').slice(0, -2);
		if (modifier.length >= 2) return {label: modifier + before, object: modifier + before};
	}
	const cleaned = cleanBefore(ctx.before);
	if (cleaned.bareVerb) {
		const object = ctx.previousObject ?? headAfter(after);
		return {label: withVerb(cleaned.bareVerb, object), object: ctx.previousObject ?? object};
	}
	// "负责人出庭应诉率100%，败诉率6.1%": a rate after a rate is the same subject's; one rate does not qualify another.
	if (RATE.test(cleaned.text) && ctx.previousObject && !ctx.previousObject.endsWith('率')) {
		return {label: ctx.previousObject + cleaned.text, object: ctx.previousObject};
	}
	if (cleaned.text === '') {
		// "2381人次参与了法律法规知识考试": the figure counts those who did what follows.
		const label = tidy(after) || q.unit;
		return {label, object: label};
	}
	return {label: withVerb(cleaned.verb, cleaned.text), object: cleaned.text};
}

export function makeLabel(q: Quantity, context: LabelContext): Label {
	// Control sequences in a report (an ESC[31m between words) are not part of what a figure counts.
	const ctx = {...context, before: inertLine(context.before), after: inertLine(context.after)};
	const {label, object} = raw(q, ctx);
	return {label: shorten(label) || q.unit, object: shorten(object) || object};
}
