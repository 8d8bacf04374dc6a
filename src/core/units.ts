/**
 * Units as jcfz stores them: simplified script, one spelling. "场(次)" is 场次, and a parenthetical that makes no
 * unit of its own ("个(次)") is dropped; 人次 stays 人次 (a person-time is not a person).
 */
import {toSimplified} from './script.js';

/** Compound units written with a parenthetical, as they are when the bracket is dropped. */
const COMPOUND = new Set(['场次', '人次', '户次', '件次', '批次', '车次', '架次', '班次', '期次']);

export function normalizeUnit(unit: string): string {
	const simple = toSimplified(unit).replace(/\s+/g, '');
	const m = /^(.+?)[（(](.+?)[）)]$/.exec(simple);
	if (!m) return simple;
	return COMPOUND.has(m[1]! + m[2]!) ? m[1]! + m[2]! : m[1]!;
}
