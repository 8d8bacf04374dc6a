import {describe, expect, test} from 'vitest';
import {quickChecksum} from '../../src/core/checksum.js';

describe('quickChecksum', () => {
	test('16 hex digits, the same for the same text', () => {
		expect(quickChecksum('办理行政复议案件102件')).toMatch(/^[0-9a-f]{16}$/);
		expect(quickChecksum('办理行政复议案件102件')).toBe(quickChecksum('办理行政复议案件102件'));
	});

	test('one changed digit, a swapped pair, a dropped or added last unit: all tell apart', () => {
		const text = '全年办理行政复议案件102件，调解成功率达98%。';
		const edits = [
			'全年办理行政复议案件103件，调解成功率达98%。',
			'全年办理行政复议案件120件，调解成功率达98%。',
			'全年办理行政复议案件102件，调解成功率达98%',
			'全年办理行政复议案件102件，调解成功率达98%。。',
			'',
		];
		const sums = new Set([text, ...edits].map(quickChecksum));
		expect(sums.size).toBe(edits.length + 1);
	});

	test('no collisions across 100,000 near-identical texts', () => {
		const sums = new Set<string>();
		for (let i = 0; i < 100_000; i++) sums.add(quickChecksum(`行政复议案件${i}件`));
		expect(sums.size).toBe(100_000);
	});
});
