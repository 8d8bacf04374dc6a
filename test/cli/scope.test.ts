/**
 * Which report a command answers from, through the real binary, on a store of several regions (the seed, the
 * synthetic 晋城市 2022 and a synthetic 泽州县 2023): one rule for every command, and every answer names its report.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {SYNTHETIC_2022, jcfz, tempDir} from '../helpers.js';

const COUNTY = join('test', 'fixtures', 'layouts', 'synthetic-chrome-page.txt');
let db: string;

beforeAll(() => {
	db = join(tempDir(), 'jcfz.json');
	expect(jcfz(['import', SYNTHETIC_2022, COUNTY], {db}).code).toBe(0); // after the seed: 晋城市 2022–2023, 泽州县 2023
});

describe('scope', () => {
	test('the last import is the region in use, and the answer says so', () => {
		const r = jcfz(['show', '学法'], {db});
		expect(r.stdout.split('\n')[0]).toBe(
			'泽州县 2023 · 泽州县人民政府关于2023年度法治政府建设情况的报告（合成测试数据）',
		);
		expect(jcfz(['use'], {db}).stdout).toBe('泽州县 (2023)\n');
	});

	test('--region by name, short name or division code; --year within it', () => {
		for (const region of ['晋城市', '晋城', '140500']) {
			expect(jcfz(['show', '复议', '--region', region, '--year', '2022'], {db}).stdout.split('\n')[0]).toBe(
				'晋城市 2022 · 晋城市人民政府 关于2022年法治政府建设工作情况的报告（合成测试数据）',
			);
		}
		expect(jcfz(['indicators', '--region', '长治市'], {db})).toMatchObject({
			code: 1,
			stderr: 'jcfz: no report of 长治市 is stored: the store has 晋城市 (2022–2023), 泽州县 (2023)\n',
		});
	});

	test('jcfz use makes a region the default; a year it lacks is named with the years it has', () => {
		expect(jcfz(['use', '晋城'], {db}).stdout).toBe(
			'commands now use 晋城市 (2022, 2023) when --region is not given; stored: 晋城市 (2022–2023), 泽州县 (2023)\n',
		);
		expect(jcfz(['sections'], {db}).stdout.split('\n')[0]).toBe(
			'晋城市 2023 · 中共晋城市委 晋城市人民政府 关于晋城市 2023 年法治政府建设 工作情况的报告',
		);
		expect(jcfz(['diff', '2022', '2023'], {db}).stdout.split('\n')[0]).toBe('晋城市 2022 → 晋城市 2023');
		expect(jcfz(['diff', '2023', '2024'], {db})).toMatchObject({
			code: 1,
			stderr: 'jcfz: no 晋城市 report for 2024: the store has 晋城市 2022, 2023; add one with `jcfz import FILE`\n',
		});
	});

	test('two regions are compared only when both are named', () => {
		const r = jcfz(['diff', '晋城市-2023', '泽州县-2023'], {db});
		expect(r.stdout.split('\n').slice(0, 2)).toEqual([
			'晋城市 2023 → 泽州县 2023',
			'Indicator                               晋城市 2023  泽州县 2023  Unit  Δ    Δ%',
		]);
	});

	test('several regions and none in use: nothing is guessed', () => {
		const index = JSON.parse(readFileSync(db, 'utf8'));
		const other = join(tempDir(), 'jcfz.json');
		writeFileSync(other, JSON.stringify({...index, current: null}));
		// The body documents live beside the index: point the copy at the same ones.
		const bodies = join(db, '..', 'jcfz.bodies');
		const copies = join(other, '..', 'jcfz.bodies');
		mkdirSync(copies, {recursive: true});
		for (const b of index.bodies as {key: string}[]) {
			writeFileSync(join(copies, `${b.key}.json`), readFileSync(join(bodies, `${b.key}.json`)));
		}
		expect(jcfz(['show', '复议'], {db: other})).toMatchObject({
			code: 2,
			stderr:
				'jcfz: 2 regions are stored (晋城市 (2022–2023), 泽州县 (2023)): name one with --region, or make one the default with `jcfz use REGION`\n',
		});
	});
});
