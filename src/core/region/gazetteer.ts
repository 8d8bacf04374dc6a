/**
 * China's administrative divisions (provinces, prefectures, counties; GB/T 2260 codes) as a lookup: by code, by
 * name, and every mention of a division name in a text. Built on first use from the generated table in
 * data/divisions.ts (a few milliseconds), so commands that never ask for a region do not pay for it.
 */
import {DIVISIONS, FORMER} from '../data/divisions.js';
import {getOrCreate} from '../memo.js';

export interface Division {
	/** Six digits: 140000 山西省, 140500 晋城市, 140502 城区. */
	readonly code: string;
	readonly name: string;
	/** 1 province-level, 2 prefecture-level, 3 county-level. */
	readonly level: 1 | 2 | 3;
	readonly parent: string | null;
	/** Merged or renamed since 2019; kept so that older reports still find their place. */
	readonly former: boolean;
}

/** The country, for reports of central government departments (司法部). */
export const NATIONAL: Division = {code: '100000', name: '全国', level: 1, parent: null, former: false};

interface Index {
	readonly byCode: ReadonlyMap<string, Division>;
	readonly byName: ReadonlyMap<string, readonly Division[]>;
	/** Name lengths by first character, to find mentions without trying every substring. */
	readonly lengths: ReadonlyMap<string, readonly number[]>;
}

let index: Index | undefined;

function levelOf(code: string): 1 | 2 | 3 {
	return code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3;
}

function build(): Index {
	const byCode = new Map<string, Division>();
	const records = (table: string, former: boolean) => {
		for (const record of table.split('|')) {
			const code = record.slice(0, 6);
			if (!byCode.has(code) || !former)
				byCode.set(code, {code, name: record.slice(6), level: levelOf(code), parent: null, former});
		}
	};
	records(DIVISIONS, false);
	for (const record of FORMER.split('|')) {
		const code = record.slice(0, 6);
		// A former division whose code was given to another since is still found by its name, under its old code.
		const key = byCode.has(code) ? `${code}~${record.slice(6)}` : code;
		byCode.set(key, {code, name: record.slice(6), level: levelOf(code), parent: null, former: true});
	}
	const byName = new Map<string, Division[]>();
	const lengths = new Map<string, Set<number>>();
	for (const [key, d] of byCode) {
		const prefecture = `${d.code.slice(0, 4)}00`;
		const province = `${d.code.slice(0, 2)}0000`;
		const parent = d.level === 3 && byCode.has(prefecture) ? prefecture : d.level === 1 ? null : province;
		const full: Division = {...d, parent};
		byCode.set(key, full);
		getOrCreate(byName, d.name, () => []).push(full);
		getOrCreate(lengths, d.name[0]!, () => new Set()).add(d.name.length);
	}
	return {
		byCode,
		byName,
		lengths: new Map([...lengths].map(([ch, set]) => [ch, [...set].sort((a, b) => b - a)])),
	};
}

function get(): Index {
	index ??= build();
	return index;
}

/** Every current division (no former ones), in code order. */
export function currentDivisions(): Division[] {
	return [...get().byCode.values()].filter(d => !d.former).sort((a, b) => (a.code < b.code ? -1 : 1));
}

export function divisionByCode(code: string): Division | undefined {
	return code === NATIONAL.code ? NATIONAL : get().byCode.get(code);
}

/** Divisions of exactly this name (鼓楼区 has four). Current ones first. */
export function divisionsNamed(name: string): readonly Division[] {
	return [...(get().byName.get(name) ?? [])].sort((a, b) => Number(a.former) - Number(b.former));
}

export function parentOf(d: Division): Division | undefined {
	return d.parent ? divisionByCode(d.parent) : undefined;
}

/** Whether `ancestor` contains `d` (or is it). */
export function within(d: Division, ancestor: Division): boolean {
	for (let x: Division | undefined = d; x; x = parentOf(x)) if (x.code === ancestor.code) return true;
	return ancestor.code === NATIONAL.code;
}

/**
 * How a division is shown: its name, with its parent's name in front when the name alone is not unique in the
 * country (朝阳区 → 北京市朝阳区, 城区 → 晋城市城区).
 */
export function displayName(d: Division): string {
	if (divisionsNamed(d.name).filter(x => !x.former).length <= 1 || d.level === 1) return d.name;
	const parent = parentOf(d);
	return parent ? displayName(parent) + d.name : d.name;
}

export interface Mention {
	readonly start: number;
	readonly end: number;
	readonly name: string;
	readonly divisions: readonly Division[];
}

/** Every division name in `text`, longest first at each position, left to right, not overlapping. */
export function findMentions(text: string): Mention[] {
	const {byName, lengths} = get();
	const found: Mention[] = [];
	for (let i = 0; i < text.length; ) {
		let hit: Mention | undefined;
		for (const n of lengths.get(text[i]!) ?? []) {
			if (i + n > text.length) continue;
			const name = text.slice(i, i + n);
			const divisions = byName.get(name);
			if (divisions) {
				hit = {start: i, end: i + n, name, divisions};
				break;
			}
		}
		if (hit) {
			found.push(hit);
			i = hit.end;
		} else i++;
	}
	return found;
}
