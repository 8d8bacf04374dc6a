/** The real bin/jcfz as a subprocess: exact output, JSON contracts, CSV, colour rules, exit codes, languages. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {diffReports} from '../../src/core/diff/diff.js';
import {SEED, SYNTHETIC_2022, fingerprint, jcfz, loadReport, parseCsv, tempDir} from '../helpers.js';

/** The line that names the report above every human-readable answer. */
const SEED_LINE = '晋城市 2023 · 中共晋城市委 晋城市人民政府 关于晋城市 2023 年法治政府建设 工作情况的报告';

let db: string;
beforeAll(() => {
	db = join(tempDir(), 'jcfz.json');
	expect(jcfz(['list'], {db}).code).toBe(0); // seeds the store
});

/** The indicator contract of --json and CSV, as the README states it (written out here, not imported). */
const FIELDS = [
	'id',
	'region',
	'year',
	'sectionId',
	'sectionTitle',
	'label',
	'value',
	'unit',
	'qualifier',
	'raw',
	'sentence',
	'offset',
];

describe('show', () => {
	test('a word lists matching indicators with their sentences', () => {
		const r = jcfz(['show', '行政复议'], {db});
		expect(r).toEqual({
			code: 0,
			stderr: '',
			stdout: [
				SEED_LINE,
				'Sec  Indicator     Value  Unit',
				'5.2  行政复议案件    102  件',
				'     2023年，办理行政复议案件102件，行政应诉案件23件，已全部一审结案。',
				'',
			].join('\n'),
		});
	});

	test('an indicator id prints its provenance', () => {
		expect(jcfz(['show', '5.2:1'], {db}).stdout).toBe(
			[
				SEED_LINE,
				'行政复议案件  102 件',
				'Section  5.2 （二）规范开展行政复议',
				'Source  2023年，办理行政复议案件102件，行政应诉案件23件，已全部一审结案。',
				'ID    晋城市-2023:5.2:1',
				'',
			].join('\n'),
		);
	});

	test('a section id prints the section text', () => {
		const r = jcfz(['show', '5.2'], {db});
		expect(r.code).toBe(0);
		expect(r.stdout.split('\n').slice(0, 3)).toEqual([SEED_LINE, '5.2 （二）规范开展行政复议', '']);
		expect(r.stdout).toContain('2023年，办理行政复议案件102件，行政应诉案件23件，已全部一审结案。');
	});

	test('Chinese output under a zh locale', () => {
		expect(
			jcfz(['show', '满意率'], {db, env: {LANG: 'zh_CN.UTF-8'}})
				.stdout.split('\n')
				.slice(0, 2),
		).toEqual([SEED_LINE, '章节  指标             数值  单位']);
	});

	test('no match: one line on stderr, exit 1', () => {
		expect(jcfz(['show', '不存在的指标'], {db})).toEqual({
			code: 1,
			stdout: '',
			stderr:
				'jcfz: no indicator or section matches "不存在的指标" in 晋城市 2023 (`jcfz search 不存在的指标` searches the full text)\n',
		});
	});
});

describe('indicators', () => {
	test('--json is an array of Indicator objects with exactly the contract fields', () => {
		const rows = JSON.parse(jcfz(['indicators', '--json'], {db}).stdout);
		expect(rows).toHaveLength(96);
		// The Indicator contract, then the area of its section (areas.ts).
		expect(Object.keys(rows[0])).toEqual([...FIELDS, 'area']);
		expect(rows.find((r: {label: string}) => r.label === '主动公开信息')).toEqual({
			id: '晋城市-2023:6.1:3',
			region: '晋城市',
			year: 2023,
			sectionId: '6.1',
			sectionTitle: '全面主动落实政务公开',
			label: '主动公开信息',
			value: 13500,
			unit: '条',
			qualifier: '余',
			raw: '1.35万余条',
			sentence:
				'全市共发布各类主动公开信息1.35万余条，编发政府公报5期，多样化方式对53个政策性文件进行解读，非纯文字形式解读量达到100%。',
			offset: 4941,
			area: 'oversight',
		});
	});

	test('filters, sorting and limits', () => {
		const r = jcfz(['indicators', '--section', '5', '--unit', '%', '--sort', 'value', '--desc'], {db});
		expect(r.stdout).toBe(
			[
				SEED_LINE,
				'Sec  Indicator                   Value  Unit',
				'5.3  免费法律咨询完成率          132.7  %',
				'5.3  特殊群体法律援助案件完成率    106  %',
				'5.1  调解成功率                     98  %',
				'5.3  仲裁案件调解率                 54  %',
				'',
			].join('\n'),
		);
		const big = JSON.parse(jcfz(['indicators', '--filter', '>100000', '--json'], {db}).stdout);
		expect(big.map((i: {label: string; value: number}) => [i.label, i.value])).toEqual([
			['经济损失', 2_000_000],
			['微信群每日普法信息日阅读人数', 740_000],
			['调解员走访入户', 320_000],
			['受理企业以及群众诉求', 320_000],
		]);
	});

	test('CSV has a BOM, a header, CRLF lines and parses back', () => {
		const csv = jcfz(['indicators', '--filter', '复议', '--csv'], {db}).stdout;
		expect(
			csv.startsWith('\uFEFFid,region,year,sectionId,sectionTitle,label,value,unit,qualifier,raw,sentence,offset\r\n'),
		).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toBe(
			'晋城市-2023:5.2:1,晋城市,2023,5.2,规范开展行政复议,行政复议案件,102,件,,102件,2023年，办理行政复议案件102件，行政应诉案件23件，已全部一审结案。,4322',
		);
	});

	test('an empty result exits 1', () => {
		expect(jcfz(['indicators', '--filter', 'unit:吨'], {db}).code).toBe(1);
	});
});

describe('colour and terminals', () => {
	test('piped output has no escape codes, even with colour forced off by NO_COLOR', () => {
		for (const env of [{}, {NO_COLOR: '1'}, {NO_COLOR: '1', FORCE_COLOR: '1'}]) {
			const r = jcfz(['search', '复议'], {db, env});
			expect(r.stdout).not.toContain('\u001B');
			expect(r.stdout).toContain('行政【复议】');
		}
	});
	test('FORCE_COLOR colours a pipe', () => {
		expect(jcfz(['show', '行政复议'], {db, env: {FORCE_COLOR: '1'}}).stdout).toContain('\u001B[1m');
	});
	test('the explorer without a terminal: a hint and exit 2', () => {
		const r = jcfz([], {db});
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(
			'jcfz: the explorer needs a terminal; from scripts use `jcfz show`, `jcfz indicators`, `jcfz diff` (see jcfz --help)\n',
		);
	});
});

describe('sections and list', () => {
	test('sections --json is the outline tree', () => {
		const tree = JSON.parse(jcfz(['sections', '--json'], {db}).stdout);
		expect(tree).toHaveLength(7);
		const disputes = {
			id: 'disputes',
			zh: '矛盾纠纷化解',
			en: 'Disputes and their resolution',
			confidence: 1,
			from: 'title',
		};
		expect(tree[4]).toEqual({
			id: '5',
			ordinal: '五、',
			title: '促进社会公平正义，依法有效化解社会矛盾',
			area: disputes,
			children: [
				{id: '5.1', ordinal: '（一）', title: '依法化解社会矛盾', area: disputes, children: []},
				{id: '5.2', ordinal: '（二）', title: '规范开展行政复议', area: disputes, children: []},
				{id: '5.3', ordinal: '（三）', title: '提升法律服务质效', area: disputes, children: []},
			],
		});
	});
	test('list --json', () => {
		const [entry] = JSON.parse(jcfz(['list', '--json'], {db}).stdout);
		expect(Object.keys(entry)).toEqual([
			'id',
			'region',
			'regionCode',
			'department',
			'town',
			'year',
			'title',
			'published',
			'sections',
			'indicators',
			'importedAt',
			'origin',
		]);
		expect([entry.id, entry.regionCode, entry.department, entry.year, entry.sections, entry.indicators]).toEqual([
			'晋城市-2023',
			'140500',
			'',
			2023,
			7,
			96,
		]);
	});
});

describe('diff', () => {
	test('a missing year names the years there are, exit 1', () => {
		expect(jcfz(['diff', '2022', '2023'], {db})).toMatchObject({
			code: 1,
			stderr: 'jcfz: no 晋城市 report for 2022: the store has 晋城市 2023; add one with `jcfz import FILE`\n',
		});
	});
	test('two files without importing them; JSON contract', () => {
		const r = jcfz(
			['diff', '--from', SYNTHETIC_2022, '--to', 'seeds/jincheng-2023.md', '--only', 'changed', '--json'],
			{db},
		);
		const json = JSON.parse(r.stdout);
		expect(Object.keys(json)).toEqual(['from', 'to', 'summary', 'rows', 'sections']);
		// The counts are the core's (pinned in test/core/diff.test.ts): the binary must say the same.
		const {summary} = diffReports(loadReport(SYNTHETIC_2022), loadReport(SEED));
		expect([json.from, json.to, json.summary]).toEqual([
			{region: '晋城市', year: 2022},
			{region: '晋城市', year: 2023},
			summary,
		]);
		const row = json.rows.find((x: {label: string}) => x.label === '行政复议案件');
		expect([row.status, row.from.value, row.to.value, row.delta, row.pct]).toEqual(['changed', 87, 102, 15, 17.2]);
		expect(Object.keys(row)).toEqual([
			'status',
			'label',
			'unit',
			'from',
			'to',
			'delta',
			'pct',
			'approximate',
			'score',
			'unitChanged',
			'doubt',
		]);
	});
	test('a pair only plausible is shown with both sentences and counted apart (synthetic text)', () => {
		const dir = tempDir();
		const a = join(dir, 'synthetic-a.txt');
		const b = join(dir, 'synthetic-b.txt');
		writeFileSync(a, '长治市2022年法治政府建设情况报告（合成测试数据）\n一、主要工作\n研究审议法治议题20余个。\n');
		writeFileSync(b, '长治市2023年法治政府建设情况报告（合成测试数据）\n一、主要工作\n研究审议法治议题40余项。\n');
		const r = jcfz(['diff', '--from', a, '--to', b], {db});
		expect(r.stdout).toBe(
			[
				'长治市 2022 → 长治市 2023',
				'Indicator         2022  2023  Unit   Δ      Δ%',
				'1 主要工作',
				'研究审议法治议题  20余  40余  个→项     unsure',
				'    2022: 研究审议法治议题20余个。',
				'    2023: 研究审议法治议题40余项。',
				'0 changed, 0 added, 0 removed, 0 unchanged, 1 uncertain (only plausible: both sentences shown, no change counted)',
				'Sections: 1 matched, 0 new, 0 gone',
				'',
			].join('\n'),
		);
		const json = JSON.parse(jcfz(['diff', '--from', a, '--to', b, '--json'], {db}).stdout);
		expect(json.summary).toEqual({changed: 0, unchanged: 0, uncertain: 1, added: 0, removed: 0});
		expect(json.rows.map((x: {status: string; delta: null; doubt: string}) => [x.status, x.delta, x.doubt])).toEqual([
			['uncertain', null, 'unit'],
		]);
	});
	test('diff of a year with itself is a usage error', () => {
		expect(jcfz(['diff', '2023', '2023'], {db})).toEqual({
			code: 2,
			stdout: '',
			stderr: 'jcfz: 晋城市 2023 twice: give two different years (or reports) to compare, e.g. jcfz diff 2022 2023\n',
		});
	});
	test('after importing 2022, diff 2022 2023 prints the table', () => {
		const dir = tempDir();
		const store = join(dir, 'jcfz.json');
		expect(jcfz(['import', SYNTHETIC_2022], {db: store}).stdout).toBe(
			`${SYNTHETIC_2022}: imported 晋城市 2022 — 6 sections, 38 indicators\n`,
		);
		const r = jcfz(['diff', '2022', '2023', '--only', 'removed'], {db: store});
		expect(r.stdout).toBe(
			[
				'晋城市 2022 → 晋城市 2023',
				'Indicator                 2022  2023  Unit  Δ    Δ%',
				'3.1 提升行政执法能力',
				'通过行政执法资格考试       251     —  人       gone',
				'4.1 做好行政复议与应诉',
				'行政机关负责人出庭应诉率    96     —  %        gone',
				'36 changed, 60 added, 2 removed, 0 unchanged (shown: the 2 removed)',
				'Sections: 15 matched, 12 new, 1 gone',
				'  new: 三、健全依法行政制度体系，政府工作在法治化轨道上运行; 七、存在问题和 2024 年法治政府建设工作安排',
				'  gone: 六、2023年工作打算',
				'',
			].join('\n'),
		);
	});
});

describe('usage and help', () => {
	test('unknown flag: exit 2, one line', () => {
		expect(jcfz(['show', 'x', '--bogus'], {db})).toMatchObject({
			code: 2,
			stderr: 'jcfz: Unknown argument: bogus (see jcfz --help)\n',
		});
	});
	test('errors in Chinese under a zh locale', () => {
		const zh = {LANG: 'zh_CN.UTF-8'};
		expect(jcfz(['sections', '--year', '23'], {db, env: zh})).toMatchObject({
			code: 2,
			stderr: 'jcfz: 年份“23”有误：请写四位数字，例如 --year 2023\n',
		});
		expect(jcfz(['diff', '2022', '2023'], {db, env: zh})).toMatchObject({
			code: 1,
			stderr: 'jcfz: 没有晋城市 2022 年的报告：库中有晋城市 2023 年；可用 `jcfz import 文件` 导入\n',
		});
		expect(jcfz(['show', 'x', '--bogus'], {db, env: zh}).stderr).toBe(
			'jcfz: 无法识别的选项：bogus（见 jcfz --help）\n',
		);
	});
	test('bad values are said to be bad, with what to give instead', () => {
		const said = (args: string[]) => {
			const r = jcfz(args, {db});
			return [r.code, r.stderr];
		};
		expect(said(['shwo'])).toEqual([2, 'jcfz: unknown command "shwo": did you mean jcfz show? (see jcfz --help)\n']);
		expect(said(['xyzzy'])).toEqual([2, 'jcfz: unknown command "xyzzy" (see jcfz --help)\n']);
		expect(said(['show', '复议', '--year', '0000'])).toEqual([
			2,
			'jcfz: bad year "0000": a report\'s year is from 1949 to 2100, e.g. --year 2023\n',
		]);
		expect(said(['import', SEED, '--year', '1800', '--dry-run'])[0]).toBe(2);
		expect(said(['rank', ' ', '--year', '2023'])).toEqual([
			2,
			'jcfz: rank needs words of the label to rank by, e.g. jcfz rank 行政复议案件 --year 2023\n',
		]);
		expect(said(['indicators', '--section', 'abc'])[0]).toBe(2);
		expect(said(['indicators', '--section', '9'])).toEqual([
			1,
			'jcfz: 晋城市 2023 has no section 9: its sections are 1–7 (0: the introduction; see jcfz sections)\n',
		]);
		expect(said(['indicators', '--section', '0'])).toEqual([
			1,
			'jcfz: no indicator of 晋城市 2023 matches what was asked\n',
		]);
		expect(said(['indicators', '--filter', 'u:'])).toEqual([
			2,
			'jcfz: --filter "u:": give a value after the colon, e.g. u:件\n',
		]);
		expect(said(['show', '复议', '>abc'])).toEqual([
			2,
			'jcfz: ">abc": a comparison needs a number in digits 0–9, e.g. >50 or <=98.5\n',
		]);
		const nowhere = join(tempDir(), 'no', 'such', 'jcfz.json');
		expect(jcfz(['list', '--db', nowhere])).toEqual({
			code: 2,
			stdout: '',
			stderr: `jcfz: ${nowhere}: the folder ${dirname(dirname(nowhere))} does not exist; create it first, or check the path given to --db or JCFZ_DB\n`,
		});
		expect(existsSync(dirname(dirname(nowhere)))).toBe(false);
	});

	test('bad year: exit 2', () => {
		expect(jcfz(['sections', '--year', '23'], {db})).toMatchObject({
			code: 2,
			stderr: 'jcfz: bad year "23": give four digits, e.g. --year 2023\n',
		});
	});
	test('help in English and Chinese', () => {
		expect(jcfz(['--help']).stdout).toContain(
			'jcfz trend <query>       one indicator across all stored years of a region',
		);
		const zh = jcfz(['--help'], {env: {LANG: 'zh_CN.UTF-8'}}).stdout;
		expect(zh).toContain('一项指标在某地区各年份的变化（含图表）');
		expect(zh).toContain('命令：');
		expect(jcfz(['--help', '--lang', 'en'], {env: {LANG: 'zh_CN.UTF-8'}}).stdout).toContain('Commands:');
	});
	test('--version', () => {
		expect(jcfz(['--version']).stdout).toBe('0.1.0\n');
	});
	test('a key written twice in the store index (hand-edited): exit 3, never read as an empty store', () => {
		const dir = tempDir();
		const store = join(dir, 'jcfz.json');
		expect(jcfz(['list'], {db: store}).code).toBe(0);
		const text = readFileSync(store, 'utf8');
		const doubled = text.replace(/}\s*$/, ',"bodies": []}\n');
		expect(doubled).not.toBe(text);
		writeFileSync(store, doubled);
		const before = fingerprint(dir);
		expect(jcfz(['list'], {db: store})).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: ${store}: the key "bodies" stands twice (hand-edited?): one would silently hide the other; fix or restore it\n`,
		});
		expect(fingerprint(dir)).toEqual(before);
	});
	test('a corrupt store: exit 3 and untouched', () => {
		const dir = tempDir();
		const store = join(dir, 'jcfz.json');
		writeFileSync(store, '{"schemaVersion": 1, "reports": [');
		const before = fingerprint(dir);
		expect(jcfz(['list'], {db: store})).toMatchObject({
			code: 3,
			stderr: `jcfz: ${store}: not valid JSON at line 1 column 34 (truncated or hand-edited?); fix or restore it\n`,
		});
		expect(fingerprint(dir)).toEqual(before);
	});
});

describe('the build', () => {
	test('commands other than the explorer never load ink or react: they are not in the CLI bundle', async () => {
		const {ROOT} = await import('../helpers.js');
		const cli = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
		// Strings that survive minification: React's element symbol, Ink's layout engine, the HTML parser.
		const markers = {react: 'react.transitional.element', yoga: 'yoga', htmlparser2: 'CDATA'};
		for (const marker of Object.values(markers)) expect(cli, marker).not.toContain(marker);
		const explorer = readFileSync(join(ROOT, 'dist', 'explorer.cjs'), 'utf8');
		expect([explorer.includes(markers.react), explorer.includes(markers.yoga)]).toEqual([true, true]);
		expect(readFileSync(join(ROOT, 'dist', 'html.mjs'), 'utf8')).toContain(markers.htmlparser2);
	});
});

describe('export and completion', () => {
	test('export --format csv: BOM, header, one row per indicator, parses back', () => {
		const csv = jcfz(['export', '--format', 'csv', '--filter', 'unit:%'], {db}).stdout;
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = parseCsv(csv.slice(1));
		expect(header).toEqual(FIELDS);
		// Every field parses back to what --json says (numbers written as numbers, no qualifier as an empty field).
		const json: Record<string, unknown>[] = JSON.parse(jcfz(['indicators', '--unit', '%', '--json'], {db}).stdout);
		expect(json.length).toBeGreaterThan(5);
		expect(rows).toEqual(json.map(i => FIELDS.map(f => (i[f] === null ? '' : String(i[f])))));
	});
	test('export --format md is a Markdown table, headed in the language of the messages', () => {
		const rows = '|---|---|---|---|---:|---|\n| 2023 | 晋城市 | 5.2 | 行政复议案件 | 102 | 件 |\n';
		expect(jcfz(['export', '--format', 'md', '--filter', '复议'], {db}).stdout).toBe(
			`| Year | Region | Section | Indicator | Value | Unit |\n${rows}`,
		);
		expect(jcfz(['export', '--format', 'md', '--filter', '复议', '--lang', 'zh'], {db}).stdout).toBe(
			`| 年份 | 地区 | 章节 | 指标 | 数值 | 单位 |\n${rows}`,
		);
	});
	test('export --format json --out FILE writes whole reports', () => {
		const file = join(tempDir(), 'all.json');
		const r = jcfz(['export', '--out', file], {db});
		expect([r.code, r.stderr]).toEqual([0, `wrote ${file}\n`]);
		const [doc] = JSON.parse(readFileSync(file, 'utf8'));
		expect([doc.report.id, doc.report.sections.length, doc.indicators.length]).toEqual(['晋城市-2023', 7, 96]);
	});
	test('completion prints a shell script', () => {
		const r = jcfz(['completion']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('_jcfz_yargs_completions');
	});
});

describe('show and search --json', () => {
	test('show --json says what was found, with the report', () => {
		const json = JSON.parse(jcfz(['show', '102', '--json'], {db}).stdout);
		expect(json.report).toEqual({
			id: '晋城市-2023',
			region: '晋城市',
			year: 2023,
			title: SEED_LINE.slice('晋城市 2023 · '.length),
		});
		expect([json.kind, json.by, json.indicators.map((i: {label: string}) => i.label)]).toEqual([
			'indicators',
			'value',
			['行政复议案件'],
		]);
		const section = JSON.parse(jcfz(['show', '五', '--json'], {db}).stdout);
		expect([section.kind, section.section.id, section.section.children.length]).toEqual(['section', '5', 3]);
	});

	test('show -复议: a leading dash excludes, it is not an option', () => {
		const r = jcfz(['show', '-复议', '--json'], {db});
		const labels = JSON.parse(r.stdout).indicators.map((i: {label: string}) => i.label);
		expect(labels).toHaveLength(95);
		expect(labels).not.toContain('行政复议案件');
	});

	test('several terms (all must match), a term after --, and nothing to show', () => {
		const labels = (args: string[]) =>
			(JSON.parse(jcfz(['show', '--json', ...args], {db}).stdout).indicators as {label: string}[]).map(i => i.label);
		const all = labels(['复议']);
		expect(labels(['复议', '案件'])).toEqual(all.filter(l => l.includes('案件')));
		expect(labels(['复议', '案件']).length).toBeGreaterThan(0);
		const without = labels(['--', '-复议', '案件']);
		expect(without.length).toBeGreaterThan(0);
		expect(without.some(l => l.includes('复议'))).toBe(false);
		for (const args of [[], ['']])
			expect(jcfz(['show', ...args], {db})).toEqual({
				code: 2,
				stdout: '',
				stderr:
					'jcfz: say what to show: a section (5.2, 五), words of an indicator (行政复议), a figure (102) or an id; e.g. jcfz show 行政复议\n',
			});
	});
	test('a near miss suggests the closest labels', () => {
		expect(jcfz(['show', '行政复义'], {db})).toMatchObject({
			code: 1,
			stderr:
				'jcfz: no indicator or section matches "行政复义" in 晋城市 2023; did you mean 行政复议案件? (`jcfz search 行政复义` searches the full text)\n',
		});
	});

	test('search --json: one object per sentence, with its report and section', () => {
		const hits = JSON.parse(jcfz(['search', '行政复议案件', '--json'], {db}).stdout);
		expect(hits).toEqual([
			{
				report: {id: '晋城市-2023', region: '晋城市', year: 2023},
				sectionId: '5.2',
				sectionTitle: '规范开展行政复议',
				sentence: '2023年，办理行政复议案件102件，行政应诉案件23件，已全部一审结案。',
				offset: expect.any(Number),
			},
		]);
	});
});

describe('numeric options are checked', () => {
	test.each([
		[
			['indicators', '--limit', '-90'],
			'jcfz: bad --limit "-90": give a whole number of rows, 1 or more (e.g. --limit 20)\n',
		],
		[
			['indicators', '--limit', '0'],
			'jcfz: bad --limit "0": give a whole number of rows, 1 or more (e.g. --limit 20)\n',
		],
		[
			['indicators', '--limit', '2.5'],
			'jcfz: bad --limit "2.5": give a whole number of rows, 1 or more (e.g. --limit 20)\n',
		],
		[['indicators', '--limit', 'abc'], 'jcfz: bad --limit: give a whole number of rows, 1 or more (e.g. --limit 20)\n'],
		[['indicators', '--min', 'abc'], 'jcfz: bad --min: give a number (e.g. --min 100)\n'],
		[
			['rank', '复议', '--year', '2023', '--limit', '-1'],
			'jcfz: bad --limit "-1": give a whole number of rows, 1 or more (e.g. --limit 20)\n',
		],
	])('%j', (args, stderr) => {
		expect(jcfz(args, {db})).toEqual({code: 2, stdout: '', stderr});
	});
	test('--limit 3 gives three rows', () => {
		expect(JSON.parse(jcfz(['indicators', '--limit', '3', '--json'], {db}).stdout)).toHaveLength(3);
	});
});
