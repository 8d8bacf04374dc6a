/**
 * What an annual report must contain. 《法治政府建设与责任落实督察工作规定》 (第二十五条) asks every annual report for the
 * year's main measures and results (主要举措和成效), its shortcomings and their causes (存在的不足和原因), how the
 * principal party and government leaders fulfilled their duty as first persons responsible for rule-of-law
 * building (党政主要负责人履行推进法治建设第一责任人职责), and next year's plans (下一年度工作安排); and (第二十四条)
 * publication by 1 April of the next year. Each content is looked for where reports put it: a section headed for it
 * (its area, areas.ts), else a paragraph that says it — many reports fold the leaders' duty into a sub-section.
 * Pure.
 */
import {areaOf, areasOf} from './areas.js';
import type {Indicator, Paragraph, Report, Section} from './types.js';
import {PREAMBLE_SECTION} from './types.js';

export const PARTS = ['results', 'shortcomings', 'leaders', 'plans'] as const;
export type Part = (typeof PARTS)[number];

/** Each content's name, and a short one for a table's heading. */
export const PART_NAMES: Readonly<
	Record<Part, {readonly en: string; readonly zh: string; readonly short: readonly [string, string]}>
> = {
	results: {en: 'measures and results', zh: '主要举措和成效', short: ['Results', '举措成效']},
	shortcomings: {en: 'shortcomings and causes', zh: '存在的不足和原因', short: ['Shortcomings', '不足原因']},
	leaders: {en: "leaders' duty as first responsible", zh: '第一责任人职责', short: ['Leaders', '第一责任人']},
	plans: {en: "next year's plans", zh: '下一年度工作安排', short: ['Plans', '下年安排']},
};

export interface ContentCheck {
	readonly part: Part;
	readonly found: boolean;
	/** The section that holds it (its id: 7, 1.1; 0 the introduction), null when not found. */
	readonly section: string | null;
}

export interface ReportCheck {
	readonly contents: readonly ContentCheck[];
	/** The publication date the document carried, ISO; null when unknown. */
	readonly published: string | null;
	/** 1 April of the next year. */
	readonly deadline: string;
	/** Published by the deadline; null when the date is unknown. */
	readonly onTime: boolean | null;
	/** Figures per 1,000 characters of text: how much of the report is quantified. */
	readonly perThousand: number;
	/** The areas its top-level sections speak to, in the framework's order of first appearance. */
	readonly areas: readonly string[];
}

/** Words that say a content in a paragraph (a section headed for it is found by its area first). */
const SAYS: Readonly<Record<Exclude<Part, 'results'>, RegExp>> = {
	shortcomings: /存在的?问题|不足之处|还存在|仍存在|短板|差距/u,
	leaders: /第一责任人|主要负责(?:人|同志)[^。]{0,30}(?:履行|落实|履职)/u,
	plans: /下一步|下一年度|(?:19|20)\d{2}\s*年(?:度)?(?:法治政府建设)?工作(?:安排|打算|计划|思路)|工作打算|努力方向/u,
};

interface Placed {
	readonly sectionId: string;
	readonly paragraph: Paragraph;
}

function placed(report: Report): Placed[] {
	const out: Placed[] = report.preamble.map(paragraph => ({sectionId: PREAMBLE_SECTION.id, paragraph}));
	const walk = (s: Section) => {
		for (const paragraph of s.paragraphs) out.push({sectionId: s.id, paragraph});
		s.children.forEach(walk);
	};
	report.sections.forEach(walk);
	return out;
}

function titled(report: Report, re: RegExp): string | null {
	const walk = (sections: readonly Section[]): string | null => {
		for (const s of sections) {
			if (re.test(s.title)) return s.id;
			const inner = walk(s.children);
			if (inner) return inner;
		}
		return null;
	};
	return walk(report.sections);
}

/** What a check finds that the report's date does not decide: kept in the cross-report index at import. */
export interface CheckFindings {
	/** The section of each content (PARTS order), null when missing. */
	readonly sections: readonly (string | null)[];
	readonly perThousand: number;
	readonly areas: readonly string[];
}

/** A check from its findings, the report's year and its publication date. */
export function checkOf(year: number, published: string | null, findings: CheckFindings): ReportCheck {
	const deadline = `${year + 1}-04-01`;
	return {
		contents: PARTS.map((part, k) => ({
			part,
			found: (findings.sections[k] ?? null) !== null,
			section: findings.sections[k] ?? null,
		})),
		published,
		deadline,
		onTime: published ? published <= deadline : null,
		perThousand: findings.perThousand,
		areas: findings.areas,
	};
}

export function findingsOf(check: ReportCheck): CheckFindings {
	return {sections: check.contents.map(c => c.section), perThousand: check.perThousand, areas: check.areas};
}

export function checkReport(report: Report, indicators: readonly Indicator[]): ReportCheck {
	const areas = areasOf(report);
	const tops = report.sections.map(s => ({id: s.id, area: areas.get(s.id)?.area.id ?? null}));
	const paragraphs = placed(report);
	const said = (part: Exclude<Part, 'results'>) =>
		titled(report, SAYS[part]) ?? paragraphs.find(p => SAYS[part].test(p.paragraph.text))?.sectionId ?? null;
	const sectionOfArea = (...ids: string[]) => {
		for (const [id, a] of areas) if (ids.includes(a.area.id) && a.from !== 'text') return id;
		return null;
	};
	const results = tops.find(t => t.area !== null && !['problems', 'plans', 'outlook'].includes(t.area))?.id ?? null;
	const found: Record<Part, string | null> = {
		results: results ?? (tops.length > 1 ? tops[0]!.id : null),
		shortcomings: sectionOfArea('problems') ?? said('shortcomings'),
		leaders: said('leaders'),
		plans: sectionOfArea('plans') ?? said('plans') ?? sectionOfArea('outlook'),
	};
	// A section headed for both (存在问题和2024年工作安排) holds both.
	const outlook = sectionOfArea('outlook');
	if (outlook) {
		found.shortcomings ??= outlook;
		found.plans ??= outlook;
	}
	const characters = paragraphs.reduce((n, p) => n + p.paragraph.text.length, 0);
	const covered: string[] = [];
	for (const t of tops) if (t.area && !covered.includes(t.area)) covered.push(t.area);
	for (const i of indicators) {
		const a = areaOf(areas, i.sectionId)?.area.id;
		if (a && !covered.includes(a)) covered.push(a);
	}
	return checkOf(report.year, report.published, {
		sections: PARTS.map(part => found[part]),
		perThousand: characters ? Math.round((indicators.length / characters) * 1000 * 100) / 100 : 0,
		areas: covered,
	});
}
