/**
 * The parts of the national framework a report's sections speak to. 《法治政府建设实施纲要（2021—2025年）》 sets the
 * parts every annual report follows in its own words; this is a fixed vocabulary of them (zh and en names), and
 * a section gets one from its title first (the words a report heads its parts with), then from its text.
 *
 * Each area has cue words; a title that holds cues of one area is that area (confidence by how much the title
 * says); a title that holds none takes its area from its text, where cues are counted, with a lower confidence.
 * A section heading both problems and plans (存在问题和2024年工作安排) is `outlook`. A sub-section gets an area of
 * its own when its title says one, else its parent's. Pure.
 */
import type {Report, Section} from './types.js';

export interface Area {
	readonly id: string;
	readonly zh: string;
	readonly en: string;
}

interface AreaCues extends Area {
	/** Words that say the area in a title or a text. */
	readonly cues: readonly string[];
}

const VOCABULARY: readonly AreaCues[] = [
	{
		id: 'leadership',
		zh: '党的领导与推进机制',
		en: 'Party leadership and drive',
		cues: [
			'习近平法治思想',
			'第一责任人',
			'主体责任',
			'党的领导',
			'组织领导',
			'督察',
			'述法',
			'考核',
			'统筹推进',
			'推进机制',
		],
	},
	{
		id: 'functions',
		zh: '政府职能',
		en: 'Government functions',
		cues: ['政府职能', '机构职能', '放管服', '营商环境', '政务服务', '简政放权', '行政审批', '职能体系'],
	},
	{
		id: 'rules',
		zh: '依法行政制度',
		en: 'Rules and normative documents',
		cues: ['依法行政制度', '制度体系', '立法', '规范性文件', '制度建设', '规章'],
	},
	{id: 'decisions', zh: '行政决策', en: 'Administrative decisions', cues: ['决策']},
	{id: 'enforcement', zh: '行政执法', en: 'Law enforcement', cues: ['执法']},
	{id: 'emergencies', zh: '突发事件应对', en: 'Emergency response', cues: ['突发事件', '应急', '疫情防控']},
	{
		id: 'disputes',
		zh: '矛盾纠纷化解',
		en: 'Disputes and their resolution',
		cues: ['矛盾', '纠纷', '行政复议', '调解', '信访', '公平正义', '法律服务'],
	},
	{
		id: 'oversight',
		zh: '制约和监督',
		en: 'Checks and oversight',
		cues: ['制约', '监督', '政务公开', '问责', '行政应诉'],
	},
	{
		id: 'digital',
		zh: '数字法治政府',
		en: 'Digital government',
		cues: ['数字法治', '数字政府', '信息化', '科技保障', '智慧', '互联网+'],
	},
	{id: 'problems', zh: '存在问题和不足', en: 'Shortcomings', cues: ['存在问题', '存在的问题', '不足', '短板', '差距']},
	{
		id: 'plans',
		zh: '下一年度安排',
		en: "Next year's plans",
		cues: ['工作安排', '下一步', '下一年度', '工作打算', '工作思路', '工作计划', '努力方向'],
	},
];

/** A section that heads both problems and plans. */
const OUTLOOK: Area = {id: 'outlook', zh: '问题和下一年度安排', en: 'Shortcomings and plans'};

/** Every area, in the order of the framework (what `area:` in the filter language and the README list). */
export const AREAS: readonly Area[] = [...VOCABULARY.map(({id, zh, en}) => ({id, zh, en})), OUTLOOK];

export interface SectionArea {
	readonly area: Area;
	/** 0–1: how clearly the title (or, less, the text) says it. */
	readonly confidence: number;
	/** Where it was read: the section's title, its text, or its parent's. */
	readonly from: 'title' | 'text' | 'parent';
}

function count(text: string, cue: string): number {
	let n = 0;
	for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) n++;
	return n;
}

function scores(text: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const a of VOCABULARY) {
		let n = 0;
		for (const cue of a.cues) n += count(text, cue);
		if (n > 0) out.set(a.id, n);
	}
	return out;
}

const byId = new Map(VOCABULARY.map(a => [a.id, a]));

/** The area a title says, or null. */
function fromTitle(title: string): SectionArea | null {
	const s = scores(title);
	if (s.has('problems') && s.has('plans')) return {area: OUTLOOK, confidence: 1, from: 'title'};
	const ranked = [...s].sort((a, b) => b[1] - a[1]);
	const [best, next] = ranked;
	if (!best) return null;
	const area = byId.get(best[0])!;
	// A tie between two areas is decided by the one named first.
	if (next && next[1] === best[1]) {
		const first = ranked
			.filter(([, n]) => n === best[1])
			.sort((x, y) => firstAt(title, x[0]) - firstAt(title, y[0]))[0]!;
		return {area: byId.get(first[0])!, confidence: 0.6, from: 'title'};
	}
	return {area: {id: area.id, zh: area.zh, en: area.en}, confidence: next ? 0.8 : 1, from: 'title'};
}

function firstAt(text: string, id: string): number {
	const at = byId
		.get(id)!
		.cues.map(c => text.indexOf(c))
		.filter(i => i >= 0);
	return at.length ? Math.min(...at) : Number.POSITIVE_INFINITY;
}

function textOf(section: Section): string {
	const own = section.paragraphs.map(p => p.text).join('');
	return own + section.children.map(textOf).join('');
}

/** The area its text says most, with a confidence by its share of the cues found. */
function fromText(section: Section): SectionArea | null {
	const s = scores(textOf(section));
	const total = [...s.values()].reduce((a, b) => a + b, 0);
	const [best] = [...s].sort((a, b) => b[1] - a[1]);
	if (!best || best[1] < 2) return null;
	const area = byId.get(best[0])!;
	return {
		area: {id: area.id, zh: area.zh, en: area.en},
		confidence: Math.round((best[1] / total) * 0.7 * 100) / 100,
		from: 'text',
	};
}

/** The area of every section of a report, by section id (sub-sections included). */
export function sectionAreas(report: Pick<Report, 'sections'>): Map<string, SectionArea> {
	const out = new Map<string, SectionArea>();
	const walk = (section: Section, parent: SectionArea | null) => {
		const own = fromTitle(section.title);
		const area = own ?? (parent ? {...parent, from: 'parent' as const} : fromText(section));
		if (area) out.set(section.id, area);
		for (const child of section.children) walk(child, area);
	};
	for (const s of report.sections) walk(s, null);
	return out;
}

const computed = new WeakMap<object, Map<string, SectionArea>>();

/** sectionAreas, once per report object (the explorer asks at every frame). */
export function areasOf(report: Pick<Report, 'sections'>): ReadonlyMap<string, SectionArea> {
	let areas = computed.get(report);
	if (!areas) {
		areas = sectionAreas(report);
		computed.set(report, areas);
	}
	return areas;
}

/** The area a section id belongs to: its own, else its nearest ancestor's. */
export function areaOf(areas: ReadonlyMap<string, SectionArea>, sectionId: string): SectionArea | null {
	for (let id = sectionId; id; id = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '') {
		const found = areas.get(id);
		if (found) return found;
	}
	return null;
}

/** The area a word of the filter language means (`area:执法`, `area:enforcement`), or null. */
export function areaNamed(word: string): Area | null {
	const w = word.trim().toLowerCase();
	if (!w) return null;
	return AREAS.find(a => a.id === w || a.zh.includes(w) || a.en.toLowerCase().includes(w)) ?? null;
}
