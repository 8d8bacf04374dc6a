/**
 * End to end in a real terminal: bin/jcfz under tmux, driven by keystrokes, read back with capture-pane.
 * tmux is installed by .ci/run; without it this test fails rather than skips.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {width} from '../../src/render/width.js';
import {BIN, SYNTHETIC_2022, jcfz, tempDir} from '../helpers.js';

const session = `jcfz-e2e-${process.pid}`;
const dir = tempDir();
const db = join(dir, 'jcfz.json');
const exitFile = join(dir, 'exit');

const tmux = (...args: string[]) =>
	execFileSync('tmux', args, {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8'}});
const screen = () => tmux('capture-pane', '-p', '-t', session);

async function waitForScreen(ok: (s: string) => boolean, what: string, timeoutMs = 8000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const s = screen();
		if (ok(s)) return s;
		if (Date.now() > deadline) throw new Error(`waited for ${what}; the screen was:\n${s}`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

afterAll(() => {
	spawnSync('tmux', ['kill-session', '-t', session]);
});

test('outline → indicators → filter 复议 → diff → resize → q, and the terminal is restored', async () => {
	expect(spawnSync('tmux', ['-V']).status, 'tmux is needed for this test (.ci/run installs it)').toBe(0);
	expect(jcfz(['import', SYNTHETIC_2022], {db}).code).toBe(0);
	const command = `env JCFZ_DB='${db}' LANG=C.UTF-8 '${process.execPath}' '${BIN}'; echo $? > '${exitFile}'; sleep 60`;
	tmux('-u', 'new-session', '-d', '-s', session, '-x', '100', '-y', '30', command);

	await waitForScreen(s => s.includes('一、深学笃行习近平法治思想') && s.includes('1 Sections'), 'the outline');
	tmux('send-keys', '-t', session, '2');
	await waitForScreen(s => s.includes('研究审议法治议题') && s.includes('│ Sec'), 'the indicator table');
	tmux('send-keys', '-t', session, '/');
	tmux('send-keys', '-t', session, '-l', '复议');
	const filtered = await waitForScreen(s => s.includes('/复议'), 'the filter');
	expect(filtered).toMatch(/▸ 5\.2\s+│ 行政复议案件\s+│\s+102 │ 件/);
	tmux('send-keys', '-t', session, 'Enter');
	tmux('send-keys', '-t', session, '3');
	const diff = await waitForScreen(s => s.includes('晋城市 2022 → 2023'), 'the diff view');
	expect(diff).toContain('36 changed 60 added 2 removed 0 unchanged');

	tmux('resize-window', '-t', session, '-x', '70', '-y', '20');
	const small = await waitForScreen(
		s => s.split('\n')[0]!.includes('3 Diff') && width(s.split('\n')[0]!) <= 70,
		'the re-layout',
	);
	expect(small.split('\n').every(line => width(line) <= 70)).toBe(true);

	tmux('send-keys', '-t', session, 'q');
	const deadline = Date.now() + 5000;
	while (!existsSync(exitFile) && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
	expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
	// Restored: the alternate screen is off and nothing of jcfz is left on the screen.
	expect(tmux('display-message', '-p', '-t', session, '#{alternate_on}').trim()).toBe('0');
	expect(screen()).not.toContain('jcfz ·');
}, 60_000);

test('SIGTERM also restores the terminal', async () => {
	const second = `${session}-term`;
	const exitCode = join(dir, 'exit-term');
	const pidFile = join(dir, 'pid');
	const command = `env JCFZ_DB='${db}' LANG=C.UTF-8 sh -c 'echo $$ > "${pidFile}"; exec "${process.execPath}" "${BIN}"'; echo $? > '${exitCode}'; sleep 60`;
	tmux('-u', 'new-session', '-d', '-s', second, '-x', '100', '-y', '30', command);
	try {
		const deadline = Date.now() + 8000;
		while (!tmux('capture-pane', '-p', '-t', second).includes('1 Sections') && Date.now() < deadline)
			await new Promise(r => setTimeout(r, 50));
		expect(tmux('display-message', '-p', '-t', second, '#{alternate_on}').trim()).toBe('1');
		process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
		while (!existsSync(exitCode) && Date.now() < deadline + 5000) await new Promise(r => setTimeout(r, 50));
		expect(readFileSync(exitCode, 'utf8').trim()).toBe('143');
		expect(tmux('display-message', '-p', '-t', second, '#{alternate_on}').trim()).toBe('0');
		expect(tmux('capture-pane', '-p', '-t', second)).not.toContain('jcfz ·');
	} finally {
		spawnSync('tmux', ['kill-session', '-t', second]);
	}
}, 60_000);
