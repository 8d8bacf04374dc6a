/**
 * Exact frames of the explorer at 80×24 (colour off), compared with golden files in test/fixtures/frames/.
 * Regenerate on purpose only: UPDATE_GOLDEN=1 npx vitest run test/tui.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {width} from '../../src/render/width.js';
import {ROOT} from '../helpers.js';
import {KEYS, ONE_YEAR, TWO_YEARS, press, renderApp, waitFor} from './frames.js';

const FRAMES = join(ROOT, 'test', 'fixtures', 'frames');

function golden(name: string, frame: string): void {
	const path = join(FRAMES, `${name}.txt`);
	if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
		mkdirSync(FRAMES, {recursive: true});
		writeFileSync(path, `${frame}\n`);
	}
	expect(`${frame}\n`).toBe(readFileSync(path, 'utf8'));
}

function expectFullScreen(frame: string, columns = 80, rows = 24): void {
	const lines = frame.split('\n');
	expect(lines).toHaveLength(rows);
	for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
}

describe('frames on the seed', () => {
	test('sections view: outline and the first section', async () => {
		const app = renderApp(ONE_YEAR);
		const frame = await waitFor(app.lastFrame, f => f.includes('一、深学笃行'));
		expectFullScreen(frame);
		golden('sections', frame);
	});

	test('sections view: a sub-section, its text pane and a selected figure', async () => {
		const app = renderApp(ONE_YEAR);
		await waitFor(app.lastFrame, f => f.includes('一、'));
		await press(app.stdin, 'j', 'j', 'j', 'j', KEYS.enter, 'j', 'j', KEYS.enter, 'j');
		const frame = await waitFor(app.lastFrame, f => f.includes('行政应诉案件  23 件'));
		golden('sections-figure', frame);
	});

	test('indicators view', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'});
		const frame = await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
		expectFullScreen(frame);
		golden('indicators', frame);
	});

	test('indicators view filtered by typing 复议, then Enter to its section', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'});
		await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
		await press(app.stdin, '/', '复议');
		const frame = await waitFor(app.lastFrame, f => f.includes('/复议▏  1/96'));
		golden('indicators-filtered', frame);
		await press(app.stdin, KEYS.enter, KEYS.enter);
		const jumped = await waitFor(app.lastFrame, f => f.includes('▸    （二）规范开展行政复议'));
		expect(jumped.split('\n').at(-2)).toBe('5.2 规范开展行政复议 · 3 项指标');
	});

	test('an empty filter result', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators', filter: '没有这个'});
		const frame = await waitFor(app.lastFrame, f => f.includes('没有与'));
		golden('indicators-empty', frame);
	});

	test('diff view with one year explains how to import another', async () => {
		const app = renderApp(ONE_YEAR, {view: 'diff'});
		const frame = await waitFor(app.lastFrame, f => f.includes('jcfz import'));
		golden('diff-one-year', frame);
	});

	test('diff view of 2022 → 2023', async () => {
		const app = renderApp(TWO_YEARS, {view: 'diff'}, {columns: 100, rows: 24});
		const frame = await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
		expectFullScreen(frame, 100);
		golden('diff', frame);
	});

	test('the help overlay lists every key of the view, from the key map', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'});
		await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
		await press(app.stdin, '?');
		const frame = await waitFor(app.lastFrame, f => f.includes('按键 · 指标视图'));
		golden('help-indicators', frame);
		await press(app.stdin, 'x');
		await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
	});

	test('English labels', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'}, {columns: 80, rows: 24}, 'en');
		const frame = await waitFor(app.lastFrame, f => f.includes('Indicator'));
		expect(frame.split('\n')[0]).toBe(
			'jcfz · 晋城市 2023 · 7 sections · 96 indicat…  1 Sections  2 Indicators  3 Diff',
		);
	});

	test('a terminal below 60×15 gets a message, not a garbled frame', async () => {
		const app = renderApp(ONE_YEAR, {}, {columns: 59, rows: 20});
		expect(await waitFor(app.lastFrame, f => f.length > 0)).toBe('终端太小（59×20），至少需要 60×15。q 退出');
	});

	test('q quits', async () => {
		const app = renderApp(ONE_YEAR);
		await waitFor(app.lastFrame, f => f.includes('一、'));
		await press(app.stdin, 'q');
		expect(app.quits()).toBe(1);
	});
});

describe('CJK alignment', () => {
	test('every table row has the same display width and the 数值 column ends at the same column', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'}, {columns: 80, rows: 40});
		const frame = await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
		const table = frame.split('\n').filter(l => /^[│▸┌├└]/.test(l));
		expect(table.length).toBeGreaterThan(30);
		const widths = new Set(table.map(l => width(l)));
		expect([...widths]).toEqual([80]);
		// The right edge of the 数值 column: display column of the third │ on every data row.
		const valueEnd = (l: string) => {
			let col = 0;
			let bars = 0;
			for (const ch of l) {
				if (ch === '│' || ch === '▸') bars++;
				if (bars === 4) return col;
				col += width(ch);
			}
			return -1;
		};
		const rows = table.filter(l => /^[│▸] \d/.test(l));
		expect(new Set(rows.map(valueEnd)).size).toBe(1);
		// …and numbers are right-aligned against it.
		for (const l of rows)
			expect(
				l
					.slice(0, [...l].length)
					.split('│')[3]!
					.endsWith(' '),
			).toBe(true);
	});
});

describe('keys that arrive together', () => {
	test('"/复议" in one read opens the filter and types into it', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'});
		await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
		app.stdin.write('/复议');
		await waitFor(app.lastFrame, f => f.includes('/复议▏  1/96'));
	});
	test('a paste into an open filter box is text, even when it contains letters that are keys', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'});
		await waitFor(app.lastFrame, f => f.includes('研究审议法治议题'));
		await press(app.stdin, '/');
		app.stdin.write('qs复议');
		await waitFor(app.lastFrame, f => f.includes('/qs复议▏  0/96'));
		expect(app.quits()).toBe(0);
	});
});
