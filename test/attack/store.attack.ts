/**
 * The store under attack, through the real binary, each case on a fresh store of SYNTHETIC reports: batches with
 * two versions, a write that fails half way, a failing backup, readers during --replace, a symlinked index, files
 * of the user's beside the store, and documents that are hostile (nested 10,000 deep, 600 MB, a FIFO, edited).
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
	chmodSync,
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {fingerprint, jcfz, jcfzAsNobody, jcfzAsync, SYNTHETIC_2022, tempDir} from '../helpers.js';

const TEXT = readFileSync(SYNTHETIC_2022, 'utf8');

/** A store folder with the synthetic report imported, and files of versions of it. */
function setUp() {
	const dir = tempDir();
	chmodSync(dir, 0o755);
	const db = join(dir, 'jcfz.json');
	const version = (n: number) => {
		const file = join(dir, `synthetic-v${n}.txt`);
		writeFileSync(file, TEXT.replace('办理行政复议案件87件', `办理行政复议案件${87 + n}件`));
		chmodSync(file, 0o644);
		return file;
	};
	expect(jcfz(['import', version(1)], {db}).code).toBe(0);
	return {dir, db, version};
}

const hashes = (folder: string) =>
	readdirSync(folder)
		.filter(f => f.includes('.2022.'))
		.map(f => JSON.parse(readFileSync(join(folder, f), 'utf8')).sourceHash as string)
		.sort();

describe('batches and backups', () => {
	test('import v2 v3 --replace (11 runs): v3 stored, v1 and v2 both kept in the backups', () => {
		for (let run = 0; run < 11; run++) {
			const {dir, db, version} = setUp();
			const hashOf = (n: number) =>
				createHash('sha256')
					.update(readFileSync(version(n), 'utf8'))
					.digest('hex');
			const r = jcfz(['import', version(2), version(3), '--replace'], {db});
			expect(r.code).toBe(0);
			expect(readFileSync(join(dir, 'jcfz.bodies', '140500.json'), 'utf8')).toContain(hashOf(3));
			expect(hashes(join(dir, 'jcfz.backups'))).toEqual([hashOf(1), hashOf(2)].sort());
		}
	});

	test('without --replace, two versions in one batch change nothing', () => {
		const {dir, db, version} = setUp();
		const [a, b] = [version(2), version(3)];
		const before = fingerprint(dir);
		const r = jcfz(['import', a, b], {db});
		expect(r.code).toBe(1);
		expect(r.stderr).toBe(
			`jcfz: 2 inputs (${a}, ${b}): 晋城市 2022 is already in the store with different figures or headings: pass --replace to replace it (the old one is backed up), or jcfz move it to another region or year\njcfz: 2 of 2 inputs not imported (listed above); the others are stored\n`,
		);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('a backups folder that is a file: one line, nothing replaced', () => {
		const {dir, db, version} = setUp();
		writeFileSync(join(dir, 'jcfz.backups'), 'not a folder');
		const input = version(2);
		const before = fingerprint(dir);
		const r = jcfz(['import', input, '--replace'], {db});
		expect(r.code).toBe(3);
		expect(r.stderr).toMatch(
			/^jcfz: cannot keep a backup in .*jcfz\.backups \(E[A-Z]+\); the store is unchanged: make that folder writable, or move away what is in its place\n$/,
		);
		expect(fingerprint(dir)).toEqual(before);
	});
});

describe('a write that fails half way', () => {
	test('the index cannot be written but the bodies folder can: no orphan document, store unchanged', () => {
		const {dir, db} = setUp();
		const bodies = join(dir, 'jcfz.bodies');
		chmodSync(bodies, 0o777);
		chmodSync(dir, 0o755);
		// The lock's key readable by the other account (a store shared on purpose): the index is what it cannot write.
		chmodSync(join(dir, '.jcfz.json.lock-key'), 0o644);
		const input = join(dir, 'synthetic-other.txt');
		writeFileSync(input, TEXT);
		chmodSync(input, 0o644);
		const before = fingerprint(dir);
		const r = jcfzAsNobody(['import', input, '--region', '测乙市'], db);
		expect(r.code).toBe(3);
		expect(r.stderr).toMatch(/^jcfz: cannot write .*jcfz\.json \(EACCES: permission denied\); the store is unchanged/);
		expect(fingerprint(dir)).toEqual(before);
	});
});

describe('readers during --replace', () => {
	test('a reader never sees a half-switched store (4 readers × writers replacing 40 times)', async () => {
		const {db, version} = setUp();
		const files = [version(2), version(3)];
		let writing = true;
		const writer = (async () => {
			for (let k = 0; k < 40; k++) await jcfzAsync(['import', files[k % 2]!, '--replace'], {db});
			writing = false;
		})();
		const failures: string[] = [];
		let reads = 0;
		const reader = async () => {
			while (writing) {
				for (const args of [
					['show', '行政复议', '--year', '2022'],
					['indicators', '--year', '2022', '--json'],
				]) {
					const r = await jcfzAsync(args, {db});
					reads++;
					if (r.code !== 0) failures.push(r.stderr);
				}
			}
		};
		await Promise.all([writer, reader(), reader(), reader(), reader()]);
		expect({failures, someReads: reads > 40}).toEqual({failures: [], someReads: true});
	});
});

describe('the store folder', () => {
	test('a symlinked index stays a link; the file it points to is what changes', () => {
		const dir = tempDir();
		const real = join(dir, 'real');
		mkdirSync(real);
		const link = join(dir, 'jcfz.json');
		expect(jcfz(['list'], {db: join(real, 'jcfz.json')}).code).toBe(0);
		symlinkSync(join(real, 'jcfz.json'), link);
		expect(jcfz(['import', SYNTHETIC_2022], {db: link}).code).toBe(0);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readlinkSync(link)).toBe(join(real, 'jcfz.json'));
		expect(JSON.parse(jcfz(['list', '--json'], {db: link}).stdout)).toHaveLength(2);
	});

	test("files of the user's that look like temp files are never removed; jcfz's own leftovers are", () => {
		const {dir, db, version} = setUp();
		const mine = ['.notes.txt.999999.deadbeef.tmp', 'photo.lock.999999.cafebabe', 'jcfz.json.bak'];
		for (const f of mine) writeFileSync(join(dir, f), 'keep me');
		writeFileSync(join(dir, '.jcfz.json.999999.deadbeef.tmp'), 'left by a killed writer');
		expect(jcfz(['import', version(2), '--replace'], {db}).code).toBe(0);
		for (const f of mine) expect(existsSync(join(dir, f)), f).toBe(true);
		expect(existsSync(join(dir, '.jcfz.json.999999.deadbeef.tmp'))).toBe(false);
	});

	test('a region of 80 characters (a hostile three-line title) gets a short file name', () => {
		const db = join(tempDir(), 'jcfz.json');
		const region = `${'测'.repeat(79)}市`;
		expect(jcfz(['import', SYNTHETIC_2022, '--region', region], {db}).code).toBe(0);
		expect(jcfz(['show', '行政复议', '--region', region], {db}).code).toBe(0);
	});
});

describe('hostile documents', () => {
	const body = (dir: string) => join(dir, 'jcfz.bodies', '140500.json');

	test('sections nested 10,000 levels deep: one line, exit 3', () => {
		const {dir, db} = setUp();
		const open = '{"ordinal":"一、","title":"x","offset":0,"paragraphs":[],"children":[';
		const nested = `${open.repeat(10_000)}${']}'.repeat(10_000)}`;
		const before = readFileSync(body(dir), 'utf8');
		const text = before.replace('"sections":[', `"sections":[${nested},`);
		expect(text).not.toBe(before);
		writeFileSync(body(dir), text);
		const r = jcfz(['show', '1', '--year', '2022'], {db});
		expect(r.code).toBe(3);
		expect(r.stderr).toMatch(/^jcfz: .*140500\.json: arrays or objects nested more than 100 deep \(at character \d+\)/);
		expect(r.stderr.split('\n')).toHaveLength(2);
	});

	test('an array 100,000 deep where the shallow check reads no further: refused on reading, never written back', () => {
		const {dir, db, version} = setUp();
		const before = readFileSync(body(dir), 'utf8');
		const text = before.replace('"preamble":[', `"preamble":[${'['.repeat(100_000)}${']'.repeat(100_000)},`);
		expect(text).not.toBe(before);
		writeFileSync(body(dir), text);
		// A second year of the same body rewrites its document: that write overflowed the stack.
		const other = version(5).replace('v5', 'v5-2021');
		writeFileSync(other, readFileSync(version(5), 'utf8').replaceAll('2022', '2021'));
		const stored = fingerprint(dir);
		// (list answers from the cross-report index and reads no body document.)
		for (const args of [
			['import', other],
			['show', '1', '--year', '2022'],
		]) {
			const r = jcfz(args, {db});
			expect(r.code, args.join(' ')).toBe(3);
			expect(r.stderr).toMatch(
				/^jcfz: .*140500\.json: arrays or objects nested more than 100 deep \(at character \d+\).*\n$/,
			);
		}
		expect(fingerprint(dir)).toEqual(stored);
	});

	test('a 600 MB document is refused before it is read', () => {
		const {dir, db} = setUp();
		truncateSync(body(dir), 600 * 1024 * 1024);
		const r = jcfz(['show', '1', '--year', '2022'], {db});
		expect(r).toMatchObject({code: 3, stdout: ''});
		expect(r.stderr).toMatch(/140500\.json: 600 MB is more than a store document can be \(at most 256 MB\)/);
	});

	test('a FIFO where a document should be: refused at once, no hang', () => {
		const {dir, db} = setUp();
		const path = body(dir);
		spawnSync('rm', [path]);
		spawnSync('mkfifo', [path]);
		const r = jcfz(['show', '1', '--year', '2022'], {db});
		expect(r.code).toBe(3);
		expect(r.stderr).toContain('140500.json: not a regular file');
	});

	test('a report whose text was edited in the store is refused, not shown under its name', () => {
		const {dir, db} = setUp();
		writeFileSync(body(dir), readFileSync(body(dir), 'utf8').replace('行政复议案件88件', '行政复议案件99件'));
		const r = jcfz(['show', '行政复议', '--year', '2022'], {db});
		expect(r.code).toBe(3);
		expect(r.stderr).toContain('is not what was imported (its text was changed)');
	});

	test('a store written before the quick checksum (no sourceCheck): edited text is still refused, by SHA-256', () => {
		const {dir, db} = setUp();
		const doc = JSON.parse(readFileSync(body(dir), 'utf8'));
		for (const r of doc.reports) delete r.sourceCheck;
		writeFileSync(body(dir), JSON.stringify(doc));
		expect(jcfz(['show', '行政复议', '--year', '2022'], {db}).code).toBe(0);
		for (const r of doc.reports) r.source = r.source.replace('行政复议案件88件', '行政复议案件99件');
		writeFileSync(body(dir), JSON.stringify(doc));
		const r = jcfz(['show', '行政复议', '--year', '2022'], {db});
		expect(r.code).toBe(3);
		expect(r.stderr).toContain('is not what was imported (its text was changed)');
	});
});

describe('the cross-report index never reaches outside the store', () => {
	/** A store with its index built, a file of the user's outside it, and the index file of 2022 replaced. */
	function planted(kind: 'link' | 'fifo') {
		const {dir, db, version} = setUp();
		expect(jcfz(['reindex'], {db}).code).toBe(0);
		const outside = join(tempDir(), 'synthetic-private.txt');
		writeFileSync(outside, 'SYNTHETIC private line: root:x:0:0\n');
		const indexFile = join(dir, 'jcfz.index', '2022.txt');
		rmSync(indexFile);
		if (kind === 'link') symlinkSync(outside, indexFile);
		else spawnSync('mkfifo', [indexFile]);
		return {dir, db, version, outside, indexFile};
	}
	test('a symlink in jcfz.index/ is never read through: the index is rebuilt, nothing of the file printed', () => {
		const {db, outside, indexFile} = planted('link');
		const r = jcfz(['search', 'root', '--all'], {db});
		expect(r.stdout).not.toContain('private line');
		expect(r.stderr).toMatch(
			/^jcfz: the cross-report index was damaged \(2022\.txt is \d+ bytes where the index wrote \d+\); rebuilding it\njcfz: "root" does not occur in the text\n$/,
		);
		expect(readFileSync(outside, 'utf8')).toBe('SYNTHETIC private line: root:x:0:0\n');
		expect(lstatSync(indexFile).isFile()).toBe(true);
	});
	test('an import never appends to, nor creates, what a link in the index points at', () => {
		const {dir, db, version} = setUp();
		expect(jcfz(['reindex'], {db}).code).toBe(0);
		const target = join(tempDir(), 'synthetic-created-through-link.txt');
		symlinkSync(target, join(dir, 'jcfz.index', '2021.txt'));
		const file2021 = version(4).replace('v4', 'v4-2021');
		writeFileSync(file2021, readFileSync(version(4), 'utf8').replaceAll('2022', '2021'));
		const r = jcfz(['import', file2021], {db});
		expect(existsSync(target)).toBe(false);
		// The report is stored, and the import says so: the index alone could not follow, and is rebuilt later.
		expect(r.code).toBe(0);
		expect(r.stdout).toBe(`${file2021}: imported 晋城市 2021 — 6 sections, 38 indicators\n`);
		expect(r.stderr).toBe(
			`jcfz: the reports are stored, but the cross-report index could not be updated (${join(dir, 'jcfz.index', '2021.txt')}: not a regular file of the store's index (a link, FIFO or device?); remove it and run jcfz reindex); rank and search --all rebuild it when next run (or run jcfz reindex)\n`,
		);
		expect(JSON.parse(jcfz(['list', '--json'], {db}).stdout).map((e: {year: number}) => e.year)).toEqual([
			2021, 2022, 2023,
		]);
		const search = jcfz(['search', '法律援助', '--all'], {db});
		expect([search.code, search.stdout.includes('2021')]).toEqual([0, true]);
		expect(existsSync(target)).toBe(false);
	});
	test('a FIFO in place of an index file: never waited on; the index is rebuilt', () => {
		const {db, indexFile} = planted('fifo');
		const r = jcfz(['search', '法律援助', '--all'], {db, timeoutMs: 20_000});
		expect(r.code).toBe(0);
		expect(r.stderr).toMatch(
			/^jcfz: the cross-report index was damaged \(2022\.txt is 0 bytes where the index wrote \d+\); rebuilding it\n$/,
		);
		expect(lstatSync(indexFile).isFile()).toBe(true);
		expect(jcfz(['search', '法律援助', '--all'], {db})).toMatchObject({code: 0, stderr: ''});
	});
});

describe('a damaged cross-report index is rebuilt, never answered from', () => {
	/** A store with two years indexed, and the answers a healthy index gives. */
	function indexed() {
		const {dir, db, version} = setUp();
		const other = version(6).replace('v6', 'v6-2021');
		writeFileSync(other, readFileSync(version(6), 'utf8').replaceAll('2022', '2021'));
		expect(jcfz(['import', other], {db}).code).toBe(0);
		expect(jcfz(['reindex'], {db}).code).toBe(0);
		const answers = () => [
			jcfz(['search', '法律援助', '--all'], {db}).stdout,
			jcfz(['rank', '复议', '--year', '2022', '--json'], {db}).stdout,
		];
		return {dir, db, healthy: answers(), answers, file: (name: string) => join(dir, 'jcfz.index', name)};
	}
	const NOTE = /^jcfz: the cross-report index was damaged \(.+\); rebuilding it\n$/;
	test.each([
		[
			'a null line in the map',
			(f: (n: string) => string) => writeFileSync(f('2022.map.ndjson'), 'null\n', {flag: 'a'}),
		],
		['a figure line cut in two', (f: (n: string) => string) => truncateSync(f('2022.figures.ndjson'), 40)],
		[
			'lines lost at a line end',
			(f: (n: string) => string) => {
				const text = readFileSync(f('2022.figures.ndjson'), 'utf8');
				writeFileSync(f('2022.figures.ndjson'), text.slice(0, text.indexOf('\n') + 1));
			},
		],
		['byte ranges past their file', (f: (n: string) => string) => truncateSync(f('2022.txt'), 100)],
		['a deleted file', (f: (n: string) => string) => rmSync(f('2021.sections'))],
		[
			'a year deleted whole',
			(f: (n: string) => string) => {
				for (const kind of ['txt', 'lines', 'sections', 'map.ndjson', 'figures.ndjson', 'titles.ndjson'])
					rmSync(f(`2021.${kind}`));
			},
		],
		[
			'a bad titles line',
			(f: (n: string) => string) => writeFileSync(f('2022.titles.ndjson'), '{"x":1}\n', {flag: 'a'}),
		],
	])('%s: the same answers as a healthy index, with a note', (_, damage) => {
		const {db, healthy, answers, file} = indexed();
		damage(file);
		const search = jcfz(['search', '法律援助', '--all'], {db});
		expect(search.stdout).toBe(healthy[0]);
		expect(search.stderr).toMatch(NOTE);
		expect(answers()).toEqual(healthy);
	});
	test('reindex beside readers: every answer is the healthy one (8 readers × 30 answers)', async () => {
		const {db, healthy} = indexed();
		let rebuilding = true;
		const rebuilds = (async () => {
			for (let k = 0; k < 10; k++) await jcfzAsync(['reindex'], {db});
			rebuilding = false;
		})();
		const wrong: string[] = [];
		const reader = async (k: number) => {
			for (let n = 0; n < 30 && rebuilding; n++) {
				const args = k % 2 ? ['rank', '复议', '--year', '2022', '--json'] : ['search', '法律援助', '--all'];
				const r = await jcfzAsync(args, {db});
				if (r.stdout !== healthy[k % 2] || r.code !== 0) wrong.push(`${args[0]}: ${r.code} ${r.stderr}`);
			}
		};
		await Promise.all([rebuilds, ...Array.from({length: 8}, (_, k) => reader(k))]);
		expect(wrong).toEqual([]);
	});
});
