/**
 * pdf-layout: a PDF's positioned runs → paragraphs, tested on runs laid out by hand (synthetic text): every trap
 * of a report exported from Word, one at a time.
 */
import {describe, expect, test} from 'vitest';
import {type PdfPage, type PdfRun, pdfText} from '../../src/formats/pdf-layout.js';

const WIDTH = 595;
const LEFT = 80;
const RIGHT = 520;

/** A run of `text` at (x, y), every character `size` wide (as CJK glyphs are; Latin and digits half that). */
function run(text: string, x: number, y: number, size = 16): PdfRun {
	const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0);
	return {text, x, y, width, size};
}

/** Runs one after the other on a baseline, as Word writes CJK and Latin text in different fonts. */
function runs(parts: readonly string[], x: number, y: number, size = 16): PdfRun[] {
	const out: PdfRun[] = [];
	let at = x;
	for (const part of parts) {
		const r = run(part, at, y, size);
		out.push(r);
		at += r.width;
	}
	return out;
}

/** A paragraph of body text at 16 pt, wrapped at the right margin, the first line indented by two characters. */
function paragraph(text: string, top: number, indent = 32): {runs: PdfRun[]; bottom: number} {
	const out: PdfRun[] = [];
	let y = top;
	let rest = text;
	let first = true;
	while (rest) {
		const x = LEFT + (first ? indent : 0);
		const fits = Math.floor((RIGHT - x) / 16);
		out.push(run(rest.slice(0, fits), x, y));
		rest = rest.slice(fits);
		y -= 28;
		first = false;
	}
	return {runs: out, bottom: y};
}

const page = (pageRuns: PdfRun[]): PdfPage => ({width: WIDTH, height: 842, runs: pageRuns});

describe('lines and runs', () => {
	test('runs of different fonts rejoin without the space a PDF puts between them; Latin words keep theirs', () => {
		const line = [...runs(['全年办理', ' ', '102', ' ', '件，同比增长', ' ', '8.4', ' ', '%。'], LEFT + 32, 700)];
		const latin = runs(['使用', ' ', 'Open', ' ', 'Data', ' ', '平台。'], LEFT + 32, 672);
		expect(pdfText([page([...line, ...latin])])).toBe('全年办理102件，同比增长8.4%。\n使用Open Data平台。\n');
	});
	test('spaces inside a run between Chinese characters are justification, not text', () => {
		expect(pdfText([page([run('全面 推行 行政 执法 三项 制度。', LEFT + 32, 700)])])).toBe(
			'全面推行行政执法三项制度。\n',
		);
	});
	test('table cells: a wide gap inside a row becomes a tab, and rows stay rows', () => {
		const rows = [
			[...runs(['指标'], 140, 600, 12), ...runs(['2022年'], 260, 600, 12), ...runs(['2023年'], 400, 600, 12)],
			[...runs(['网办事项'], 140, 582, 12), ...runs(['1105'], 260, 582, 12), ...runs(['1260'], 400, 582, 12)],
		].flat();
		expect(pdfText([page(rows)])).toBe('指标\t2022年\t2023年\n网办事项\t1105\t1260\n');
	});
	test('rotated runs (seals, watermarks) are not given to the layout: pdf.ts drops them', () => {
		// Nothing to lay out is an empty text, never a crash.
		expect(pdfText([page([])])).toBe('');
	});
});

describe('paragraphs', () => {
	const text1 =
		'县政府主要负责同志认真履行推进法治建设第一责任人职责，全年召开县政府常务会议研究法治议题12次，对法治工作作出批示24次。';
	const text2 = '各部门主要负责人在年终述职中一并报告履行法治建设职责情况，全县法治督察发现问题37个，已整改完成35个。';

	test('wrapped lines join; an indented line starts the next paragraph', () => {
		const a = paragraph(text1, 700);
		const b = paragraph(text2, a.bottom);
		expect(pdfText([page([...a.runs, ...b.runs])])).toBe(`${text1}\n${text2}\n`);
	});
	test('a short line ends its paragraph (a heading), whatever follows', () => {
		const heading = run('一、加强组织领导', LEFT + 32, 728);
		const body = paragraph(text1, 700);
		expect(pdfText([page([heading, ...body.runs])])).toBe(`一、加强组织领导\n${text1}\n`);
	});
	test('a sentence cut by a page break is one paragraph again; the page numbers and running header are dropped', () => {
		const whole = paragraph(text1 + text2, 100);
		// Split the paragraph's lines over two pages: the first two lines at the foot of page 1, the rest on page 2.
		const [l1, l2, ...rest] = whole.runs;
		const header = (y: number) => run('平遥县人民政府文件（合成测试数据）', 210, y, 10.5);
		const p1 = page([header(780), {...l1!, y: 100}, {...l2!, y: 72}, run('— 1 —', 280, 40, 14)]);
		const p2 = page([header(780), ...rest.map((r, k) => ({...r, y: 740 - k * 28})), run('— 2 —', 280, 40, 14)]);
		const p3 = page([header(780), ...paragraph(text2, 740).runs, run('第 3 页 共 3 页', 250, 40, 14)]);
		expect(pdfText([p1, p2, p3])).toBe(`${text1}${text2}\n${text2}\n`);
	});
	test('page numbers as they are written: - 2 -, 3/5, 第 1 页 共 5 页, a bare number', () => {
		for (const number of ['- 2 -', '3/5', '第 1 页 共 5 页', '12', '—3—']) {
			const body = paragraph(text1, 700);
			expect(pdfText([page([...body.runs, run(number, 280, 40, 12)])]), number).toBe(`${text1}\n`);
		}
	});
	test('a number in the text is not a page number unless it stands alone at the edge of the page', () => {
		const body = paragraph(text1, 700);
		expect(pdfText([page([...body.runs, run('2023', LEFT + 32, 40)])])).toBe(`${text1}\n2023\n`);
		expect(pdfText([page([run('12', 280, 800), ...body.runs])])).toBe(`${text1}\n`);
	});
	test('a title wrapped over two centred lines of a larger size is one line; the publisher under it is not', () => {
		const title = [
			run('平遥县人民政府关于2023年度法治政府建设', 90, 760, 22),
			run('工作情况的报告（合成测试数据）', 135, 724, 22),
			run('平遥县人民政府', 244, 680),
		];
		const body = paragraph(text1, 640);
		expect(pdfText([page([...title, ...body.runs])])).toBe(
			`平遥县人民政府关于2023年度法治政府建设工作情况的报告（合成测试数据）\n平遥县人民政府\n${text1}\n`,
		);
	});
	test('without first-line indents, a wider gap starts a paragraph, and so does a full line that ends a sentence', () => {
		const a = paragraph(`${text1.slice(0, 26)}。${text1.slice(27)}`, 700, 0);
		const b = paragraph(text2, a.bottom - 14, 0);
		// The first line happens to end with 。: in a document without indents that is taken as a paragraph end.
		expect(pdfText([page([...a.runs, ...b.runs])])).toBe(`${text1.slice(0, 26)}。\n${text1.slice(27)}\n${text2}\n`);
	});
	test("two columns are read one after the other, each column's lines joined", () => {
		const col = (text: string, x: number) => {
			const out: PdfRun[] = [];
			// 12 characters a line (11 on the first, indented), justified to the column's edge as Word does (but
			// the last line); the columns 42 points apart.
			for (let k = 0, at = 0, y = 600; at < text.length; k++, y -= 28) {
				const n = k === 0 ? 11 : 12;
				const start = x + (k === 0 ? 32 : 0);
				const r = run(text.slice(at, at + n), start, y);
				at += n;
				out.push(at < text.length ? {...r, width: x + 192 - start} : r);
			}
			return out;
		};
		const left = '深化综合行政执法改革，整合执法队伍6支，全县持证执法人员达到860人，组织执法人员培训班14期。';
		const right = '全面推行行政执法三项制度，公示执法信息4万条，开展执法案卷评查2次，评查案卷320卷。';
		const lines = [run('四、严格规范公正文明执法', LEFT + 32, 640), ...col(left, LEFT), ...col(right, 314)];
		expect(pdfText([page(lines)])).toBe(`四、严格规范公正文明执法\n${left}\n${right}\n`);
	});
});
