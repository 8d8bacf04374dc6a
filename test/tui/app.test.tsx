/**
 * The explorer in process: exact frames at fixed sizes (colour off; golden files in test/fixtures/frames/, written
 * only with UPDATE_GOLDEN=1), and what keys do — typed as the bytes a terminal sends, several keys per read.
 */
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {diffReports} from '../../src/core/diff/diff.js';
import {width} from '../../src/render/width.js';
import {expectGolden, ROOT} from '../helpers.js';
import {CATALOGUE, KEYS, ONE_YEAR, renderApp, TWO_YEARS} from './frames.js';
import {SEED, loadReport} from '../helpers.js';

const y2023 = loadReport(SEED);

const FRAMES = join(ROOT, 'test', 'fixtures', 'frames');
const golden = (name: string, frame: string) => expectGolden(join(FRAMES, `${name}.txt`), `${frame}\n`);
const lines = (frame: string | undefined) => (frame ?? '').split('\n');

function expectFullScreen(frame: string | undefined, columns: number, rows: number): void {
	const all = lines(frame);
	expect(all).toHaveLength(rows);
	for (const line of all) expect(width(line), line).toBeLessThanOrEqual(columns);
}

/** The status line (second to last) and the footer (last). */
const status = (frame: string | undefined) => lines(frame).at(-2)!.trim();
const footer = (frame: string | undefined) => lines(frame).at(-1)!;

describe('frames at 80×24', () => {
	test('sections: the outline (the introduction first) and its text', async () => {
		const app = renderApp(ONE_YEAR);
		expectFullScreen(app.lastFrame(), 80, 24);
		golden('sections', app.lastFrame()!);
	});

	test('sections: a sub-section read in the text pane, a figure selected', async () => {
		const app = renderApp(ONE_YEAR);
		await app.type('j', 'l', 'j', KEYS.enter, 'f');
		expectFullScreen(app.lastFrame(), 80, 24);
		golden('sections-figure', app.lastFrame()!);
		expect(status(app.lastFrame())).toBe('研究审议法治议题  25 次  · 晋城市-2023:1.1:1');
	});

	test('indicators: the table, the trend and the sentence of the selected figure', async () => {
		const app = renderApp(TWO_YEARS, {view: 'indicators'});
		expectFullScreen(app.lastFrame(), 80, 24);
		golden('indicators', app.lastFrame()!);
	});

	test('diff: grouped by section, both labels of a reworded pair, bars, a legend', async () => {
		const app = renderApp(TWO_YEARS, {view: 'diff'});
		expectFullScreen(app.lastFrame(), 80, 24);
		golden('diff', app.lastFrame()!);
	});

	test('regions: one measure across governments, ranked, with the divisions above, Δ and a trend (SYNTHETIC figures)', async () => {
		const figure = (region: string, year: number, value: number) => ({
			...y2023.indicators[0]!,
			id: `${region}-${year}:5.2:1`,
			region,
			year,
			label: '行政复议案件',
			value,
			unit: '件',
			raw: `${value}件`,
			sentence: `（合成测试数据）办理行政复议案件${value}件。`,
		});
		const row = (region: string, code: string, parents: string, values: number[]) => ({
			body: code,
			region,
			regionCode: code,
			level: parents.includes(' ') ? 'county' : 'city',
			parents,
			figures: values.map((v, k) => figure(region, 2021 + k, v)),
		});
		const regions = {
			measure: {id: 'm00000001', name: '行政复议案件', unit: '件', reports: 9, regions: 3},
			year: 2023,
			years: [2021, 2022, 2023],
			rows: [
				row('晋城市', '140500', '山西省', [90, 87, 102]),
				row('长治市', '140400', '山西省', [140, 130, 115]),
				row('泽州县', '140525', '山西省 晋城市', [30, 36, 40]),
			],
		};
		const app = renderApp(TWO_YEARS, {view: 'regions'}, {columns: 80, rows: 24}, 'zh', regions);
		expectFullScreen(app.lastFrame(), 80, 24);
		golden('regions-synthetic', app.lastFrame()!);
		expect(status(app.lastFrame())).toBe(
			'长治市 2023 · 行政复议案件 115件 (−15) · （合成测试数据）办理行政复议案件115件。',
		);
	});

	test('help: every key of the view, those that do nothing now greyed', async () => {
		const app = renderApp(TWO_YEARS, {view: 'diff'});
		await app.type('?');
		expectFullScreen(app.lastFrame(), 80, 24);
		golden('help-diff', app.lastFrame()!);
	});

	test('the report picker', async () => {
		const app = renderApp(TWO_YEARS);
		await app.type('p');
		expectFullScreen(app.lastFrame(), 80, 24);
		golden('picker', app.lastFrame()!);
	});
});

describe('at its minimum, 60×15, every view is usable', () => {
	test.each(['sections', 'indicators', 'diff'] as const)('%s', async view => {
		const app = renderApp(TWO_YEARS, {view}, {columns: 60, rows: 15});
		expectFullScreen(app.lastFrame(), 60, 15);
		golden(`${view}-60x15`, app.lastFrame()!);
		expect(footer(app.lastFrame())).toMatch(/\? 帮助 {2}q 退出$/);
	});

	test('below it: a message that fits, and keys act on nothing but q', async () => {
		const app = renderApp(TWO_YEARS, {}, {columns: 40, rows: 10});
		for (const line of lines(app.lastFrame())) expect(width(line)).toBeLessThanOrEqual(40);
		expect(lines(app.lastFrame()).join('')).toBe('终端太小（40×10）：jcfz 至少需要 60×15。放大窗口，或按 q 退出。');
		await app.type('2', 'j', '/');
		expect(app.effects).toEqual([]);
		await app.type('q');
		expect(app.effects).toEqual([{kind: 'quit'}]);
	});
});

describe('the footer', () => {
	test.each([
		[80, 24],
		[120, 35],
		[200, 50],
	])('at %i×%i always ends in "? help  q quit" and names what has the keys', async (columns, rows) => {
		for (const view of ['sections', 'indicators', 'diff'] as const) {
			const app = renderApp(TWO_YEARS, {view}, {columns, rows}, 'en');
			expect(footer(app.lastFrame())).toMatch(/^ (outline|table|diff) .*\? help {2}q quit$/);
			expect(width(footer(app.lastFrame()))).toBe(columns);
		}
	});
});

describe('keys that arrive together all land', () => {
	test('a pasted line with its newline filters and closes the box (bracketed or not)', async () => {
		for (const paste of [`${KEYS.pasteStart}法律援助\n${KEYS.pasteEnd}`, '法律援助\n']) {
			const app = renderApp(ONE_YEAR, {view: 'indicators'});
			await app.type('/', paste);
			expect(lines(app.lastFrame())[1]).toBe('筛选 /法律援助  5/96 · 排序 章节');
		}
	});

	test('"复议" and Enter in one read; two Backspaces in one read; x and Backspace in one read', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'});
		await app.type('/复议\r');
		expect(lines(app.lastFrame())[1]).toBe('筛选 /复议  1/96 · 排序 章节');
		await app.type('/', '\u007F\u007F', 'x\u007F', '援助', KEYS.enter);
		expect(lines(app.lastFrame())[1]).toBe('筛选 /援助  5/96 · 排序 章节');
	});

	test('in Sections, a search and Enter in one read close the box: the next n is a key, not text', async () => {
		const app = renderApp(ONE_YEAR);
		await app.type('/复议\r');
		expect(status(app.lastFrame())).toBe('第 1/8 处');
		await app.type('nn');
		expect(status(app.lastFrame())).toBe('第 3/8 处');
	});
});

describe('Sections', () => {
	test('/ starts a new search; Enter jumps to the first match, n/N step through, "not found" when none', async () => {
		const app = renderApp(ONE_YEAR, {}, {columns: 80, rows: 24});
		await app.type('/', '法律援助', KEYS.enter);
		expect(status(app.lastFrame())).toBe('第 1/7 处');
		expect(lines(app.lastFrame())[1]).toMatch(/│ 正文 \S+ +5\.3 提升法律服务质效/);
		await app.type('N');
		expect(status(app.lastFrame())).toBe('第 7/7 处');
		await app.type('/', '没有这个词', KEYS.enter);
		expect(status(app.lastFrame())).toBe('本报告中没有“没有这个词”');
	});

	test('the text pane scrolls like less: j/k, Space, Ctrl-D/U, g/G', async () => {
		const app = renderApp(ONE_YEAR, {}, {columns: 80, rows: 15});
		await app.type('jjjjj', KEYS.enter, KEYS.enter);
		const range = () => /(\d+)–(\d+)\/(\d+)/.exec(lines(app.lastFrame())[1]!)!.slice(1).map(Number);
		expect(range()).toEqual([1, 11, 37]);
		await app.type('j');
		expect(range()).toEqual([2, 12, 37]);
		await app.type(' ');
		expect(range()).toEqual([12, 22, 37]);
		await app.type('g', '\u0004');
		expect(range()).toEqual([6, 16, 37]);
		await app.type('G');
		expect(range()).toEqual([27, 37, 37]);
	});

	test(':5.2 jumps to a section; the introduction can be read', async () => {
		const app = renderApp(ONE_YEAR);
		await app.type(':', '5.2', KEYS.enter);
		expect(lines(app.lastFrame())[1]).toMatch(/│ 正文 \S+ +5\.2 规范开展行政复议/);
		await app.type(':', '0', KEYS.enter);
		expect(lines(app.lastFrame())[1]).toMatch(/│ 正文 \S+ +导语/);
		expect(app.lastFrame()).toContain('2023 年，在省委、省政府的坚强领导下');
	});
});

describe('Indicators and Diff', () => {
	test('Enter opens the figure in its section: the text pane, the figure selected, the old search gone', async () => {
		const app = renderApp(ONE_YEAR);
		await app.type('/', '调解', KEYS.enter, '2', '/', '复议', KEYS.enter, KEYS.enter);
		expect(status(app.lastFrame())).toBe('行政复议案件  102 件  · 晋城市-2023:5.2:1');
		expect(lines(app.lastFrame())[1]).toMatch(/│ 正文 \S+ +5\.2 规范开展行政复议/);
		expect(footer(app.lastFrame())).toMatch(/^ 正文 /);
	});

	test('the Diff filter speaks the filter language', async () => {
		const app = renderApp(TWO_YEARS, {view: 'diff'}, {columns: 100, rows: 30}, 'en');
		await app.type('/', 'u:% >99', KEYS.enter);
		const rows = lines(app.lastFrame()).filter(l => /^[│▸] [^§ ]/.test(l) && !l.includes('Indicator'));
		// What the core says: the rows whose 2023 figure is a percentage above 99.
		const wanted = diffReports(TWO_YEARS.byYear.get(2022)!, TWO_YEARS.byYear.get(2023)!)
			.rows.filter(r => r.to && r.to.unit === '%' && r.to.value > 99)
			.map(r => (r.from && r.from.label !== r.to!.label ? `${r.from.label} → ${r.to!.label}` : r.label));
		expect(wanted.length).toBeGreaterThan(3);
		expect(rows.map(l => l.slice(1).split('│')[0]!.trim())).toEqual(wanted.slice(0, rows.length));
	});

	test('y and [ ] change the compared years, and say so at the ends; a and b choose any two years', async () => {
		const three = {
			...TWO_YEARS,
			years: [2021, 2022, 2023],
			byYear: new Map([[2021, TWO_YEARS.byYear.get(2022)!], ...TWO_YEARS.byYear]),
		};
		const app = renderApp(three, {view: 'diff'}, {columns: 100, rows: 30}, 'en');
		const pair = () => /(\d{4}) → (\d{4})/.exec(lines(app.lastFrame())[1]!)!.slice(1).join('→');
		expect(pair()).toBe('2022→2023');
		await app.type(']');
		expect(status(app.lastFrame())).toBe('already the latest years stored');
		await app.type('[');
		expect(pair()).toBe('2021→2022');
		await app.type('y');
		expect(pair()).toBe('2022→2023');
		await app.type('a');
		expect(pair()).toBe('2021→2023');
	});
});

describe('overlays and effects', () => {
	test('q in the help closes it (it does not quit); the help scrolls', async () => {
		const app = renderApp(TWO_YEARS, {}, {columns: 70, rows: 20});
		await app.type('?');
		const first = lines(app.lastFrame())[1];
		await app.type('j');
		expect(lines(app.lastFrame())[1]).not.toBe(first);
		await app.type('q');
		expect(app.effects).toEqual([]);
		expect(lines(app.lastFrame())[1]).toMatch(/目录/);
	});

	test('the picker narrows as you type and opens the report chosen', async () => {
		const app = renderApp(TWO_YEARS);
		await app.type('p', '沁水');
		expect(app.lastFrame()).toContain('1/3');
		await app.type(KEYS.enter);
		expect(app.effects).toEqual([{kind: 'open', ref: CATALOGUE[2]}]);
	});

	test('the picker removes the selected report after y, and anything else cancels', async () => {
		const app = renderApp(TWO_YEARS);
		await app.type('p', KEYS.down, KEYS.delete);
		expect(status(app.lastFrame())).toBe(
			'从库中删除 晋城市 2022？它会先备份（jcfz restore 可恢复）。y 删除 · 其他键取消',
		);
		await app.type('n');
		expect(status(app.lastFrame())).toBe('');
		expect(app.effects).toEqual([]);
		await app.type(KEYS.delete, 'y');
		expect(app.effects).toEqual([{kind: 'remove', ref: CATALOGUE[1]}]);
		// The picker closed: the screen behind it is back.
		expect(app.lastFrame()).not.toContain('打开报告');
	});

	test('the picker refiles the selected report: F2, the region and year typed, Enter', async () => {
		const app = renderApp(TWO_YEARS);
		await app.type('p', KEYS.down, KEYS.f2);
		expect(status(app.lastFrame())).toBe('把 晋城市 2022 改到（地区 年份）：晋城市 2022▏  回车确认，Esc 取消');
		await app.type(KEYS.enter);
		expect(app.effects).toEqual([]);
		expect(status(app.lastFrame())).toBe('请输入要改到的地区、年份或两者（如 长治市 2022），且与现在不同');
		await app.type(KEYS.backspace, '1', KEYS.enter);
		expect(app.effects).toEqual([{kind: 'move', ref: CATALOGUE[1], region: '晋城市', year: 2021}]);
	});

	test('a synthetic report says so at the start of the header, however narrow', async () => {
		const app = renderApp(TWO_YEARS, {yearIndex: 0}, {columns: 60, rows: 15});
		expect(lines(app.lastFrame())[0]).toMatch(/^jcfz · 晋城市 2022 · 合成测试数据 · /);
	});

	test('e in Sections exports the section itself: its text and its figures', async () => {
		const app = renderApp(ONE_YEAR);
		await app.type('j', 'e', 'm', 'e', 'j');
		const [md, json] = app.effects.map(e => (e as {file: {name: string; text: string}}).file);
		expect(md!.name).toBe('jcfz-晋城市-2023-section-1.md');
		const section = ONE_YEAR.byYear.get(2023)!.report.sections[0]!;
		expect(md!.text.startsWith(`## ${section.ordinal}${section.title}\n\n${section.children[0]!.ordinal}`)).toBe(true);
		expect(md!.text).toContain('| 年份 | 地区 | 章节 | 指标 | 数值 | 单位 |');
		const parsed = JSON.parse(json!.text) as {id: string; title: string; text: string[]; indicators: unknown[]};
		expect([parsed.id, parsed.title, parsed.text.length > 3, parsed.indicators.length > 0]).toEqual([
			'1',
			section.title,
			true,
			true,
		]);
	});

	test('c copies the selection, e exports the view', async () => {
		const app = renderApp(ONE_YEAR, {view: 'indicators'});
		await app.type('c', 'e', 'c');
		expect(app.effects.map(e => e.kind)).toEqual(['copy', 'export']);
		expect(app.effects[0]).toEqual({
			kind: 'copy',
			text: `研究审议法治议题 25 次\t${ONE_YEAR.byYear.get(2023)!.indicators[0]!.sentence}`,
		});
		const file = (app.effects[1] as {file: {name: string; text: string}}).file;
		expect(file.name).toBe('jcfz-晋城市-2023-indicators.csv');
		expect(file.text.split('\r\n')).toHaveLength(98);
	});
});
