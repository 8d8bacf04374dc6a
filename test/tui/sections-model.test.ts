/** The Sections view's text pane as data: wrapping, figures, search matches. */
import {describe, expect, test} from 'vitest';
import {findSection} from '../../src/core/walk.js';
import {lineStarts} from '../../src/tui/line.js';
import {outlineRows, rowOf, sectionText} from '../../src/tui/views/sections-model.js';
import {width} from '../../src/render/width.js';
import {SEED, loadReport} from '../helpers.js';

const {report, indicators} = loadReport(SEED);
const section = findSection(report, '5.2')!;

describe('sectionText', () => {
	const text = sectionText(section, indicators, 30, 1, '复议');
	const lines = text.lines.map(l => l.map(s => s.text).join(''));

	test('lines fit the width; figures are whole on one line and listed in reading order', () => {
		for (const line of lines) expect(width(line)).toBeLessThanOrEqual(30);
		expect(text.figures.map(f => f.raw)).toEqual(['102件', '23件', '311件']);
		for (const [k, f] of text.figures.entries()) expect(lines[text.figureLines[k]!]).toContain(f.raw);
	});

	test('the selected figure is in inverse video, the others highlighted; search matches underlined', () => {
		const segments = text.lines.flat();
		expect(segments.filter(s => s.inverse).map(s => s.text)).toEqual(['23件']);
		expect(segments.filter(s => s.color === 'yellow').map(s => s.text)).toEqual(['102件', '311件']);
		expect(
			segments
				.filter(s => s.underline)
				.map(s => s.text)
				.join(''),
		).toBe('复议'.repeat(8));
	});

	test('no line starts with closing punctuation', () => {
		for (const line of lines.slice(1)) expect('，。、；：？！）》”').not.toContain(line[0] ?? 'x');
	});
});

describe('lineStarts', () => {
	test('a line break never falls inside a span', () => {
		expect(lineStarts('一二三四五六', 6, [{start: 2, end: 4}])).toEqual([0, 2, 5]);
	});
});

describe('outline', () => {
	test('rows of the expanded sections, and the row of a sub-section', () => {
		expect(outlineRows(report, ['5']).map(r => r.section.id)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'5.1',
			'5.2',
			'5.3',
			'6',
			'7',
		]);
		expect(rowOf(report, ['5'], '5.2')).toBe(6);
	});
});
