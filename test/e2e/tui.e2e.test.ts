/**
 * End to end in a real terminal: bin/jcfz under tmux (TERM=xterm-256color), driven by keystrokes and pastes,
 * read back with capture-pane — with -e, so that inverse video, bold and colour are seen as the terminal has
 * them. tmux is installed by .ci/run; without it these tests fail rather than skip. The store holds the seed
 * and SYNTHETIC reports (test/fixtures/synthetic-*: invented figures).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {width} from '../../src/render/width.js';
import {BIN, SYNTHETIC_2022, jcfz, tempDir} from '../helpers.js';

const dir = tempDir();
const db = join(dir, 'jcfz.json');
const sessions: string[] = [];

const tmux = (...args: string[]) =>
	execFileSync('tmux', args, {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8'}});
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Starts jcfz in a new tmux session; returns helpers to drive it and read it back. */
function start(name: string, columns: number, rows: number, env: Record<string, string> = {}, args = '') {
	const session = `jcfz-e2e-${process.pid}-${name}`;
	sessions.push(session);
	const exitFile = join(dir, `exit-${name}`);
	const pidFile = join(dir, `pid-${name}`);
	const vars = Object.entries({JCFZ_DB: db, LANG: 'zh_CN.UTF-8', TERM: 'xterm-256color', ...env})
		.map(([k, v]) => `${k}='${v}'`)
		.join(' ');
	const command = `env ${vars} sh -c 'echo $$ > "${pidFile}"; exec "${process.execPath}" "${BIN}" ${args}'; echo $? > '${exitFile}'; sleep 120`;
	tmux('-u', 'new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), command);
	const screen = (escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session);
	return {
		session,
		screen,
		keys: (...keys: string[]) => tmux('send-keys', '-t', session, ...keys),
		text: (t: string) => tmux('send-keys', '-t', session, '-l', t),
		/** A paste as a terminal does it: bracketed, since the explorer asked for bracketed pastes. */
		paste: (t: string) => {
			tmux('set-buffer', '-b', session, t);
			tmux('paste-buffer', '-p', '-d', '-b', session, '-t', session);
		},
		waitFor: async (ok: (s: string) => boolean, what: string, escapes = false, timeoutMs = 8000) => {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const s = screen(escapes);
				if (ok(s)) return s;
				if (Date.now() > deadline) throw new Error(`waited for ${what}; the screen was:\n${s}`);
				await sleep(40);
			}
		},
		exitCode: async () => {
			// The shell creates the file before it writes the code into it: wait for the code, not the file.
			const deadline = Date.now() + 8000;
			const code = () => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '');
			while (code() === '' && Date.now() < deadline) await sleep(40);
			return code();
		},
		pid: () => Number(readFileSync(pidFile, 'utf8')),
		alternate: () => tmux('display-message', '-p', '-t', session, '#{alternate_on}').trim(),
		mouse: () => tmux('display-message', '-p', '-t', session, '#{mouse_any_flag}').trim(),
	};
}

beforeAll(() => {
	expect(spawnSync('tmux', ['-V']).status, 'tmux is needed for this test (.ci/run installs it)').toBe(0);
	expect(jcfz(['import', SYNTHETIC_2022], {db}).code).toBe(0);
	// Two more regions (the synthetic report under other names), so that the picker has somewhere to go.
	const other = join(dir, 'synthetic-qinshui-2023.txt');
	writeFileSync(other, readFileSync(SYNTHETIC_2022, 'utf8').replace(/2022/g, '2023'));
	expect(jcfz(['import', other, '--region', '沁水县'], {db}).code).toBe(0);
	expect(jcfz(['import', other, '--region', '阳城县'], {db}).code).toBe(0);
	expect(jcfz(['use', '晋城市'], {db}).code).toBe(0);
});

afterAll(() => {
	for (const s of sessions) spawnSync('tmux', ['kill-session', '-t', s]);
});

/** SGR parameters in effect: inverse video is 7, bold 1; a colour is 30–37 or 38;5;n. */
const hasInverse = (escaped: string) => /\u001B\[[0-9;]*\b7[;m]/.test(escaped);
const hasColour = (escaped: string) => /\u001B\[[0-9;]*\b3[0-7][;m]/.test(escaped);

describe('what the terminal shows', () => {
	test.each([
		['60x15', 60, 15],
		['80x24', 80, 24],
		['120x35', 120, 35],
		['200x50', 200, 50],
	])(
		'at %s, with colour: every view drawn inside the screen, the selection and the active tab in inverse video',
		async (name, columns, rows) => {
			const t = start(`size-${name}`, columns, rows);
			await t.waitFor(s => s.includes('目录') && s.includes('? 帮助  q 退出'), 'the outline and the footer');
			for (const view of ['1', '2', '3', '4']) {
				t.keys(view);
				const s = await t.waitFor(x => /\? 帮助 {2}q 退出\s*$/.test(x.trimEnd()), `view ${view}`);
				const lines = s.replace(/\n+$/, '').split('\n');
				expect(lines.length, `view ${view}`).toBeLessThanOrEqual(rows);
				for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
				const escaped = t.screen(true);
				expect(hasInverse(escaped), `view ${view}: inverse video`).toBe(true);
			}
			t.keys('2');
			await t.waitFor(s => s.includes('研究审议法治议题'), 'the indicators');
			// Figures in running text are coloured (yellow) with colour on.
			t.keys('1', 'j', 'Enter', 'f');
			const text = await t.waitFor(s => s.includes('研究审议法治议题  25 次'), 'a selected figure', true);
			expect(hasColour(text)).toBe(true);
			t.keys('q');
			expect(await t.exitCode()).toBe('0');
			expect(t.alternate()).toBe('0');
		},
		60_000,
	);

	test('under CI=true (and FORCE_COLOR unset) the explorer still draws, in colour: CI variables are cleared before Ink and chalk read them', async () => {
		const t = start('ci-set', 100, 30, {CI: 'true', CONTINUOUS_INTEGRATION: '1'});
		await t.waitFor(s => s.includes('目录') && s.includes('? 帮助  q 退出'), 'the outline and the footer');
		t.keys('1', 'j', 'Enter', 'f');
		const text = await t.waitFor(s => s.includes('研究审议法治议题  25 次'), 'a selected figure', true);
		expect(hasColour(text)).toBe(true);
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);

	test("the explorer's options without its name (`jcfz --view indicators`) open it in that view", async () => {
		const t = start('options-only', 100, 30, {}, '--view indicators');
		const s = await t.waitFor(
			x => x.includes('研究审议法治议题') && x.includes('? 帮助  q 退出'),
			'the indicators view',
		);
		expect(s).toMatch(/\d+ 项指标 · 排序：章节/);
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);

	test('NO_COLOR: no colour at all, but the selection, the active tab and the focused pane still in inverse video', async () => {
		const t = start('nocolor', 100, 30, {NO_COLOR: '1'});
		await t.waitFor(s => s.includes('目录'), 'the outline');
		t.keys('j', 'Enter', 'f');
		const s = await t.waitFor(x => x.includes('研究审议法治议题  25 次'), 'a selected figure', true);
		expect(hasColour(s)).toBe(false);
		expect(hasInverse(s)).toBe(true);
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);
});

describe('every keystroke kept', () => {
	test('a pasted line with its newline, keys in one burst, held Backspace', async () => {
		const t = start('input', 100, 30);
		await t.waitFor(s => s.includes('目录'), 'the outline');
		t.keys('2', '/');
		t.paste('法律援助\n');
		let s = await t.waitFor(x => x.includes('筛选 /法律援助  5/96'), 'the pasted filter');
		expect(s).not.toContain('▏');
		// "/复议" and Enter in one send; then Backspace held (three in a row) and new text.
		t.keys('/', 'BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace');
		t.text('复议');
		t.keys('Enter');
		s = await t.waitFor(x => x.includes('筛选 /复议  1/96'), 'the edited filter');
		expect(s).toMatch(/▸ 5\.2\s+│ 行政复议案件\s+│\s+102 │ 件/);
		// In Sections: the search box closes on Enter, so the n that follows is a key.
		t.keys('1', '/');
		t.text('复议');
		t.keys('Enter', 'n');
		await t.waitFor(x => x.includes('第 2/8 处'), 'the second match');
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);
});

describe('every report reachable', () => {
	test('the picker opens another region; the header names the report', async () => {
		const t = start('picker', 100, 30);
		await t.waitFor(s => s.includes('jcfz · 晋城市 2023'), 'the first report');
		t.keys('p');
		const list = await t.waitFor(s => s.includes('打开报告 · 库中 4 份'), 'the picker');
		// Titles come from the cross-report index, which every import keeps up to date.
		expect(list).toContain('沁水县  2023  晋城市人民政府 关于2023年法治政府建设工作情况的报告（合成测试数据）');
		t.text('沁水');
		t.keys('Enter');
		const s = await t.waitFor(x => x.includes('jcfz · 沁水县 2023'), 'the other region');
		expect(s).toContain('合成测试数据');
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);
});

describe('another jcfz changes the store', () => {
	test('an import while the explorer is open shows up in it', async () => {
		// A store of its own, so that the other tests see the store they expect.
		const own = join(tempDir(), 'jcfz.json');
		const other = join(dir, 'synthetic-qinshui-2023.txt');
		expect(jcfz(['import', other, '--region', '阳城县'], {db: own}).code).toBe(0);
		const t = start('reload', 100, 30, {JCFZ_DB: own}, 'tui --region 阳城县 --view diff');
		await t.waitFor(s => s.includes('阳城县 只有一个年份的报告'), 'the one-year message');
		expect(jcfz(['import', SYNTHETIC_2022, '--region', '阳城县'], {db: own}).code).toBe(0);
		await t.waitFor(s => s.includes('阳城县 2022 → 2023'), 'the diff of the two years', false, 10_000);
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);
});

describe('import on a terminal', () => {
	test('a batch ends with its summary table; the refused inputs are listed on stderr', async () => {
		const folder = join(tempDir(), 'batch');
		mkdirSync(folder);
		writeFileSync(join(folder, 'a-synthetic.txt'), readFileSync(SYNTHETIC_2022, 'utf8'));
		writeFileSync(join(folder, 'b-empty.txt'), '');
		const own = join(tempDir(), 'jcfz.json');
		const t = start('import-batch', 100, 20, {JCFZ_DB: own, LANG: 'C.UTF-8'}, `import ${folder}`);
		expect(await t.exitCode()).toBe('3');
		const lines = t
			.screen()
			.split('\n')
			.map(l => l.trimEnd())
			.filter(Boolean);
		expect(lines).toEqual([
			`${join(folder, 'a-synthetic.txt')}: imported 晋城市 2022 — 6 sections, 38 indicators`,
			'Outcome     Inputs',
			'imported         1',
			'refused          1',
			'all inputs       2',
			`jcfz: ${join(folder, 'b-empty.txt')}: the file is empty`,
			'jcfz: 1 of 2 inputs not imported (listed above); the others are stored',
		]);
	}, 30_000);
});

describe('the picker changes the store', () => {
	test('Del then y removes the selected report; F2, a year, Enter refiles one', async () => {
		const own = join(tempDir(), 'jcfz.json');
		const other = join(dir, 'synthetic-qinshui-2023.txt');
		expect(jcfz(['import', SYNTHETIC_2022, other, '--region', '阳城县'], {db: own}).code).toBe(0);
		const ids = () => (JSON.parse(jcfz(['list', '--json'], {db: own}).stdout) as {id: string}[]).map(e => e.id).sort();
		expect(ids()).toEqual(['晋城市-2023', '阳城县-2022', '阳城县-2023']);
		const t = start('picker-change', 110, 30, {JCFZ_DB: own}, 'tui --region 阳城县');
		await t.waitFor(s => s.includes('jcfz · 阳城县 2023'), 'the report');
		t.keys('p');
		await t.waitFor(s => s.includes('打开报告 · 库中 3 份'), 'the picker');
		t.text('阳城县 2022');
		await t.waitFor(s => s.includes('1/3'), 'one row');
		t.keys('DC');
		await t.waitFor(s => s.includes('从库中删除 阳城县 2022？'), 'the question');
		t.keys('y');
		await t.waitFor(s => /已删除 阳城县 2022；备份 [0-9a-f]{8}/.test(s), 'the removal said');
		expect(ids()).toEqual(['晋城市-2023', '阳城县-2023']);
		t.keys('p');
		await t.waitFor(s => s.includes('打开报告 · 库中 2 份'), 'the picker again');
		t.text('阳城县');
		await t.waitFor(s => s.includes('1/2'), 'one row');
		t.keys('F2');
		await t.waitFor(s => s.includes('把 阳城县 2023 改到（地区 年份）：阳城县 2023▏'), 'the move prompt');
		t.keys('BSpace');
		t.text('1');
		t.keys('Enter');
		const moved = await t.waitFor(s => s.includes('已将 阳城县 2023 改为 阳城县 2021'), 'the move said');
		expect(moved).toContain('jcfz · 阳城县 2021');
		expect(ids()).toEqual(['晋城市-2023', '阳城县-2021']);
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);
});

describe('errors and signals', () => {
	test.each([
		['--year 2019', '1', 'jcfz: 没有晋城市 2019 年的报告：库中有 2022、2023'],
		['--region 北京市', '1', 'jcfz: 库中没有北京市的报告：库中有 晋城市 (2022–2023)、沁水县 (2023)、阳城县 (2023)'],
		['--diff 2019 2023', '1', 'jcfz: 没有晋城市 2019 年的报告：库中有 2022、2023（--diff 需要其中两个年份）'],
		['--diff 2023 2023', '2', 'jcfz: --diff 需要库中晋城市的两个不同年份（2022、2023），例如 --diff 2022 2023'],
	])(
		'jcfz tui %s: one line and the exit code of the README, no stack trace',
		async (args, code, message) => {
			const t = start(`error-${args.replace(/\W+/g, '')}`, 120, 10, {}, `tui ${args}`);
			expect(await t.exitCode()).toBe(code);
			const lines = t
				.screen()
				.split('\n')
				.filter(l => l.trim() !== '');
			expect(lines).toEqual([message]);
		},
		20_000,
	);

	test.each([
		['SIGTERM', '143'],
		['SIGINT', '130'],
		['SIGQUIT', '131'],
		// A hang-up while the terminal is still there (a kill -HUP): it left the alternate screen and the mouse on.
		['SIGHUP', '129'],
	])(
		'%s restores the terminal',
		async (signal, code) => {
			const t = start(`signal-${signal}`, 100, 30);
			await t.waitFor(s => s.includes('目录'), 'the outline');
			expect([t.alternate(), t.mouse()]).toEqual(['1', '1']);
			process.kill(t.pid(), signal as NodeJS.Signals);
			expect(await t.exitCode()).toBe(code);
			expect([t.alternate(), t.mouse()]).toEqual(['0', '0']);
			expect(t.screen()).not.toContain('jcfz ·');
		},
		20_000,
	);

	test('a closed terminal (SIGHUP of a pane that is gone): the process ends cleanly', async () => {
		const t = start('hangup', 100, 30);
		await t.waitFor(s => s.includes('目录'), 'the outline');
		const pid = t.pid();
		tmux('kill-session', '-t', t.session);
		const deadline = Date.now() + 5000;
		let alive = true;
		while (alive && Date.now() < deadline) {
			try {
				process.kill(pid, 0);
				await sleep(50);
			} catch {
				alive = false;
			}
		}
		expect(alive).toBe(false);
	}, 20_000);
});

describe('one measure across governments (view 4)', () => {
	test('m takes a figure to Regions: ranked, with division, Δ and trend; l, s, [ ]; Enter opens that report at the figure', async () => {
		const t = start('regions', 120, 30);
		await t.waitFor(s => s.includes('目录'), 'the outline');
		t.keys('2', '/');
		t.text('复议');
		t.keys('Enter');
		await t.waitFor(x => x.includes('筛选 /复议  1/96'), 'the filter');
		t.keys('m');
		let s = await t.waitFor(x => x.includes('排名按 2023 年数值'), 'the Regions view');
		const table = s.split('\n').filter(l => /^[│▸]\s+\d/.test(l));
		expect(table).toHaveLength(3);
		expect(s).toMatch(/行政复议案件（件）\[m[0-9a-f]{8}\] · 2023 年 · 3 个地区 · 全部级别 · 排序：数值/);
		expect(table[0]).toMatch(/^▸\s+1 │ 晋城市\s+│ 山西省\s+│\s+102 │\s+\+15 │ ▁█/);
		expect(table.slice(1).map(l => l.replace(/\s+/g, ' '))).toEqual([
			'│ 2 │ 沁水县 │ 山西省 晋城市 │ 87 │ │ ▄ │',
			'│ 2 │ 阳城县 │ 山西省 晋城市 │ 87 │ │ ▄ │',
		]);
		// The year before: only 晋城市 has one.
		t.keys('[');
		s = await t.waitFor(x => x.includes('· 2022 年 · 1 个地区'), 'the year before');
		// Counties only, in 2023, by the size of the change.
		t.keys(']', 'l', 'l', 'l', 's');
		s = await t.waitFor(x => x.includes('· 2023 年 · 2 个地区 · 县级 · 排序：变化'), 'the counties');
		t.keys('j', 'Enter');
		s = await t.waitFor(x => x.includes('jcfz · 阳城县 2023') && x.includes('正文'), 'the report at the figure');
		expect(s).toMatch(/行政复议案件\s+87\s*件|87 件/);
		t.keys('q');
		expect(await t.exitCode()).toBe('0');
	}, 30_000);
});
