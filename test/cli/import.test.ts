/**
 * Importing real-world input through the real binary: encodings, web pages, URLs, and every kind of bad input —
 * each bad one gives a one-line error, a non-zero exit code and a store that is byte for byte unchanged.
 */
import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, truncateSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import iconv from 'iconv-lite';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {analyze} from '../../src/core/analyze.js';
import {asWebPage, ENCODED, TEXT} from '../encodings.js';
import {SYNTHETIC_2022, fingerprint, jcfz, jcfzAsNobody, jcfzAsync, tempDir} from '../helpers.js';

describe('encodings through the binary', () => {
	test('the binary imports every encoding to the same indicators', () => {
		const dir = tempDir();
		const outputs = new Set<string>();
		for (const [k, bytes] of Object.values(ENCODED).entries()) {
			const file = join(dir, `synthetic-${k}.txt`);
			writeFileSync(file, bytes);
			const db = join(dir, `store-${k}`, 'jcfz.json');
			expect(jcfz(['import', file], {db}).code).toBe(0);
			outputs.add(jcfz(['indicators', '--year', '2022', '--json'], {db}).stdout);
		}
		const page = join(dir, 'synthetic-page.html');
		writeFileSync(page, iconv.encode(asWebPage(TEXT, 'gb2312'), 'gbk'));
		const db = join(dir, 'store-html', 'jcfz.json');
		expect(jcfz(['import', page], {db}).stdout).toBe(`${page}: imported 晋城市 2022 — 6 sections, 38 indicators\n`);
		expect(outputs.size).toBe(1);
	});
});

describe('real layouts, imported without --region or --year (synthetic files in test/fixtures/layouts/)', () => {
	test.each([
		[
			'synthetic-chrome-page.txt',
			{
				region: '泽州县',
				regionCode: '140525',
				department: '',
				year: 2023,
				sections: 1,
				indicators: 2,
				warnings: [{code: 'few-indicators', message: 'only 2 indicators found'}],
			},
		],
		[
			'synthetic-one-line.txt',
			{
				region: '阳城县',
				regionCode: '140522',
				department: '',
				year: 2022,
				sections: 2,
				indicators: 6,
				warnings: [
					{code: 'no-title', message: 'no title found'},
					{code: 'year-from-text', message: 'year read from the text: 2022'},
					{code: 'few-indicators', message: 'only 6 indicators found'},
				],
			},
		],
		[
			'synthetic-no-title.txt',
			{
				region: '晋城市',
				regionCode: '140500',
				department: '',
				year: 2022,
				sections: 1,
				indicators: 2,
				warnings: [
					{code: 'no-title', message: 'no title found'},
					{code: 'year-from-text', message: 'year read from the text: 2022'},
					{code: 'few-indicators', message: 'only 2 indicators found'},
				],
			},
		],
		[
			'synthetic-department.txt',
			{
				region: '山西省政务办',
				regionCode: '140000',
				department: '政务办',
				year: 2022,
				sections: 1,
				indicators: 2,
				warnings: [{code: 'few-indicators', message: 'only 2 indicators found'}],
			},
		],
		[
			'synthetic-traditional.txt',
			{
				region: '阳城县',
				regionCode: '140522',
				department: '',
				year: 2023,
				sections: 1,
				indicators: 4,
				warnings: [
					{code: 'no-title', message: 'no title found'},
					{code: 'year-from-text', message: 'year read from the text: 2023'},
					{code: 'few-indicators', message: 'only 4 indicators found'},
				],
			},
		],
	])('%s', (file, expected) => {
		const r = jcfz(['import', join('test', 'fixtures', 'layouts', file), '--dry-run', '--json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)[0]).toMatchObject({outcome: 'parsed', ...expected});
	});
});

describe('bad input: one line, exit ≠ 0, store unchanged', () => {
	let dir: string;
	let db: string;
	beforeAll(() => {
		dir = tempDir();
		db = join(dir, 'store', 'jcfz.json');
		expect(jcfz(['list'], {db}).code).toBe(0);
	});

	function expectRefused(args: string[], code: number, stderr: string | RegExp) {
		const before = fingerprint(join(dir, 'store'));
		const r = jcfz(args, {db});
		expect(r.code).toBe(code);
		expect(r.stdout).toBe('');
		expect(r.stderr.split('\n')).toHaveLength(2); // one line and the final newline
		if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
		else expect(r.stderr).toMatch(stderr);
		expect(fingerprint(join(dir, 'store'))).toEqual(before);
	}

	test('an empty file', () => {
		const f = join(dir, 'empty.txt');
		writeFileSync(f, '');
		expectRefused(['import', f], 3, `jcfz: ${f}: the file is empty\n`);
	});
	test('a binary file (checked before decoding: GB18030 decodes any bytes)', () => {
		const f = join(dir, 'picture.txt');
		writeFileSync(
			f,
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
		);
		expectRefused(
			['import', f],
			3,
			`jcfz: ${f}: looks like a binary file (NUL or control bytes), not a report; give a text, Markdown, saved web page, PDF or Word file\n`,
		);
	});
	test('a file too large (the size is checked before reading)', () => {
		const f = join(dir, 'huge.txt');
		writeFileSync(f, '');
		truncateSync(f, 64 * 1024 * 1024);
		expectRefused(['import', f], 3, `jcfz: ${f}: 64 MB is too large for a report (limit 20 MB)\n`);
	});
	test('no title and no year: asks for --year/--region', () => {
		const f = join(dir, 'notitle.txt');
		writeFileSync(f, '一、工作情况\n\n办理行政复议案件87件，行政应诉案件31件。\n');
		expectRefused(
			['import', f],
			2,
			`jcfz: ${f}: no year found in the title or the opening paragraphs: pass --year YYYY\n`,
		);
		expectRefused(
			['import', f, '--year', '2022'],
			2,
			`jcfz: ${f}: no region found in the title or the opening (there is no title): pass --region NAME (e.g. --region 晋城市)\n`,
		);
	});
	test('no indicators, no title, no sections: refused unless --force; a report without figures imports with a warning', () => {
		const f = join(dir, 'nofigures.txt');
		writeFileSync(f, '2022年，晋城市召开会议，部署工作（合成测试数据）。\n');
		expectRefused(
			['import', f],
			3,
			`jcfz: ${f}: no indicators, no report title and no numbered sections found: is this the report itself? (--force imports it anyway)\n`,
		);
		const r = jcfz(['import', f, '--force', '--dry-run'], {db});
		expect([r.code, r.stdout]).toEqual([
			0,
			`${f}: parsed, not written (dry run) 晋城市 2022 — 0 sections, 0 indicators\n`,
		]);
		const report = join(dir, 'synthetic-nofigures-report.txt');
		writeFileSync(report, '晋城市2022年法治政府建设工作情况的报告（合成测试数据）\n\n一、工作\n\n我们认真工作。\n');
		const ok = jcfz(['import', report, '--dry-run'], {db});
		expect([ok.code, ok.stdout, ok.stderr]).toEqual([
			0,
			`${report}: parsed, not written (dry run) 晋城市 2022 — 1 section, 0 indicators\n`,
			`${report}: warning: no indicator found\n`,
		]);
		// Warnings speak the user's language, like every other message.
		expect(jcfz(['import', report, '--dry-run', '--lang', 'zh'], {db}).stderr).toBe(`${report}: 提醒: 没有找到指标\n`);
	});
	test('a missing file, a folder without report files', () => {
		expectRefused(['import', join(dir, 'nope.txt')], 1, `jcfz: ${join(dir, 'nope.txt')}: no such file\n`);
		const empty = join(dir, 'empty-folder');
		mkdirSync(empty);
		writeFileSync(join(empty, 'notes.xlsx'), 'PK');
		expectRefused(
			['import', empty],
			2,
			`jcfz: ${empty}: a folder with no report files (.txt .md .html .pdf .docx .doc .wps) in it\n`,
		);
	});
	test('a folder imports the report files in it and below it, in name order', () => {
		const folder = join(tempDir(), 'reports');
		mkdirSync(join(folder, '2022'), {recursive: true});
		writeFileSync(join(folder, '2022', 'synthetic-a.txt'), TEXT);
		writeFileSync(join(folder, 'synthetic-b.md'), TEXT.replace(/2022/g, '2021'));
		writeFileSync(join(folder, 'figures.xlsx'), 'PK');
		const r = jcfz(['import', folder, '--dry-run'], {db: join(tempDir(), 'jcfz.json')});
		expect(r.stdout.split('\n').filter(Boolean)).toEqual([
			`${join(folder, '2022', 'synthetic-a.txt')}: parsed, not written (dry run) 晋城市 2022 — 6 sections, 38 indicators`,
			`${join(folder, 'synthetic-b.md')}: parsed, not written (dry run) 晋城市 2021 — 6 sections, 38 indicators`,
		]);
	});
	test('a FIFO and a device are refused without waiting or reading them', () => {
		const fifo = join(dir, 'synthetic.fifo');
		execFileSync('mkfifo', [fifo]);
		expectRefused(['import', fifo], 2, `jcfz: ${fifo}: not a regular file\n`);
		expectRefused(['import', '/dev/zero'], 2, 'jcfz: /dev/zero: not a regular file\n');
	});
	test('one bad file in a --strict batch: nothing of the batch is written, every failure named', () => {
		const empty = join(dir, 'empty2.txt');
		writeFileSync(empty, '');
		const before = fingerprint(join(dir, 'store'));
		expect(jcfz(['import', SYNTHETIC_2022, empty, '--strict'], {db})).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: ${empty}: the file is empty\njcfz: 1 of 2 inputs cannot be imported (listed above); --strict: nothing was written\n`,
		});
		expect(fingerprint(join(dir, 'store'))).toEqual(before);
	});
	test('same report again: "already imported", exit 0, not one byte written', () => {
		expect(jcfz(['import', SYNTHETIC_2022], {db}).code).toBe(0);
		const before = fingerprint(join(dir, 'store'));
		expect(jcfz(['import', SYNTHETIC_2022], {db})).toEqual({
			code: 0,
			stdout: `${SYNTHETIC_2022}: already imported 晋城市 2022 — 6 sections, 38 indicators\n`,
			stderr: '',
		});
		expect(fingerprint(join(dir, 'store'))).toEqual(before);
	});
	test('same region and year, other text: refused (exit 1) unless --replace, which keeps a backup', () => {
		const f = join(dir, 'synthetic-2022-corrected.txt');
		writeFileSync(f, TEXT.replace('办理行政复议案件87件', '办理行政复议案件88件'));
		expectRefused(
			['import', f],
			1,
			'jcfz: 晋城市 2022 is already in the store with different figures or headings: pass --replace to replace it (the old one is backed up), or jcfz move it to another region or year\n',
		);
		expect(jcfz(['import', f, '--replace'], {db}).stdout).toBe(
			`${f}: replaced (old version backed up) 晋城市 2022 — 6 sections, 38 indicators\n`,
		);
		expect(Object.keys(fingerprint(join(dir, 'store'))).filter(p => p.startsWith('jcfz.backups/'))).toHaveLength(1);
		expect(jcfz(['show', '行政复议', '--year', '2022'], {db}).stdout).toContain('88');
	});
	test('stdin', () => {
		const r = jcfz(['import', '-', '--dry-run'], {db, input: TEXT});
		expect(r.stdout).toBe('stdin: parsed, not written (dry run) 晋城市 2022 — 6 sections, 38 indicators\n');
	});
});

describe('permissions and a full disk (run as nobody: root ignores file modes)', () => {
	test('a read-only store folder: a clear error, exit 3, unchanged', () => {
		const dir = tempDir();
		chmodSync(dir, 0o755);
		const db = join(dir, 'jcfz.json');
		expect(jcfz(['list'], {db}).code).toBe(0);
		const input = join(dir, 'synthetic-2022.txt');
		writeFileSync(input, TEXT);
		chmodSync(input, 0o644);
		const before = fingerprint(dir);
		const r = jcfzAsNobody(['import', input], db);
		expect(r).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: cannot write the store in ${dir} (EACCES: its lock key .jcfz.json.lock-key is another account's); the store is unchanged: choose a writable store with --db or JCFZ_DB\n`,
		});
		expect(fingerprint(dir)).toEqual(before);
		// With the key readable (a store shared on purpose), the write itself is what fails.
		chmodSync(join(dir, '.jcfz.json.lock-key'), 0o644);
		expect(jcfzAsNobody(['import', input], db)).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: cannot write ${dir}/jcfz.bodies/140500.json (EACCES: permission denied); the store is unchanged: choose a writable store with --db or JCFZ_DB\n`,
		});
		expect(fingerprint(dir)).toEqual(before);
	});
	test('an unreadable input file', () => {
		const dir = tempDir();
		chmodSync(dir, 0o755);
		const input = join(dir, 'secret.txt');
		writeFileSync(input, TEXT);
		chmodSync(input, 0o600);
		expect(jcfzAsNobody(['import', input, '--dry-run'], join(dir, 'jcfz.json'))).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: ${input}: cannot read (EACCES); check the path and its permissions\n`,
		});
	});
	test('the disk fills up during the write (ulimit -f): a clear error, exit 3, old store intact', async () => {
		const dir = tempDir();
		const db = join(dir, 'jcfz.json');
		expect(jcfz(['list'], {db}).code).toBe(0);
		const before = fingerprint(dir);
		const r = await jcfzAsync(['import', SYNTHETIC_2022], {
			db,
			prefix: ['bash', '-c', 'ulimit -f 16; exec "$@"', 'bash'],
		});
		expect(r.code).toBe(3);
		expect(r.stderr).toMatch(
			/^jcfz: cannot write .*jcfz\.bodies\/140500\.json \(EFBIG: the file size limit was reached\); the store is unchanged\n$/,
		);
		expect(fingerprint(dir)).toEqual(before);
	});
});

describe('import from a URL (a local server on 127.0.0.1)', () => {
	let server: Server;
	let base: string;
	beforeAll(async () => {
		const page = iconv.encode(asWebPage(TEXT, 'gbk'), 'gbk');
		server = createServer((req, res) => {
			const route = req.url ?? '';
			if (route === '/report.html') {
				res.writeHead(200, {'content-type': 'text/html; charset=GBK'});
				res.end(page);
			} else if (route === '/moved') {
				res.writeHead(302, {location: '/report.html'});
				res.end();
			} else if (route === '/to-file') {
				res.writeHead(302, {location: 'file:///etc/passwd'});
				res.end();
			} else if (route === '/photo.png') {
				res.writeHead(200, {'content-type': 'image/png'});
				res.end('\x89PNG');
			} else if (route === '/huge') {
				res.writeHead(200, {'content-type': 'text/plain'});
				const chunk = Buffer.alloc(1024 * 1024, 0x61);
				let sent = 0;
				const pump = () => {
					while (sent < 24 && res.write(chunk)) sent++;
					if (sent < 24) res.once('drain', pump);
					else res.end();
				};
				pump();
			} else if (route === '/gzip' || route === '/truncated-gzip') {
				// The whole page gzipped, or its first 60 %: a complete HTTP answer whose compressed body is cut short.
				const zipped = gzipSync(page);
				const body = route === '/gzip' ? zipped : zipped.subarray(0, Math.floor(zipped.length * 0.6));
				res.writeHead(200, {
					'content-type': 'text/html; charset=GBK',
					'content-encoding': 'gzip',
					'content-length': body.length,
				});
				res.end(body);
			} else if (route === '/bad-brotli') {
				res.writeHead(200, {'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'br'});
				res.end('this is not brotli at all');
			} else if (route === '/slow') {
				res.writeHead(200, {'content-type': 'text/plain'});
				res.write('晋城市');
				setTimeout(() => res.end(), 5000);
			} else {
				res.writeHead(404, {'content-type': 'text/plain'});
				res.end('not found');
			}
		});
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

	const db = () => join(tempDir(), 'jcfz.json');

	test('a GBK page, through a redirect', async () => {
		const r = await jcfzAsync(['import', `${base}/moved`, '--dry-run'], {db: db()});
		expect(r).toEqual({
			code: 0,
			stdout: `${base}/moved: parsed, not written (dry run) 晋城市 2022 — 6 sections, 38 indicators\n`,
			stderr: '',
		});
	});
	test.each([
		[
			'/to-file',
			2,
			'jcfz: file:///etc/passwd: only http and https addresses can be imported (save the page and import the file instead)\n',
		],
		['/missing', 1, 'jcfz: BASE/missing: the server answered 404 Not Found\n'],
		['/photo.png', 3, 'jcfz: BASE/photo.png: the server sent image/png, not a web page, text, PDF or Word document\n'],
		['/huge', 3, 'jcfz: BASE/huge: more than 20971520 bytes; a report is far smaller\n'],
		['/slow', 3, 'jcfz: BASE/slow: no complete answer within 1 s\n'],
		[
			'/bad-brotli',
			3,
			"jcfz: BASE/bad-brotli: the server's compressed answer (br) cannot be decompressed: it is damaged or cut short; try again later, or save the page from a browser and import the file\n",
		],
		[
			'/truncated-gzip',
			3,
			"jcfz: BASE/truncated-gzip: the server's compressed answer (gzip) cannot be decompressed: it is damaged or cut short; try again later, or save the page from a browser and import the file\n",
		],
	])('%s', async (route, code, stderr) => {
		const r = await jcfzAsync(['import', `${base}${route}`], {db: db(), env: {JCFZ_FETCH_TIMEOUT: '1'}});
		expect(r).toEqual({code, stdout: '', stderr: stderr.replace('BASE', base)});
	});
	test.each(['1e12', '0', '-5', 'soon'])('JCFZ_FETCH_TIMEOUT=%s is a usage error in one line', async value => {
		const r = await jcfzAsync(['import', `${base}/report.html`], {db: db(), env: {JCFZ_FETCH_TIMEOUT: value}});
		expect(r).toEqual({
			code: 2,
			stdout: '',
			stderr: `jcfz: JCFZ_FETCH_TIMEOUT=${value}: give the seconds to wait for a web page, from 1 to 3600\n`,
		});
	});
	test('a gzipped answer reads as the plain one', async () => {
		const r = await jcfzAsync(['import', `${base}/gzip`, '--dry-run'], {db: db()});
		expect(r).toEqual({
			code: 0,
			stdout: `${base}/gzip: parsed, not written (dry run) 晋城市 2022 — 6 sections, 38 indicators\n`,
			stderr: '',
		});
	});
	test('ftp: and file: are refused outright', async () => {
		const r = await jcfzAsync(['import', 'file:///etc/passwd'], {db: db()});
		expect(r.code).toBe(2);
	});
});

describe('terminal safety: escape sequences in a report never reach the terminal', () => {
	test('show, indicators, search and sections print nothing that drives the terminal', () => {
		const dir = tempDir();
		const db = join(dir, 'jcfz.json');
		const evil = join(dir, 'synthetic-evil.txt');
		writeFileSync(
			evil,
			TEXT.replace('办理行政复议案件87件', '办理\u001B]0;pwned\u0007行政复议\u001B[31m案件87件\u001B[0m').replace(
				'推进政务公开',
				'推进政务公开\u202E\u0008\r\u009B2J',
			),
		);
		expect(jcfz(['import', evil], {db}).code).toBe(0);
		for (const args of [
			['show', '行政复议', '--year', '2022'],
			['indicators', '--year', '2022'],
			['search', '复议', '--year', '2022'],
			['sections', '--year', '2022'],
			['indicators', '--year', '2022', '--csv'],
			['show', '4.1', '--year', '2022'],
		]) {
			const r = jcfz(args, {db, env: {FORCE_COLOR: '0'}});
			expect(r.code, args.join(' ')).toBe(0);
			// CSV rows legitimately end in CRLF; nothing else below U+0020 may appear.
			expect(r.stdout.replace(/\r\n/g, '\n'), args.join(' ')).not.toMatch(
				/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/,
			);
		}
		// The text around the removed sequences is still there, joined up.
		expect(jcfz(['show', '行政复议', '--year', '2022'], {db}).stdout).toContain('行政复议案件87件');
	});
});

describe('escape injection in the explorer', () => {
	test('a TUI frame of such a report contains no control characters', async () => {
		const {renderApp} = await import('../tui/frames.js');
		const text = TEXT.replace('办理行政复议案件87件', '办理\u001B]52;c;cHduZWQ=\u0007行政复议\u001B[31m案件87件\u202E');
		const {report, indicators: figures} = analyze(text);
		const data = {
			body: '140500',
			region: '晋城市',
			years: [2022],
			byYear: new Map([[2022, {report, indicators: figures}]]),
		};
		const controls = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
		const indicators = renderApp(data, {view: 'indicators', filter: '复议'});
		expect(indicators.lastFrame()).toContain('行政复议案件');
		expect(indicators.lastFrame()).not.toMatch(controls);
		const sections = renderApp(data);
		await sections.type(':', '4.1', '\r');
		expect(sections.lastFrame()).toContain('案件87件');
		expect(sections.lastFrame()).not.toMatch(controls);
	});
});
