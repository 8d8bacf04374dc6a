/**
 * Keeping a corpus in order, through the real binary: batches that keep going past bad files, --strict, one report
 * from two copies, remove / move / backups / restore, `use` that lasts, towns, `list` with filters — and a change
 * killed (SIGKILL) at each step of its commit leaves the store whole. Every report here is synthetic text.
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeEach, describe, expect, test} from 'vitest';
import {fingerprint, jcfz, ROOT, SYNTHETIC_2022, tempDir} from '../helpers.js';

const TEXT = readFileSync(SYNTHETIC_2022, 'utf8');
const OFFICE = join(ROOT, 'test', 'fixtures', 'documents', 'synthetic-office');
/** The synthetic 2022 report as 长治市's. */
const CHANGZHI = TEXT.replaceAll('晋城市', '长治市');
/** A synthetic town report: a town of 沁水县 (the text is made up for this test). */
const TOWN = `沁水县龙港镇人民政府关于2023年法治政府建设工作情况的报告（合成测试数据）

说明：本文件是 jcfz 的合成测试数据，所有数字均为虚构。

2023年，龙港镇坚持以习近平法治思想为指导，扎实推进法治政府建设。

一、主要工作
全年调解矛盾纠纷126件，调解成功率达98%，办理行政复议案件3件。

二、存在的问题
基层法治力量仍然薄弱。

三、下一步工作安排
继续推进综合行政执法改革。
`;

let dir: string;
let db: string;
const run = (args: string[], env?: NodeJS.ProcessEnv) => jcfz(args, {db, env});
const write = (name: string, text: string) => {
	const path = join(dir, name);
	mkdirSync(join(path, '..'), {recursive: true});
	writeFileSync(path, text);
	return path;
};
const listed = () =>
	(JSON.parse(run(['list', '--json']).stdout) as {id: string}[]).map(e => e.id).sort((a, b) => a.localeCompare(b));

beforeEach(() => {
	dir = tempDir();
	db = join(dir, 'store', 'jcfz.json');
});

describe('a batch keeps going', () => {
	test('bad files among good ones: the good ones are stored, the bad ones listed by reason, exit 3', () => {
		const a = write('in/a-synthetic-2022.txt', TEXT);
		const b = write('in/b-synthetic-changzhi.txt', CHANGZHI);
		const empty = write('in/c-empty.txt', '');
		const list1 = write('in/d-notice.txt', '通知\n\n请各单位按时报送材料。\n');
		const list2 = write('in/e-notice.txt', '公告\n\n本站将于周末维护。\n');
		const r = run(['import', join(dir, 'in')]);
		expect(r.code).toBe(3);
		expect(r.stdout).toBe(
			`${a}: imported 晋城市 2022 — 6 sections, 38 indicators\n${b}: imported 长治市 2022 — 6 sections, 38 indicators\n`,
		);
		expect(r.stderr).toBe(
			[
				`jcfz: ${empty}: the file is empty`,
				`jcfz: 2 inputs (${list1}, ${list2}): no year found in the title or the opening paragraphs: pass --year YYYY`,
				'jcfz: 3 of 5 inputs not imported (listed above); the others are stored',
				'',
			].join('\n'),
		);
		expect(listed()).toEqual(['晋城市-2022', '晋城市-2023', '长治市-2022']);
		// Again, as JSON: one entry per input, in order.
		const again = JSON.parse(run(['import', join(dir, 'in'), '--json']).stdout) as Record<string, unknown>[];
		expect(again.map(e => [e.input, e.outcome, e.exitCode ?? 0])).toEqual([
			[a, 'unchanged', 0],
			[b, 'unchanged', 0],
			[empty, 'refused', 3],
			[list1, 'refused', 2],
			[list2, 'refused', 2],
		]);
		expect(again[2]).toEqual({input: empty, outcome: 'refused', error: 'the file is empty', exitCode: 3});
	});

	test('--json says where the region and the year were read', () => {
		const [row] = JSON.parse(run(['import', SYNTHETIC_2022, '--dry-run', '--json']).stdout) as {evidence: unknown}[];
		const title = '晋城市人民政府 关于2022年法治政府建设工作情况的报告（合成测试数据）';
		expect(row!.evidence).toEqual({region: {how: 'title', text: title}, year: {how: 'title', text: title}});
		const [given] = JSON.parse(
			run(['import', SYNTHETIC_2022, '--dry-run', '--json', '--year', '2021', '--region', '长治市']).stdout,
		) as {evidence: unknown}[];
		expect(given!.evidence).toEqual({region: {how: 'given', text: '长治市'}, year: {how: 'given', text: '2021'}});
	});

	test('--strict: every failure named, nothing written', () => {
		run(['list']);
		const before = fingerprint(join(dir, 'store'));
		const good = write('good-synthetic.txt', TEXT);
		const bad = write('bad.txt', '');
		const r = run(['import', good, bad, '--strict', '--json']);
		expect(r.code).toBe(3);
		expect((JSON.parse(r.stdout) as {outcome: string}[]).map(e => e.outcome)).toEqual(['skipped', 'refused']);
		expect(r.stderr).toBe(
			`jcfz: ${bad}: the file is empty\njcfz: 1 of 2 inputs cannot be imported (listed above); --strict: nothing was written\n`,
		);
		expect(fingerprint(join(dir, 'store'))).toEqual(before);
	});

	test('a conflict in a batch refuses that report alone (exit 1)', () => {
		expect(run(['import', SYNTHETIC_2022]).code).toBe(0);
		const revised = write('revised-synthetic.txt', TEXT.replace('办理行政复议案件87件', '办理行政复议案件88件'));
		const other = write('other-synthetic.txt', CHANGZHI);
		const r = run(['import', revised, other]);
		expect(r.code).toBe(1);
		expect(r.stdout).toBe(`${other}: imported 长治市 2022 — 6 sections, 38 indicators\n`);
		expect(r.stderr).toBe(
			`jcfz: ${revised}: 晋城市 2022 is already in the store with different figures or headings: pass --replace to replace it (the old one is backed up), or jcfz move it to another region or year\njcfz: 1 of 2 inputs not imported (listed above); the others are stored\n`,
		);
	});
});

describe('one report from two copies', () => {
	test('a mirror with its own chrome, other whitespace and punctuation width: already imported, nothing written', () => {
		expect(run(['import', SYNTHETIC_2022]).code).toBe(0);
		const mirror = write(
			'mirror-synthetic.txt',
			`某某法治网 首页 > 法治政府 > 年度报告\n浏览次数：1234次 【字体：大 中 小】\n\n${TEXT.replaceAll('，', ',').replaceAll('\n\n', '\n\n\n')}\n\n主办：某某法治网 ICP备12345678号\n`,
		);
		const before = fingerprint(join(dir, 'store'));
		expect(run(['import', mirror])).toEqual({
			code: 0,
			stdout: `${mirror}: already imported 晋城市 2022 (another copy of the same report: kept the one imported from ${SYNTHETIC_2022} on ${new Date().toISOString().slice(0, 10)}) — 6 sections, 38 indicators\n`,
			stderr: '',
		});
		expect(fingerprint(join(dir, 'store'))).toEqual(before);
		// A real revision (a figure changed) is still a conflict.
		const revised = write('revised-synthetic.txt', TEXT.replace('作出批示19次', '作出批示20次'));
		expect(run(['import', revised]).code).toBe(1);
	});

	test('the PDF, the .docx and the text of one report are one report', () => {
		expect(run(['import', `${OFFICE}.pdf`]).code).toBe(0);
		const r = run(['import', `${OFFICE}.docx`, `${OFFICE}.txt`, '--json']);
		expect(r.code).toBe(0);
		const rows = JSON.parse(r.stdout) as {outcome: string; kept: {origin: string}}[];
		expect(rows.map(e => [e.outcome, e.kept.origin])).toEqual([
			['same', `${OFFICE}.pdf`],
			['same', `${OFFICE}.pdf`],
		]);
	});
});

describe('correct and remove', () => {
	test('remove then restore; ambiguous and unknown names are refused', () => {
		expect(run(['import', SYNTHETIC_2022]).code).toBe(0);
		const before = fingerprint(join(dir, 'store', 'jcfz.bodies'));
		expect(run(['remove', '2022'])).toEqual({
			code: 2,
			stdout: '',
			stderr: 'jcfz: "2022" alone does not say whose report: write REGION-YEAR (e.g. 晋城市-2022) or add --region\n',
		});
		expect(run(['remove', '长治市-2022']).code).toBe(1);
		const removed = run(['remove', '晋城市-2022']);
		expect(removed.code).toBe(0);
		const id = /backup ([0-9a-f]{8})/.exec(removed.stdout)![1]!;
		expect(removed.stdout).toBe(`removed 晋城市 2022 (38 indicators); backup ${id}: jcfz restore ${id} puts it back\n`);
		expect(listed()).toEqual(['晋城市-2023']);
		expect(run(['search', '--all', '复议', '--json']).stdout).not.toContain('晋城市-2022');
		const backups = JSON.parse(run(['backups', '--json']).stdout) as Record<string, unknown>[];
		expect(backups.map(b => [b.backup, b.why, b.id, b.indicators])).toEqual([[id, 'remove', '晋城市-2022', 38]]);
		expect(run(['restore', id])).toEqual({code: 0, stdout: `restored 晋城市 2022 from backup ${id}\n`, stderr: ''});
		expect(listed()).toEqual(['晋城市-2022', '晋城市-2023']);
		expect(fingerprint(join(dir, 'store', 'jcfz.bodies'))).toEqual(before);
		expect(run(['show', '行政复议', '--year', '2022', '--json']).code).toBe(0);
		expect(run(['restore', id]).stdout).toBe(`晋城市 2022 is stored as backup ${id} has it already: nothing to do\n`);
		expect(run(['restore', 'zz'])).toMatchObject({code: 2});
		expect(run(['restore', 'abcdef12'])).toMatchObject({code: 1});
		// Every report of a body at once.
		expect(run(['remove', '--region', '晋城市', '--all-years']).stdout.split('\n')).toHaveLength(3);
		expect(run(['list']).code).toBe(1);
	});

	test('move to the right year, then diff; a move onto a stored report needs --replace', () => {
		const wrong = write('wrong-year-synthetic.txt', TEXT);
		expect(run(['import', wrong, '--year', '2021']).code).toBe(0);
		expect(run(['move', '晋城市-2021', '--year', '2023'])).toMatchObject({code: 1});
		const moved = run(['move', '晋城市-2021', '--year', '2022', '--json']);
		expect(moved.code).toBe(0);
		expect(JSON.parse(moved.stdout)).toMatchObject({from: '晋城市-2021', to: '晋城市-2022', year: 2022, replaced: []});
		expect(listed()).toEqual(['晋城市-2022', '晋城市-2023']);
		const diff = JSON.parse(run(['diff', '2022', '2023', '--json']).stdout) as {from: {year: number}};
		expect(diff.from.year).toBe(2022);
		// To another region: the body follows, and the old one (now empty) leaves the index.
		expect(run(['move', '晋城市-2022', '--region', '长治市']).stdout).toMatch(
			/^moved 晋城市 2022 → 长治市 2022; backup [0-9a-f]{8} keeps it as it was\n$/,
		);
		expect(listed()).toEqual(['晋城市-2023', '长治市-2022']);
		expect(readdirSync(join(dir, 'store', 'jcfz.bodies')).sort()).toEqual(['140400.json', '140500.json']);
		const ranked = JSON.parse(run(['rank', '行政复议', '--year', '2022', '--json']).stdout) as {
			rows: {region: string}[];
		};
		expect(ranked.rows.map(r => r.region)).toEqual(['长治市']);
		expect(
			(JSON.parse(run(['backups', '--json']).stdout) as {why: string; id: string}[]).map(b => [b.why, b.id]),
		).toEqual([
			['move', '晋城市-2021'],
			['move', '晋城市-2022'],
		]);
	});
});

describe('use lasts; towns; list', () => {
	test('use is kept across later imports', () => {
		expect(run(['import', SYNTHETIC_2022]).code).toBe(0);
		expect(run(['use', '晋城市']).code).toBe(0);
		expect(run(['import', write('changzhi-synthetic.txt', CHANGZHI)]).code).toBe(0);
		expect(run(['use']).stdout).toBe('晋城市 (2022, 2023)\n');
		// Without a choice, the last import is the fallback.
		const other = join(dir, 'other', 'jcfz.json');
		expect(jcfz(['import', SYNTHETIC_2022], {db: other}).code).toBe(0);
		expect(jcfz(['import', join(dir, 'changzhi-synthetic.txt')], {db: other}).code).toBe(0);
		expect(jcfz(['use'], {db: other}).stdout).toBe('长治市 (2022)\n');
	});

	test('a town report is stored under its county with level town, ranked only with towns', () => {
		const r = run(['import', write('town-synthetic.txt', TOWN), '--json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)[0]).toMatchObject({
			id: '沁水县龙港镇-2023',
			region: '沁水县龙港镇',
			regionCode: '140521',
			department: '',
			town: '龙港镇',
		});
		const towns = JSON.parse(run(['rank', '调解成功率', '--year', '2023', '--level', 'town', '--json']).stdout) as {
			rows: {region: string; parents: string}[];
		};
		expect(towns.rows.map(t => [t.region, t.parents])).toEqual([['沁水县龙港镇', '山西省 晋城市 沁水县']]);
		const all = JSON.parse(run(['rank', '行政复议', '--year', '2023', '--json']).stdout) as {rows: {region: string}[]};
		expect(all.rows.map(t => t.region)).toEqual(['晋城市']);
		expect(run(['show', '调解', '--region', '沁水县龙港镇', '--json']).code).toBe(0);
	});

	test('list filters by region and year and counts reports and bodies', () => {
		expect(run(['import', SYNTHETIC_2022, write('changzhi-synthetic.txt', CHANGZHI)]).code).toBe(0);
		const title = (region: string) => `${region}人民政府 关于2022年法治政府建设工作情况的报告（合成测试数据）`;
		expect(run(['list', '--year', '2022']).stdout).toBe(
			[
				'Region  Year  Published  Sections  Indicators  Title',
				`晋城市  2022  —                 6          38  ${title('晋城市')}`,
				`长治市  2022  —                 6          38  ${title('长治市')}`,
				'2 reports of 2 bodies (governments and departments)',
				'',
			].join('\n'),
		);
		expect(run(['list', '--region', '晋城市']).stdout).toContain('2 reports of 1 body');
		expect(run(['list', '--region', '长治市', '--year', '2023'])).toEqual({
			code: 1,
			stdout: '',
			stderr: 'jcfz: no 长治市 report of 2023 is stored (see jcfz list)\n',
		});
	});
});

describe('killed during a change: the store stays whole', () => {
	for (const at of ['staged', 'journal', 'renamed'])
		test(`kill -9 at "${at}" during a remove and a move`, () => {
			expect(run(['import', SYNTHETIC_2022, write('changzhi-synthetic.txt', CHANGZHI)]).code).toBe(0);
			const all = ['晋城市-2022', '晋城市-2023', '长治市-2022'];
			const crash = {JCFZ_TEST_CRASH: at};
			expect(run(['remove', '长治市-2022'], crash).code).toBe(null);
			// Killed before the journal: nothing happened; after it: the next jcfz finishes the change.
			const afterRemove = at === 'staged' ? all : ['晋城市-2022', '晋城市-2023'];
			expect(listed()).toEqual(afterRemove);
			for (const id of afterRemove) {
				const [region, year] = id.split('-');
				expect(run(['indicators', '--region', region!, '--year', year!, '--json']).code).toBe(0);
			}
			expect(run(['move', '晋城市-2022', '--year', '2021'], crash).code).toBe(null);
			const afterMove = at === 'staged' ? afterRemove : afterRemove.map(id => id.replace('2022', '2021')).sort();
			expect(listed()).toEqual(afterMove);
			expect(JSON.parse(run(['search', '--all', '复议', '--json']).stdout).length).toBeGreaterThan(0);
			// A later change runs normally, and leaves no temp file or journal behind.
			expect(run(['import', write('again-synthetic.txt', TEXT.replace('87件', '86件')), '--year', '2020']).code).toBe(
				0,
			);
			const names = readdirSync(join(dir, 'store'), {recursive: true}).map(String);
			expect(names.filter(n => /\.tmp$|journal/.test(n))).toEqual([]);
		});
});
