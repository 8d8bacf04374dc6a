/**
 * Who reports, and on which year: read from the document, with the gazetteer, in order of trust —
 *
 * 1. the title block (`中共禹王台区委 禹王台区人民政府 关于2022年度…的报告`, `崇义县交通运输局2023年度…`);
 * 2. the subject of the opening paragraph (`2023年，云南省委、省政府坚持…`, `…，司法部发布2023年…报告`);
 * 3. when the opening only says 我市 / 全市 / 省政府, the division of that level the text names most (in its
 *    own regulations' titles, `法治宁波`, at the start of a clause), if one clearly stands out.
 *
 * Superiors are not the author: names inside `在…领导下`, and the addressee of a salutation, do not count as the
 * subject. Level words (我市, 本县, 全区) are never a region. Pure; the caller passes simplified-script text.
 */
import {namesOrgans} from '../addressees.js';
import {note, type Note} from '../notes.js';
import type {Reporter} from '../types.js';
import {NATIONAL_DEPARTMENTS, SYSTEM_DEPARTMENTS, isDepartment} from './departments.js';
import {
	displayName,
	divisionByCode,
	divisionsNamed,
	parentOf,
	findMentions,
	NATIONAL,
	within,
	type Division,
	type Mention,
} from './gazetteer.js';
import {getOrCreate} from '../memo.js';
import {yearIn} from '../title.js';

/** Who reports (region '' when none was found) and on which year, as read from a document. */
export interface Identity extends Reporter {
	readonly year: number | null;
	/** Where the year came from, for a warning when it was not the title. */
	readonly yearSource: 'title' | 'speech' | 'text' | null;
	/** Things a person should check, and what was seen when nothing was found. */
	readonly notes: readonly Note[];
	/** Why: where the region and the year were read, and the words that decided (`import --json` shows it). */
	readonly evidence: Evidence;
}

/** Where a decision was read, and the words that made it. */
export interface Reason {
	/**
	 * title, opening (the subject of the first paragraph), speech (the congress a speech line names), mentions (the
	 * place of the opening's level the text names most), places below (the province or city of the places named),
	 * issuer (an organ line above the body, outside the title), publisher (the page's publisher line); for the
	 * year: title, text, speech (the date of the speech line); null when nothing was found.
	 */
	readonly how: string | null;
	readonly text: string;
}

export interface Evidence {
	readonly region: Reason;
	readonly year: Reason;
}

export interface Document {
	readonly title: string;
	readonly salutations: readonly string[];
	readonly speech: string | null;
	/** Organ lines above the body outside the title (`某某市人民政府` over a salutation): the speaker's own name. */
	readonly issuers?: readonly string[];
	/** Who published the page, from its chrome (`来源：沈河区人民政府`): a last resort, as a page may be a copy. */
	readonly publishers?: readonly string[];
	/** The first paragraphs, in reading order. */
	readonly opening: readonly string[];
	/** The first paragraph under the first top-level section (一、), where a year may open the account. */
	readonly firstUnderOne?: string;
	/** Titles of the top-level sections ("2021年主要工作" carries a year). */
	readonly headings: readonly string[];
	/** All the text, for counting mentions. */
	readonly text: string;
}

type Level = 'province' | 'city' | 'county' | 'district';

interface Found {
	readonly division: Division | null;
	/** The name as written, for a place not in the gazetteer. */
	readonly name: string;
	readonly department: string;
	readonly town?: string;
	readonly how: string;
	/** The words that decided (a title, a clause, the places counted). */
	readonly text?: string;
}

/** What may follow a government's name in a title or as a subject. */
const AFTER_NAME =
	/^(?:人民政府|政府|党委|委员会|委|人大|\s|[（、，]|关于|\d|[〇零一二三四五六七八九]{4}|年|的|法治|法制|依法|$)/u;
const UNKNOWN_NAME =
	/^(?:中共|中国共产党)?([\u4e00-\u9fff]{2,10}?(?:特别行政区|自治区|自治州|自治县|新区|地区|省|市|州|盟|县|旗|区))(?=人民政府|政府|委|\s|关于|\d|年|的|$)/u;
const LEVEL_WORD = /^[我本全该各]/u;

/**
 * A town, street or development zone written right after its county (or alone at the start of a title), before
 * a government word: 龙港镇, 西城街道(办事处), 某某经济开发区(管委会). Its name without 办事处/管委会.
 */
const TOWN =
	/^([\u4e00-\u9fff]{1,10}?(?:民族乡|镇|乡|街道|苏木|(?:经济技术|高新技术产业|经济|高新|综合保税)?(?:开发区|产业园区|园区)))(?:办事处|管理委员会|管委会)?(?=人民政府|政府|党委|党工委|委员会|\s|关于|[（、，]|\d|[〇零一二三四五六七八九]{4}|年|的|$)/u;

export function townAt(text: string): string {
	const m = TOWN.exec(text);
	if (!m || LEVEL_WORD.test(m[1]!) || isDepartment(m[1]!)) return '';
	return m[1]!;
}

/** A department name written right after a place (or after a level word: 省政务办). */
function departmentAt(text: string): string {
	const m = /^([\u4e00-\u9fff]{2,16}?)(?=关于|[（\s\d〇零]|[一二三四五六七八九]{4}年|年度|的|$)/u.exec(text);
	return m && isDepartment(m[1]!) ? m[1]! : '';
}

function nationalDepartmentAt(text: string): string {
	return NATIONAL_DEPARTMENTS.find(d => text.startsWith(d)) ?? '';
}

/** Picks the division a name means: the one inside a division named nearby, else the only (current) one. */
function choose(mention: Mention, context: readonly Division[]): Division | null {
	const current = mention.divisions.filter(d => !d.former);
	const options = current.length ? current : mention.divisions;
	if (options.length === 1) return options[0]!;
	const inside = options.filter(d => context.some(c => c.code !== d.code && within(d, c)));
	return inside.length === 1 ? inside[0]! : null;
}

/**
 * What may stand right before the name a title opens with: a joint (中共某某县委 某某县人民政府, 关于), the year
 * the report is on (2023年度某某县…, 二〇二三年度…), a column tag (【法治建设报告】某某县…).
 */
const TITLE_LEAD = /(?:^|[\s于共、委府局】\]])$|^\s*(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年度?$/u;

function fromTitle(title: string): Found | null {
	// "某某县人民政府办公室关于印发某某县2023年法治政府建设年度报告的通知": the office sends the report; whose it is,
	// the report's own name says.
	const sent = /关于(?:印发|转发|报送)《?(.{6,80}?(?:报告|情况))》?的(?:通知|函)$/u.exec(title);
	if (sent) {
		const own = fromTitle(sent[1]!);
		if (own) return own;
	}
	const text = title.replace(/（[^）]*）/g, m => ' '.repeat(m.length));
	const national = NATIONAL_DEPARTMENTS.find(d => text.includes(d));
	const every = findMentions(text);
	const mentions = every.filter((m, k, all) => {
		const leftOk = TITLE_LEAD.test(text.slice(0, m.start)) || all[k - 1]?.end === m.start;
		const after = text.slice(m.end);
		return leftOk && (AFTER_NAME.test(after) || departmentAt(after) !== '' || townAt(after) !== '');
	});
	if (mentions.length === 0) {
		if (national) return {division: NATIONAL, name: NATIONAL.name, department: national, how: 'title'};
		// "2023年度法治政府建设情况报告 （某某市人民政府）": the issuer in brackets under the title.
		for (const m of title.matchAll(/（([^（）]{3,30})）/gu))
			if (namesOrgans(m[1]!)) {
				const issuer = fromTitle(m[1]!);
				if (issuer) return issuer;
			}
		const town = townAt(text.trimStart().replace(/^(?:中共|中国共产党)/u, ''));
		if (town) return {division: null, name: '', department: '', town, how: 'title'};
		const level = /^\s*(?:中共)?([省市县区])([\u4e00-\u9fff]{2,14})/u.exec(text);
		const department = level ? departmentAt(level[2]!) : '';
		if (level && department) return {division: null, name: '', department: `${level[1]}${department}`, how: 'title'};
		const start = text.search(/\S/);
		const unknown = UNKNOWN_NAME.exec(text.slice(start).replace(/^关于/, ''));
		if (unknown && !LEVEL_WORD.test(unknown[1]!) && divisionsNamed(unknown[1]!).length === 0) {
			return {
				division: null,
				name: unknown[1]!,
				department: departmentAt(text.slice(start + unknown[0].length)),
				how: 'title',
			};
		}
		return null;
	}
	// Every place the title names helps choose among namesakes: 石家庄市桥西区 is the 桥西区 of 石家庄市.
	const context = every.flatMap(m => m.divisions);
	// The deepest place named: 宁波市奉化区 is 奉化区.
	const ranked = mentions.map(m => ({m, d: choose(m, context)})).sort((a, b) => (b.d?.level ?? 0) - (a.d?.level ?? 0));
	const best = ranked[0]!;
	const after = text.slice(best.m.end).trimStart();
	const town = townAt(after);
	return {
		division: best.d,
		name: best.m.name,
		department: town ? '' : departmentAt(after),
		...(town ? {town} : {}),
		how: 'title',
	};
}

/** The opening without what names superiors: 《titles》, “quotes” and 在…领导下 phrases (same length). */
function maskSuperiors(text: string): string {
	return text.replace(/《[^》]*》|“[^”]*”|在[^，。；]{0,40}?(?:领导|指导|监督|支持|关心)下/gu, m =>
		'·'.repeat(m.length),
	);
}

/** Clause starts of the opening: after a stop, a year (2023年，) or 据…消息. */
function clauseStarts(text: string): number[] {
	const starts: number[] = [];
	// After an opening year (2022年，…) or the words that present the report (现将2023年度某某市…报告如下).
	for (const m of text.matchAll(
		/(?:^|[，。；：\s])\s*(?:现将|现就)?\s*(?:(?:19|20)\d{2}\s*年(?:度|以来)?\s*[，、]?\s*)?/gu,
	))
		starts.push(m.index + m[0].length);
	return [...new Set(starts)];
}

/**
 * The subject of the opening: the first clause that starts with who acts. A place (永嘉县, 永嘉县司法局) is the
 * author; a level word (全省各级政府, 市公安局, 我市) says the author speaks of itself at that level without its name,
 * and no place named in a later clause (驻马店市获评…, an object) takes its place.
 */
function fromOpening(opening: string): Found | null {
	const text = maskSuperiors(opening.slice(0, 400));
	const mentions = findMentions(text).filter(m => m.name.length >= 3);
	/** The level the author spoke of itself at (我市), once it has: a later place must be of that level. */
	let spoken: Level | null = null;
	for (const start of clauseStarts(text)) {
		const rest = text.slice(start);
		const national = nationalDepartmentAt(rest);
		if (national && !spoken) return {division: NATIONAL, name: NATIONAL.name, department: national, how: 'opening'};
		const m = mentions.find(x => x.start === start);
		if (m) {
			const d = choose(
				m,
				mentions.flatMap(x => x.divisions),
			);
			if (!spoken || (d && fitsLevel(d, spoken)))
				return {
					division: d,
					name: m.name,
					department: departmentAfter(text.slice(m.end)),
					how: 'opening',
					text: clause(rest),
				};
			continue;
		}
		if (spoken) continue;
		// 市公安局认真…: a department of a level, its place named elsewhere (identify looks for it).
		const level = /^([省市县区])([\u4e00-\u9fff]{2,14})/u.exec(rest);
		const department = level ? departmentAfter(level[2]!) : '';
		if (level && department)
			return {division: null, name: '', department: `${level[1]}${department}`, how: 'opening', text: clause(rest)};
		const word = LEVEL_SUBJECT.exec(rest);
		if (word) spoken = levelFromPrefix(word[0].replace(/^[我本全]/u, ''));
	}
	return null;
}

/** The first clause of `text`, as evidence. */
const clause = (text: string) => text.slice(0, 60).split(/[，。；]/u)[0]!;

/** A clause that starts with the author speaking of itself by its level: 全省各级政府, 我市, 省政府, 本县. */
const LEVEL_SUBJECT = /^(?:[我本全][省市县区]|[省市县区](?:人民)?政府)/u;

/** Where a department's name ends in running text: at its own last character (局 厅 委 办 …), before a verb. */
const DEPARTMENT_END = /^([\u4e00-\u9fff]{1,15}?(?:局|厅|委员会|委|办公室|办|署))/u;

/** A department right after a place in a sentence (永嘉县司法局在县委…): the shortest such name that is one. */
function departmentAfter(text: string): string {
	const strict = departmentAt(text);
	if (strict || /^(?:人民)?政府|^党委|^委员会/u.test(text)) return strict;
	const m = DEPARTMENT_END.exec(text);
	return m && isDepartment(m[1]!) ? m[1]! : '';
}

/**
 * The people's congress a speech line names (`在鄂尔多斯市第五届人民代表大会常务委员会…会议上`): a government reports
 * to the congress of its own place.
 */
function fromSpeech(speech: string | null): Found | null {
	if (!speech) return null;
	const mentions = findMentions(speech).filter(m => /^(?:第.{1,4}届)?(?:人民代表大会|人大)/u.test(speech.slice(m.end)));
	const last = mentions.at(-1);
	if (!last) return null;
	const d = choose(
		last,
		mentions.flatMap(m => m.divisions),
	);
	return d ? {division: d, name: d.name, department: '', how: 'speech', text: speech} : null;
}

/** The body an organ line above the body names (`某某市人民政府` over `主任、副主任…：`), read as a title is. */
function fromIssuers(issuers: readonly string[]): Found | null {
	for (const line of issuers) {
		const found = fromTitle(line);
		if (found && (found.division || found.name)) return {...found, how: 'issuer', text: line};
	}
	return null;
}

/** A government that published the page (`来源：沈河区人民政府`), when nothing in the document names one. */
function fromPublishers(publishers: readonly string[]): Found | null {
	for (const p of publishers) {
		const m = /^([\u4e00-\u9fff]{2,20}?)(?:人民政府|政府)(?:办公室|办公厅)?$/u.exec(p);
		if (!m) continue;
		const mentions = findMentions(m[1]!);
		const last = mentions.at(-1);
		if (!last || last.end !== m[1]!.length) continue;
		const d = choose(
			last,
			mentions.flatMap(x => x.divisions),
		);
		if (d) return {division: d, name: d.name, department: '', how: 'publisher', text: p};
	}
	return null;
}

const LEVEL_WORDS: readonly (readonly [Level, RegExp])[] = [
	['province', /我省|全省|本省|省政府|省人民政府|省委/u],
	['city', /我市|全市|本市|市政府|市人民政府|市委/u],
	['county', /我县|全县|本县|县政府|县人民政府|县委/u],
	['district', /我区|全区|本区|区政府|区人民政府|区委/u],
];

/** The level the opening speaks at (我市 → city), the first level word outside what names superiors. */
function levelOf(opening: string): Level | null {
	const text = maskSuperiors(opening.slice(0, 300));
	let best: {level: Level; at: number} | null = null;
	for (const [level, re] of LEVEL_WORDS) {
		const at = text.search(re);
		if (at >= 0 && (!best || at < best.at)) best = {level, at};
	}
	return best?.level ?? null;
}

function fitsLevel(d: Division, level: Level): boolean {
	if (level === 'province') return d.level === 1 && !d.name.endsWith('市');
	if (level === 'city') return d.name.endsWith('市') || (d.level === 2 && /(?:地区|州|盟)$/u.test(d.name));
	if (level === 'county') return d.level === 3 && /(?:县|旗)$/u.test(d.name);
	return (d.level === 3 && d.name.endsWith('区')) || (d.level === 1 && d.name.endsWith('自治区'));
}

/**
 * The division of `level` the whole text names most: in the title of a document (《宁波市…》, 2 points), as
 * 法治X (2), at the start of a clause (3), elsewhere (1). It must stand out: at least 2 points (1 for a province,
 * which a report rarely names unless it is its own), and more than any other.
 */
function byMentions(text: string, level: Level, salutations: readonly string[]): Found | null {
	const scores = new Map<string, {d: Division; score: number}>();
	const add = (d: Division, points: number) => {
		getOrCreate(scores, d.code, () => ({d, score: 0})).score += points;
	};
	for (const m of findMentions(text)) {
		if (m.name.length < 3) continue;
		const d = choose(m, []);
		if (!d || !fitsLevel(d, level)) continue;
		const before = text[m.start - 1] ?? '';
		add(d, before === '《' ? 2 : before === '' || /[，。；：\n]/u.test(before) ? 3 : 1);
	}
	for (const m of text.matchAll(/法治([\u4e00-\u9fff]{2,3})/gu)) {
		for (const d of [
			...divisionsNamed(`${m[1]}市`),
			...divisionsNamed(`${m[1]}省`),
			...divisionsNamed(`${m[1]}县`),
			...divisionsNamed(`${m[1]}区`),
		]) {
			if (!d.former && fitsLevel(d, level)) add(d, 2);
		}
	}
	for (const s of salutations)
		for (const m of findMentions(s)) for (const d of m.divisions) if (!d.former && fitsLevel(d, level)) add(d, 1);
	const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
	const [first, second] = ranked;
	if (!first || first.score < (level === 'province' ? 1 : 2) || (second && second.score === first.score)) return null;
	return {
		division: first.d,
		name: first.d.name,
		department: '',
		how: 'mentions',
		text: `${first.d.name} (${first.score} points${second ? `; next ${second.d.name}, ${second.score}` : ''})`,
	};
}

/**
 * A province or city that never names itself, by the places below it that it names: a provincial report names its
 * cities (驻马店市获评…), a city's its districts and counties. Every one of them (at least one for a province, two
 * for a city) must lie in the same division of `level`, and a place a salutation names does not count.
 */
function byContainment(text: string, level: Level, salutations: readonly string[]): Found | null {
	if (level !== 'province' && level !== 'city') return null;
	const addressed = new Set(salutations.flatMap(s => findMentions(s).map(m => m.name)));
	const above = new Map<string, Division>();
	const named = new Set<string>();
	let count = 0;
	for (const m of findMentions(text)) {
		if (addressed.has(m.name)) continue;
		const current = m.divisions.filter(d => !d.former);
		if (current.length !== 1) continue;
		const d = current[0]!;
		let up: Division | undefined = d;
		while (up && up.level > (level === 'province' ? 1 : 2)) up = parentOf(up);
		if (!up || up.code === d.code) continue;
		above.set(up.code, up);
		named.add(m.name);
		count++;
	}
	const [only] = [...above.values()];
	if (above.size !== 1 || count < (level === 'province' ? 1 : 2) || !only || !fitsLevel(only, level)) return null;
	return {division: only, name: only.name, department: '', how: 'places below', text: [...named].join('、')};
}

/** The department a report speaks for when its title is lost: 我局 and 全市司法行政系统 → 司法局. */
function departmentFromText(opening: string, level: Level | null): string {
	const text = opening.slice(0, 600);
	if (!/我局|本局|我厅|本厅|我委|我办/u.test(text)) return '';
	for (const [system, names] of Object.entries(SYSTEM_DEPARTMENTS)) {
		if (new RegExp(`[全我本][省市县区]${system}系统`, 'u').test(text))
			return level === 'province' ? names.province : names.local;
	}
	return '';
}

/** A speech line's date: `——2023年2月20日在…会议上`, `（2024年5月28日在…）`. */
const SPEECH_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/u;
/** A paragraph that opens with its year: `2022年，全市…`, `2022年以来`. */
const OPENS_WITH_YEAR = /^\s*((?:19|20)\d{2})\s*年/u;

/**
 * The year reported on, in order of trust: the title; the opening naming a year's rule-of-law work (2022年法治
 * 政府建设); the date of the speech line — a report given in the first half of a year is the annual report on the
 * year before (2023年2月 → 2022), one given later reports on its own year (今年以来); the first opening paragraph, or
 * the first paragraph under 一、, when it opens with a year; a top-level heading that opens with one.
 */
function yearOf(doc: Document): {year: number | null; source: Identity['yearSource']; text: string} {
	// Brackets hold dates and drafts (（2024年3月）, （审议稿）), unless they hold the year alone: 法治政府建设年度报告（2023年）.
	const bracketYear = /（\s*((?:19|20)\d{2})\s*年度?\s*）/u.exec(doc.title)?.[1];
	const title = yearIn(doc.title.replace(/（[^）]*）/g, '')) ?? (bracketYear ? Number(bracketYear) : null);
	if (title !== null) return {year: title, source: 'title', text: doc.title};
	const opening = doc.opening.join('\n');
	// The body's name may stand between (现将2023年度东阳市法治政府建设情况报告如下).
	const named =
		/((?:19|20)\d{2})\s*年\s*度?\s*的?\s*(?:[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|旗|盟|局|厅|委|办|政府))?\s*的?\s*法治政府建设/u.exec(
			maskTitles(opening),
		);
	if (named) return {year: Number(named[1]), source: 'text', text: named[0]};
	const date = doc.speech ? SPEECH_DATE.exec(doc.speech) : null;
	if (date) {
		const [year, month] = [Number(date[1]), Number(date[2])];
		return {year: month <= 6 ? year - 1 : year, source: 'speech', text: doc.speech!};
	}
	for (const paragraph of [doc.opening[0] ?? '', doc.firstUnderOne ?? '']) {
		const first = OPENS_WITH_YEAR.exec(paragraph);
		if (first) return {year: Number(first[1]), source: 'text', text: paragraph.slice(0, 40)};
	}
	for (const h of doc.headings) {
		const m = OPENS_WITH_YEAR.exec(h);
		if (m) return {year: Number(m[1]), source: 'text', text: h};
	}
	return {year: null, source: null, text: ''};
}

function maskTitles(text: string): string {
	return text.replace(/《[^》]*》/g, m => '·'.repeat(m.length));
}

/** Who reports, as a report records it. */
export type Who = Reporter;

function show(found: Found): Who {
	const d = found.division;
	const department = found.department;
	if (d?.code === NATIONAL.code) return {region: department || NATIONAL.name, regionCode: NATIONAL.code, department};
	const government = d ? displayName(d) : found.name;
	if (found.town) return {region: government + found.town, regionCode: d?.code ?? '', department: '', town: found.town};
	return {region: government + department, regionCode: d?.code ?? '', department};
}

export function identify(doc: Document): Identity {
	const notes: Note[] = [];
	const {year, source, text: yearText} = yearOf(doc);
	const yearReason: Reason = {how: source, text: yearText};
	const opening = doc.opening.join('\n');
	const level = levelOf(opening);
	let found = fromTitle(doc.title) ?? fromOpening(opening) ?? fromIssuers(doc.issuers ?? []) ?? fromSpeech(doc.speech);
	if (found?.town && !found.division && !found.name) {
		// 龙港镇人民政府…: a town named without its county; the county-level place the text names most, if any.
		// A zone named after its city or county (晋城经济技术开发区 → 晋城市), else the county-level place the text
		// names most.
		const named = /(?:开发区|园区)$/u.test(found.town) ? namedBy(found.town) : null;
		const county =
			named ?? byMentions(doc.text, 'county', doc.salutations) ?? byMentions(doc.text, 'district', doc.salutations);
		if (county) found = {...county, town: found.town};
		else {
			found = {...found, name: found.town, town: undefined};
			notes.push(
				note(
					'town-without-county',
					`the title names ${found.name} but not its county, and the text names no county clearly: pass --region with the county, e.g. --region 某某县${found.name}`,
					`标题写了${found.name}，没写所属县，正文中也看不出是哪个县：请用 --region 连同县名指定，如 --region 某某县${found.name}`,
				),
			);
		}
	}
	if (found && !found.division && !found.name) {
		// 省政务办: a department of a level, its place named elsewhere in the text.
		const place = byMentions(doc.text, levelFromPrefix(found.department) ?? level ?? 'city', doc.salutations);
		found = place ? {...place, department: found.department.slice(1)} : null;
		if (!place)
			notes.push(
				note(
					'department-without-place',
					'the title names a department but not its place',
					'标题写了部门，没写所属地区',
				),
			);
	}
	if (!found && level) {
		found = byMentions(doc.text, level, doc.salutations) ?? byContainment(doc.text, level, doc.salutations);
		if (found) found = {...found, department: departmentFromText(opening, level)};
		else {
			const word = level === 'province' ? '省' : level === 'city' ? '市' : level === 'county' ? '县' : '区';
			notes.push(
				note(
					'level-without-place',
					`the opening speaks of ${word} without naming it, and no place of that level stands out in the text`,
					`开头只说“${word}”而没有写名称，正文中也没有哪个同级地区特别突出`,
				),
			);
		}
	}
	if (!found) {
		found = fromPublishers(doc.publishers ?? []);
		if (found)
			notes.splice(
				0,
				notes.length,
				note(
					'region-from-publisher',
					`region read from the page's publisher line: ${found.name}`,
					`地区取自网页的发布单位：${found.name}`,
				),
			);
	}
	if (!found) {
		if (!doc.title) notes.push(note('no-title', 'there is no title', '没有标题'));
		return {
			region: '',
			regionCode: '',
			department: '',
			year,
			yearSource: source,
			notes,
			evidence: {region: {how: null, text: ''}, year: yearReason},
		};
	}
	if (!found.division && found.name && !notes.some(n => n.code === 'town-without-county'))
		notes.push(
			note(
				'region-not-in-table',
				`${found.name} is not in the table of administrative divisions (GB/T 2260, 2023): stored without a division code`,
				`${found.name}不在行政区划表（GB/T 2260，2023）中：存储时没有区划代码`,
			),
		);
	if (found.division === null && found.name && divisionsNamed(found.name).length > 1)
		notes.splice(
			-1,
			1,
			note(
				'region-ambiguous',
				`several places are called ${found.name}: pass --region with its parent, e.g. --region ${parentExample(found.name)}`,
				`有多个地区叫${found.name}：请用 --region 连同上级指定，如 --region ${parentExample(found.name)}`,
			),
		);
	const regionReason: Reason = {how: found.how, text: found.text ?? (found.how === 'title' ? doc.title : found.name)};
	return {...show(found), year, yearSource: source, notes, evidence: {region: regionReason, year: yearReason}};
}

/** The one current division whose short name a town's name starts with (晋城经济技术开发区 → 晋城市), if any. */
function namedBy(town: string): Found | null {
	for (const length of [3, 2]) {
		const short = town.slice(0, length);
		const places = ['市', '县', '区'].flatMap(suffix => divisionsNamed(short + suffix).filter(d => !d.former));
		if (places.length === 1) return {division: places[0]!, name: places[0]!.name, department: '', how: 'title'};
	}
	return null;
}

function levelFromPrefix(department: string): Level | null {
	return ({省: 'province', 市: 'city', 县: 'county', 区: 'district'} as const)[department[0] as '省'] ?? null;
}

function parentExample(name: string): string {
	const d = divisionsNamed(name)[0];
	const parent = d?.parent ? divisionByCode(d.parent) : undefined;
	return parent ? `${parent.name}${name}` : name;
}

/**
 * What `--region` names: 晋城市, 晋城, 140500, 北京市朝阳区, 崇义县交通运输局, 四川省人民政府 or 司法部. A name that is
 * not a division is kept as given (a department of an unknown place, a synthetic test region).
 */
export function resolveRegion(input: string): Who {
	const name = input.replace(/\s+/g, '').replace(/(?:人民政府|政府)$/u, '');
	if (/^\d{6}$/.test(name)) {
		const d = divisionByCode(name);
		if (d) return {region: displayName(d), regionCode: d.code, department: ''};
	}
	const national = NATIONAL_DEPARTMENTS.find(d => d === name);
	if (national) return {region: national, regionCode: NATIONAL.code, department: national};
	const mentions = findMentions(name);
	const chain: Mention[] = [];
	for (const m of mentions) {
		if (m.start !== (chain[chain.length - 1]?.end ?? 0)) break;
		chain.push(m);
	}
	const last = chain[chain.length - 1];
	if (last) {
		const department = name.slice(last.end);
		const town = department && townAt(department) === department.replace(/(?:办事处|管理委员会|管委会)$/u, '');
		if (department === '' || isDepartment(department) || town) {
			const d = choose(
				last,
				chain.flatMap(m => m.divisions),
			);
			if (d && town) {
				const name = townAt(department);
				return {region: displayName(d) + name, regionCode: d.code, department: '', town: name};
			}
			if (d) return {region: displayName(d) + department, regionCode: d.code, department};
		}
	}
	// A short name: 晋城 → 晋城市, if it means one place only.
	const short = ['市', '省', '县', '区', '自治区'].flatMap(suffix =>
		divisionsNamed(name + suffix).filter(d => !d.former),
	);
	if (short.length === 1) return {region: displayName(short[0]!), regionCode: short[0]!.code, department: ''};
	return {region: input.trim(), regionCode: '', department: ''};
}
