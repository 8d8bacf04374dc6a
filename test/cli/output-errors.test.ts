/**
 * Output that cannot be written, through the real binary: export --out to a missing folder, a directory, a
 * read-only folder or a full disk; stdout to /dev/full; stdout closed early by `head`. One line on stderr and the
 * README's exit code, never a stack trace, never a half-written file.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {BIN, fingerprint, jcfz, jcfzAsNobody, SYNTHETIC_2022, tempDir} from '../helpers.js';

function store() {
	const dir = tempDir();
	chmodSync(dir, 0o755);
	const db = join(dir, 'jcfz.json');
	expect(jcfz(['import', SYNTHETIC_2022], {db}).code).toBe(0);
	return {dir, db};
}

describe('export --out', () => {
	test('a folder that does not exist: usage error, nothing created', () => {
		const {dir, db} = store();
		const out = join(dir, 'no', 'such', 'x.csv');
		expect(jcfz(['export', '--format', 'csv', '--out', out], {db})).toEqual({
			code: 2,
			stdout: '',
			stderr: `jcfz: cannot write ${out}: the folder ${join(dir, 'no', 'such')} does not exist; create it first\n`,
		});
		expect(existsSync(join(dir, 'no'))).toBe(false);
	});

	test('a directory', () => {
		const {dir, db} = store();
		const out = join(dir, 'folder');
		mkdirSync(out);
		expect(jcfz(['export', '--out', out], {db})).toEqual({
			code: 2,
			stdout: '',
			stderr: `jcfz: cannot write ${out}: it is a directory; give a file name\n`,
		});
	});

	test('a read-only folder (as nobody)', () => {
		const {dir, db} = store();
		const ro = join(dir, 'ro');
		mkdirSync(ro);
		chmodSync(ro, 0o555);
		chmodSync(db, 0o644);
		chmodSync(join(dir, 'jcfz.bodies'), 0o755);
		for (const f of readdirSync(join(dir, 'jcfz.bodies'))) chmodSync(join(dir, 'jcfz.bodies', f), 0o644);
		const out = join(ro, 'x.json');
		expect(jcfzAsNobody(['export', '--out', out], db)).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: cannot write ${out} (EACCES: permission denied), nothing written\n`,
		});
		expect(readdirSync(ro)).toEqual([]);
	});

	test("never one of the store's own files, through whatever path reaches it; the store stays readable", () => {
		const {dir, db} = store();
		const before = fingerprint(dir);
		const link = join(tempDir(), 'to-store');
		symlinkSync(dir, link);
		for (const target of [
			db,
			join(link, 'jcfz.json'),
			join(dir, 'jcfz.bodies', '140500.json'),
			join(dir, 'jcfz.index', 'x.csv'),
			`${db}.lock`,
		]) {
			expect(jcfz(['export', '--format', 'csv', '--out', target], {db}), target).toEqual({
				code: 2,
				stdout: '',
				stderr: `jcfz: cannot write ${target}: it is one of the store's own files; export somewhere else\n`,
			});
		}
		expect(fingerprint(dir)).toEqual(before);
		expect(jcfz(['list'], {db}).code).toBe(0);
	});

	test('never a FIFO, a device or a link: only a new file or a regular one is written', () => {
		const {dir, db} = store();
		const fifo = join(dir, 'synthetic.fifo');
		execFileSync('mkfifo', [fifo]);
		const link = join(dir, 'synthetic-link.csv');
		symlinkSync(join(dir, 'elsewhere.csv'), link);
		for (const target of [fifo, '/dev/full', '/dev/null', link])
			expect(jcfz(['export', '--out', target], {db}), target).toEqual({
				code: 2,
				stdout: '',
				stderr: `jcfz: cannot write ${target}: it is not a regular file (a link, FIFO or device); give the name of a new or ordinary file\n`,
			});
		expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
		expect(existsSync(join(dir, 'elsewhere.csv'))).toBe(false);
		const plain = join(dir, 'plain.csv');
		expect(jcfz(['export', '--format', 'csv', '--out', plain], {db}).code).toBe(0);
		expect(jcfz(['export', '--format', 'csv', '--out', plain], {db}).code).toBe(0);
	});

	test('a full disk (file size limit): no half-written file is left', () => {
		const {dir, db} = store();
		const out = join(dir, 'big.json');
		const r = spawnSync('sh', ['-c', `ulimit -f 4; exec "${process.execPath}" "${BIN}" export --all --out "${out}"`], {
			encoding: 'utf8',
			env: {PATH: process.env.PATH, LANG: 'en_US.UTF-8', JCFZ_DB: db},
		});
		expect({code: r.status, stderr: r.stderr}).toEqual({
			code: 3,
			stderr: `jcfz: cannot write ${out} (EFBIG: the file size limit was reached), nothing written\n`,
		});
		expect(readdirSync(dir).filter(f => f.includes('big.json'))).toEqual([]);
	});

	test('in Chinese, the reason is said in Chinese too', () => {
		const {dir, db} = store();
		const out = join(dir, 'big.json');
		const r = spawnSync('sh', ['-c', `ulimit -f 4; exec "${process.execPath}" "${BIN}" export --all --out "${out}"`], {
			encoding: 'utf8',
			env: {PATH: process.env.PATH, LANG: 'zh_CN.UTF-8', JCFZ_DB: db},
		});
		expect({code: r.status, stderr: r.stderr}).toEqual({
			code: 3,
			stderr: `jcfz: 无法写入 ${out}（EFBIG：已达到文件大小上限），未写入任何内容\n`,
		});
	});
});

describe('stdout', () => {
	test('/dev/full: one line, exit 3', () => {
		const {db} = store();
		const r = spawnSync('sh', ['-c', `exec "${process.execPath}" "${BIN}" indicators --json > /dev/full`], {
			encoding: 'utf8',
			env: {PATH: process.env.PATH, LANG: 'en_US.UTF-8', JCFZ_DB: db},
		});
		expect({code: r.status, stderr: r.stderr}).toEqual({
			code: 3,
			stderr: 'jcfz: cannot write the output (ENOSPC: the disk is full)\n',
		});
	});

	test('/dev/full in Chinese: one line in Chinese, exit 3', () => {
		const {db} = store();
		const r = spawnSync('sh', ['-c', `exec "${process.execPath}" "${BIN}" indicators --json --lang zh > /dev/full`], {
			encoding: 'utf8',
			env: {PATH: process.env.PATH, LANG: 'en_US.UTF-8', JCFZ_DB: db},
		});
		expect({code: r.status, stderr: r.stderr}).toEqual({code: 3, stderr: 'jcfz: 无法写出输出（ENOSPC：磁盘已满）\n'});
	});

	test('closed early by head: quiet, exit 0', () => {
		const {db} = store();
		// Enough output that the pipe fills and the write after head has gone fails with EPIPE.
		for (let k = 0; k < 12; k++) expect(jcfz(['import', SYNTHETIC_2022, '--region', `测${k}市`], {db}).code).toBe(0);
		const r = spawnSync(
			'bash',
			[
				'--norc',
				'--noprofile',
				'-c',
				`set -o pipefail; "${process.execPath}" "${BIN}" export --all --format json | head -c 10 >/dev/null`,
			],
			{encoding: 'utf8', env: {PATH: process.env.PATH, LANG: 'en_US.UTF-8', JCFZ_DB: db}},
		);
		expect({code: r.status, stderr: r.stderr}).toEqual({code: 0, stderr: ''});
	});
});

describe('path typos: one line, the exit code of their class, never a stack trace', () => {
	const dir = tempDir();
	const loop = join(dir, 'loop-a');
	symlinkSync(join(dir, 'loop-b'), loop);
	symlinkSync(loop, join(dir, 'loop-b'));
	const long = join(dir, `${'长'.repeat(100)}.txt`);
	test.each([
		['/etc/passwd/x.txt', 1, 'jcfz: /etc/passwd/x.txt: no such file\n'],
		[loop, 2, `jcfz: cannot read ${loop} (ELOOP: the path goes round a loop of symbolic links); check the path\n`],
		[long, 2, `jcfz: cannot read ${long} (ENAMETOOLONG: the name is too long); check the path\n`],
	])('import %s', (input, code, stderr) => {
		expect(jcfz(['import', input], {db: join(tempDir(), 'jcfz.json')})).toEqual({code, stdout: '', stderr});
	});
	test.each([
		['/etc/passwd/x.json', 'ENOTDIR: a part of the path is a file, not a folder'],
		[loop, 'ELOOP: the path goes round a loop of symbolic links'],
		[join(dir, '长'.repeat(100), 'jcfz.json'), 'ENAMETOOLONG: the name is too long'],
	])('--db %s', (db, reason) => {
		expect(jcfz(['list', '--db', db])).toEqual({
			code: 3,
			stdout: '',
			stderr: `jcfz: cannot read ${db} (${reason}); check the path\n`,
		});
	});
});
