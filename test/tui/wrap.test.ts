/** Text in the explorer (sentences written for this test): line breaks (kinsoku, numbers kept whole) and the help. */
import {describe, expect, test} from 'vitest';
import {lineStarts} from '../../src/tui/components/styled-line.js';

const wrapped = (text: string, columns: number) => {
	const starts = lineStarts(text, columns, []);
	return starts.map((s, k) => text.slice(s, starts[k + 1] ?? text.length));
};

describe('line breaks', () => {
	test('a number is never split across lines', () => {
		expect(wrapped('对相关工作作出批示24次。', 18)).toEqual(['对相关工作作出批示', '24次。']);
		expect(wrapped('完成率达到99.53%。', 14)).toEqual(['完成率达到', '99.53%。']);
	});
	test('an opening bracket does not end a line; closing punctuation does not start one, even two in a row', () => {
		expect(wrapped('推进工作好《法治》', 12)).toEqual(['推进工作好', '《法治》']);
		expect(wrapped('荣获“示范市”。下一步', 12)).toEqual(['荣获“示范', '市”。下一步']);
	});
});

describe('the help', () => {
	test('a key that does nothing now is greyed with colour, and said so without it', async () => {
		const {helpLines} = await import('../../src/tui/help/view.js');
		const sections = [{title: 'Keys', entries: [{label: 'n', help: 'next match', enabled: false}]}];
		expect(helpLines(sections, 'en', true)[1]).toEqual([
			{text: '  n  ', bold: false, dim: true},
			{text: 'next match', dim: true},
		]);
		expect(helpLines(sections, 'en', false)[1]![1]).toEqual({text: 'next match (not now)', dim: true});
	});
});
