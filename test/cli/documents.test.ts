/**
 * PDF and Word reports through the real binary, on the SYNTHETIC office fixtures of test/fixtures/documents/
 * (made by bin/fixtures/make-documents.mts): each format reads as the same text does, from a file, a folder,
 * stdin and a URL; what cannot be read is refused in one line, exit 3, the store unchanged.
 */
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {fingerprint, jcfz, jcfzAsync, ROOT, tempDir} from '../helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'documents');
const fixture = (name: string) => join(FIXTURES, name);

interface Row {
	readonly sectionId: string;
	readonly label: string;
	readonly value: number;
	readonly unit: string;
	readonly qualifier: string | null;
}

/** The figures of one file imported alone into a store of its own, as section|label|value|unit|qualifier. */
function figuresOf(file: string): string[] {
	const db = join(tempDir(), 'jcfz.json');
	const r = jcfz(['import', file], {db});
	expect(r.code, r.stderr).toBe(0);
	return (JSON.parse(jcfz(['indicators', '--json'], {db}).stdout) as Row[]).map(
		i => `${i.sectionId}|${i.label}|${i.value}|${i.unit}|${i.qualifier ?? ''}`,
	);
}

describe('each format reads as its text does', () => {
	const text = figuresOf(fixture('synthetic-office.txt'));
	test('the text itself: 49 figures in 7 sections', () => {
		expect(text).toHaveLength(49);
		expect(text.slice(0, 3)).toEqual([
			'1.1|县政府常务会议研究法治政府建设议题|12|次|',
			'1.1|作出批示|24|次|',
			'1.1|听取法治政府建设工作汇报|3|次|',
		]);
	});
	test.each(['docx', 'doc'])('.%s: the same figures, labels and sections', format => {
		expect(figuresOf(fixture(`synthetic-office.${format}`))).toEqual(text);
	});
	test('.pdf: the same figures; one label differs, where the PDF itself lost a comma at a column edge', () => {
		const pdf = figuresOf(fixture('synthetic-office.pdf'));
		const differs = pdf.filter(f => !text.includes(f));
		expect(differs).toEqual(['4|深化综合行政执法改革整合执法队伍|6|支|']);
		expect(pdf.map(f => f.split('|').slice(2).join('|'))).toEqual(text.map(f => f.split('|').slice(2).join('|')));
	});
	test('region, year, title and publication date of each; list and list --json show the date', () => {
		const db = join(tempDir(), 'jcfz.json');
		const r = jcfz(['import', fixture('synthetic-office.pdf'), '--json'], {db});
		const [row] = JSON.parse(r.stdout);
		expect([row.region, row.regionCode, row.year, row.title, row.format, row.published]).toEqual([
			'平遥县',
			'140728',
			2023,
			'平遥县人民政府关于2023年度法治政府建设工作情况的报告（合成测试数据）',
			'pdf',
			'2024-03-25',
		]);
		// The store was seeded with the bundled report first: it carries no date.
		const entries = JSON.parse(jcfz(['list', '--json'], {db}).stdout) as {region: string; published: string | null}[];
		expect(entries.map(e => [e.region, e.published])).toEqual([
			['晋城市', null],
			['平遥县', '2024-03-25'],
		]);
		const lines = jcfz(['list'], {db, env: {COLUMNS: '100'}}).stdout.split('\n');
		expect(lines[0]).toMatch(/^Region +Year +Published +Sections +Indicators +Title/);
		expect(lines.slice(1, 3).map(l => l.replace(/ +/g, ' ').split(' ').slice(0, 5))).toEqual([
			['晋城市', '2023', '—', '7', '96'],
			['平遥县', '2023', '2024-03-25', '7', '49'],
		]);
		for (const format of ['docx', 'doc']) {
			const [doc] = JSON.parse(jcfz(['import', fixture(`synthetic-office.${format}`), '--dry-run', '--json']).stdout);
			expect([doc.region, doc.year, doc.format, doc.published]).toEqual(['平遥县', 2023, format, '2024-03-25']);
		}
	});
	test("a PDF whose Chinese font is not embedded (STSong-Light) reads through pdf.js's CMaps", () => {
		expect(figuresOf(fixture('synthetic-standard-cjk-font.pdf'))).toEqual([
			'1|县政府常务会议研究法治议题|12|次|',
			'1|作出批示|24|次|',
			'2|行政复议案件|102|件|',
			'2|调解成功率|98|%|',
		]);
	});
	test('long documents: 20 and 197 pages, every page read', () => {
		const db = join(tempDir(), 'jcfz.json');
		expect(jcfz(['import', fixture('synthetic-office-20p.pdf'), '--dry-run'], {db}).stdout).toBe(
			`${fixture('synthetic-office-20p.pdf')}: parsed, not written (dry run) 平遥县 2023 — 10 sections, 259 indicators\n`,
		);
		expect(jcfz(['import', fixture('synthetic-office-200p.pdf'), '--dry-run'], {db}).stdout).toBe(
			`${fixture('synthetic-office-200p.pdf')}: parsed, not written (dry run) 平遥县 2023 — 35 sections, 2509 indicators\n`,
		);
	});
});

describe('files, folders, stdin', () => {
	test('a folder picks up .pdf .docx .doc .wps beside .txt, told apart by content, not by name', () => {
		const folder = join(tempDir(), 'reports');
		mkdirSync(folder);
		copyFileSync(fixture('synthetic-office.pdf'), join(folder, 'a.pdf'));
		copyFileSync(fixture('synthetic-office.docx'), join(folder, 'b.docx'));
		// A Word 97 file saved by WPS as .wps, and a PDF served under a wrong name.
		copyFileSync(fixture('synthetic-office.doc'), join(folder, 'c.wps'));
		copyFileSync(fixture('synthetic-office.pdf'), join(folder, 'd.txt'));
		const r = jcfz(['import', folder, '--dry-run'], {db: join(tempDir(), 'jcfz.json')});
		expect(r.stdout.split('\n').filter(Boolean)).toEqual(
			['a.pdf', 'b.docx', 'c.wps', 'd.txt'].map(
				f => `${join(folder, f)}: parsed, not written (dry run) 平遥县 2023 — 7 sections, 49 indicators`,
			),
		);
	});
	test('stdin', () => {
		const db = join(tempDir(), 'jcfz.json');
		const r = jcfz(['import', '-', '--dry-run', '--json'], {
			db,
			input: readFileSync(fixture('synthetic-office.docx')) as unknown as string,
		});
		expect(JSON.parse(r.stdout)[0]).toMatchObject({input: 'stdin', region: '平遥县', format: 'docx', indicators: 49});
	});
});

describe('what cannot be read is refused: one line, exit 3, the store unchanged', () => {
	const dir = tempDir();
	const db = join(dir, 'jcfz.json');
	const damaged = join(dir, 'synthetic-damaged.pdf');
	const truncated = join(dir, 'synthetic-truncated.docx');
	const sheet = join(dir, 'synthetic-sheet.docx');
	beforeAll(() => {
		expect(jcfz(['list'], {db}).code).toBe(0);
		writeFileSync(damaged, readFileSync(fixture('synthetic-office.pdf')).subarray(0, 3000));
		writeFileSync(truncated, readFileSync(fixture('synthetic-office.docx')).subarray(0, 4000));
		// A ZIP that is no Word document: the .docx fixture with its body part renamed.
		const docx = readFileSync(fixture('synthetic-office.docx'));
		writeFileSync(
			sheet,
			Buffer.from(docx.toString('latin1').replaceAll('word/document.xml', 'word/documenX.xml'), 'latin1'),
		);
	});
	test.each([
		[
			'synthetic-scan.pdf',
			'no text layer: this PDF is a scan (2 of 2 pages are images only); run OCR first, e.g. ocrmypdf -l chi_sim in.pdf out.pdf, and import the result',
		],
		[
			'synthetic-encrypted.pdf',
			'the PDF is password-protected; open it with its password and save a copy without one (e.g. qpdf --password=PASSWORD --decrypt in.pdf out.pdf), then import that',
		],
		[
			'synthetic-unmapped-font.pdf',
			"the PDF's fonts map to no Unicode text (its text layer reads as mojibake, not Chinese); export it again from the original document, or run OCR (ocrmypdf --force-ocr -l chi_sim in.pdf out.pdf)",
		],
	])('%s', (name, message) => {
		const before = fingerprint(dir);
		expect(jcfz(['import', fixture(name)], {db})).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: ${fixture(name)}: ${message}\n`,
		});
		expect(fingerprint(dir)).toEqual(before);
	});
	test('a damaged PDF, a truncated .docx, a ZIP that is not a Word document', () => {
		const before = fingerprint(dir);
		const pdf = jcfz(['import', damaged], {db});
		expect([pdf.code, pdf.stdout]).toEqual([3, '']);
		expect(pdf.stderr).toMatch(new RegExp(`^jcfz: ${damaged}: damaged PDF \\(.+\\); download it again\\n$`));
		const docx = jcfz(['import', truncated], {db});
		expect(docx).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: ${truncated}: damaged Word document (no end of central directory); download it again, or open and save it in Word or WPS\n`,
		});
		expect(jcfz(['import', sheet], {db})).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: ${sheet}: a ZIP archive, not a Word document; unpack it and import the reports inside\n`,
		});
		const zh = jcfz(['import', fixture('synthetic-scan.pdf'), '--lang', 'zh'], {db});
		expect(zh.stderr).toBe(
			`jcfz: ${fixture('synthetic-scan.pdf')}：没有文字层：这是扫描件（2 页中 2 页只有图像）；请先做文字识别（如 ocrmypdf -l chi_sim in.pdf out.pdf）再导入结果\n`,
		);
		expect(fingerprint(dir)).toEqual(before);
	});
});

describe('from the web', () => {
	let server: Server;
	let base: string;
	beforeAll(async () => {
		server = createServer((req, res) => {
			const route = req.url ?? '';
			const send = (type: string, file: string) => {
				res.writeHead(200, {'content-type': type});
				res.end(readFileSync(fixture(file)));
			};
			if (route === '/report.pdf') send('application/pdf', 'synthetic-office.pdf');
			else if (route === '/download?id=7') send('application/octet-stream', 'synthetic-office.docx');
			else if (route === '/report.doc') send('application/msword', 'synthetic-office.doc');
			else if (route === '/scan.pdf') send('application/pdf', 'synthetic-scan.pdf');
			else {
				res.writeHead(404);
				res.end();
			}
		});
		await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => server.close());
	test.each([
		['/report.pdf', 'pdf'],
		['/download?id=7', 'docx'],
		['/report.doc', 'doc'],
	])('%s (served as its type, or as octet-stream)', async (route, format) => {
		const r = await jcfzAsync(['import', `${base}${route}`, '--dry-run', '--json'], {db: join(tempDir(), 'j.json')});
		expect(r.code, r.stderr).toBe(0);
		expect(JSON.parse(r.stdout)[0]).toMatchObject({
			region: '平遥县',
			year: 2023,
			format,
			published: '2024-03-25',
			indicators: 49,
		});
	});
	test('a scan from the web is refused as from a file', async () => {
		const r = await jcfzAsync(['import', `${base}/scan.pdf`], {db: join(tempDir(), 'j.json')});
		expect([r.code, r.stdout, r.stderr.startsWith(`jcfz: ${base}/scan.pdf: no text layer`)]).toEqual([3, '', true]);
	});
});
