/**
 * Which report(s) a command works on — the one module every command and the explorer ask.
 *
 * A scope is a reporting body (a government by its division code, or one of its departments) and a year or the
 * years stored. The rule, stated once:
 *   1. `--region R` names the body (a name, a short name, a division code; 崇义县交通运输局 for a department);
 *   2. else the body chosen with `jcfz use` (a choice lasts), or, when none was chosen, the last import (if stored);
 *   3. else the only body stored;
 *   4. else nothing is guessed: the error lists the bodies and says how to choose.
 * The year is `--year`, else the latest of the body. Two bodies are compared only when both are named
 * (`jcfz diff 晋城市-2023 长治市-2023`).
 */
import {JcfzError} from '../core/errors.js';
import {resolveRegion} from '../core/region/identify.js';
import type {BodyEntry, ReportEntry} from './documents.js';
import {bodyKey} from './keys.js';
import type {Store, StoredReport} from './store.js';
import {say} from '../core/said.js';

export interface ScopeArgs {
	readonly region?: string;
	readonly year?: string;
}

/** The years a report can be about: from the founding of the People's Republic to well past now. */
export const YEARS = {first: 1949, last: 2100} as const;

export function parseYear(year: string | undefined): number | undefined {
	if (year === undefined) return undefined;
	if (!/^\d{4}$/.test(year.trim())) {
		throw new JcfzError(
			'usage',
			`bad year "${year}": give four digits, e.g. --year 2023`,
			`年份“${year}”有误：请写四位数字，例如 --year 2023`,
		);
	}
	const n = Number(year);
	if (n < YEARS.first || n > YEARS.last)
		throw new JcfzError(
			'usage',
			`bad year "${year}": a report's year is from ${YEARS.first} to ${YEARS.last}, e.g. --year 2023`,
			`年份“${year}”有误：报告年份应在 ${YEARS.first} 到 ${YEARS.last} 之间，例如 --year 2023`,
		);
	return n;
}

/** "晋城市 (2021–2023), 长治市 (2023)" — what a person can choose from. */
export function describeBodies(bodies: readonly BodyEntry[], lang: 'en' | 'zh' = 'en'): string {
	const shown = bodies.slice(0, 8).map(b => {
		const years = b.years.length > 1 ? `${b.years[0]}–${b.years[b.years.length - 1]}` : String(b.years[0] ?? '');
		return `${b.region} (${years})`;
	});
	const more = bodies.length > 8 ? say([` and ${bodies.length - 8} more`, ` 等 ${bodies.length} 个`], lang) : '';
	return shown.join(say([', ', '、'], lang)) + more;
}

function emptyStore(): JcfzError {
	return new JcfzError(
		'not-found',
		'the store is empty; import a report with `jcfz import FILE`',
		'库中没有报告；用 `jcfz import 文件` 导入',
	);
}

/** The body a name means, if it is stored. */
export function findBody(bodies: readonly BodyEntry[], name: string): BodyEntry | undefined {
	// A name as stored (晋城市, 崇义县交通运输局) or a key (140500) is found without the gazetteer, which costs a
	// lookup more than the lookup itself; short names, codes of other spellings and departments need it.
	const given = name.trim();
	const stored = bodies.find(b => b.region === given || b.key === given);
	if (stored) return stored;
	const wanted = resolveRegion(name);
	const key = bodyKey(wanted);
	return (
		bodies.find(b => b.key === key) ??
		bodies.find(b => b.region === name.trim() || b.region === wanted.region) ??
		// A government named without its department when only departments of it are stored is not guessed.
		undefined
	);
}

/** The body of a command: --region, else the one in use, else the only one (see the module comment). */
export function resolveBody(store: Pick<Store, 'bodies' | 'current'>, region: string | undefined): BodyEntry {
	// The default first: it is found without reading the list of every body (see store/index-file.ts).
	const current = region === undefined ? store.current : undefined;
	if (current) return current;
	const {bodies} = store;
	if (bodies.length === 0) throw emptyStore();
	if (region !== undefined) {
		const body = findBody(bodies, region);
		if (!body) {
			throw new JcfzError(
				'not-found',
				`no report of ${region} is stored: the store has ${describeBodies(bodies)}`,
				`库中没有${region}的报告：库中有 ${describeBodies(bodies, 'zh')}`,
			);
		}
		return body;
	}
	const chosen = bodies.length === 1 ? bodies[0] : undefined;
	if (!chosen) {
		throw new JcfzError(
			'usage',
			`${bodies.length} regions are stored (${describeBodies(bodies)}): name one with --region, or make one the default with \`jcfz use REGION\``,
			`库中有 ${bodies.length} 个地区（${describeBodies(bodies, 'zh')}）：请用 --region 指定，或用 \`jcfz use 地区\` 设为默认`,
		);
	}
	return chosen;
}

/** The reports of the body in scope, oldest first; with --year only that year. */
export async function scopeEntries(store: Store, args: ScopeArgs): Promise<{body: BodyEntry; entries: ReportEntry[]}> {
	const body = resolveBody(store, args.region);
	const year = parseYear(args.year);
	const all = await store.entries(body);
	const entries = year === undefined ? all : all.filter(e => e.year === year);
	if (entries.length === 0) {
		throw new JcfzError(
			'not-found',
			`no ${body.region} report for ${year}: the store has ${body.region} ${body.years.join(', ')}; add one with \`jcfz import FILE\``,
			`没有${body.region} ${year} 年的报告：库中有${body.region} ${body.years.join('、')} 年；可用 \`jcfz import 文件\` 导入`,
		);
	}
	return {body, entries};
}

/** One report: the given year of the body in scope, else its latest. */
export async function pickEntry(store: Store, args: ScopeArgs): Promise<ReportEntry> {
	const {entries} = await scopeEntries(store, args);
	return entries[entries.length - 1]!;
}

export async function loadScope(store: Store, args: ScopeArgs): Promise<StoredReport> {
	return store.load(await pickEntry(store, args));
}

/**
 * A report named on the command line: a year of the body in scope (2023), or a body and a year given together
 * (晋城市-2023, 崇义县交通运输局-2023, 140500-2023) — the only way two bodies are compared.
 */
export async function namedEntry(store: Store, key: string, region: string | undefined): Promise<ReportEntry> {
	const together = /^(.+?)[-－ ](\d{4})$/.exec(key.trim());
	if (together) return pickEntry(store, {region: together[1], year: together[2]});
	if (!/^\d{4}$/.test(key.trim())) {
		throw new JcfzError(
			'usage',
			`"${key}" is neither a year nor REGION-YEAR (e.g. 2023, 晋城市-2023)`,
			`“${key}”既不是年份也不是“地区-年份”（如 2023、晋城市-2023）`,
		);
	}
	return pickEntry(store, {region, year: key});
}

/** How a report is named in human-readable output: "晋城市 2023". */
export function reportName(entry: Pick<ReportEntry, 'region' | 'year'>): string {
	return `${entry.region} ${entry.year}`;
}
