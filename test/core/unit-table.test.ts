/** The one unit table: what the reader, the diff and the labeller take from it. */
import {describe, expect, test} from 'vitest';
import {findQuantities} from '../../src/core/quantity.js';
import {isCountUnit, isMeasureUnit, NOT_A_UNIT_BEFORE, UNIT_TABLE, UNITS, unitKind} from '../../src/core/unit-table.js';

describe('unit table', () => {
	test('units are read longest first, each once, and every kind is a unit of the table', () => {
		expect(new Set(UNITS).size).toBe(UNITS.length);
		for (let k = 1; k < UNITS.length; k++) expect(UNITS[k - 1]!.length).toBeGreaterThanOrEqual(UNITS[k]!.length);
		for (const u of UNIT_TABLE) expect(UNITS).toContain(unitKind(u.unit));
	});
	test('kinds, counts and measures as the diff and the labeller use them', () => {
		expect([unitKind('名'), unitKind('位'), unitKind('场次'), unitKind('件')]).toEqual(['人', '人', '场', '件']);
		expect([isCountUnit('项'), isCountUnit('家'), isCountUnit('人'), isCountUnit('%')]).toEqual([
			true,
			true,
			false,
			false,
		]);
		expect([isMeasureUnit('%'), isMeasureUnit('元'), isMeasureUnit('个百分点'), isMeasureUnit('件')]).toEqual([
			true,
			true,
			true,
			false,
		]);
		expect(NOT_A_UNIT_BEFORE.部!.test('门')).toBe(true);
	});
	test('an administrative division is its own counter after Arabic digits only, and not before a bracket', () => {
		const read = (text: string) => findQuantities(text).map(q => `${q.value}${q.unit}`);
		expect(read('对3市2县开展督察，覆盖12市州、5区')).toEqual(['3市', '2县', '12市州', '5区']);
		expect(read('三区三州、两区建设，全市6县（市、区）和12345市民热线')).toEqual([]);
		expect(unitKind('市')).toBe('个');
	});
	test('what may not follow a unit is read on the words after it, not one character (件事 / 件事项)', () => {
		const read = (text: string) => findQuantities(text).map(q => `${q.value}${q.unit}`);
		expect(read('实现120件事项“同城通办”，办好10件事关群众的实事，签发电子证照种类30种')).toEqual(['120件', '30种']);
		expect(read('种植5种子')).toEqual([]);
		expect(read('六部委联合发文')).toEqual([]);
	});
});
