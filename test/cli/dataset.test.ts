/**
 * The corpus as a dataset, through the real binary: areas in sections and indicators, `area:` in the filter,
 * and `jcfz check` over the bundled report and SYNTHETIC reports (test/fixtures: invented figures).
 */
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {jcfz, ROOT, SYNTHETIC_2022, tempDir} from '../helpers.js';

const OFFICE_PDF = join(ROOT, 'test', 'fixtures', 'documents', 'synthetic-office.pdf');
let db: string;
const run = (args: string[]) => jcfz(args, {db, env: {COLUMNS: '200'}});

beforeAll(() => {
	db = join(tempDir(), 'store', 'jcfz.json');
	expect(run(['import', SYNTHETIC_2022, OFFICE_PDF]).code).toBe(0);
});

describe('areas', () => {
	test("sections --json and --text name each section's part of the framework", () => {
		const [first] = JSON.parse(run(['sections', '--region', '晋城市', '--year', '2023', '--json']).stdout) as {
			area: unknown;
			children: {area: {id: string; from: string}}[];
		}[];
		expect(first!.area).toEqual({
			id: 'leadership',
			zh: '党的领导与推进机制',
			en: 'Party leadership and drive',
			confidence: 1,
			from: 'title',
		});
		expect(run(['sections', '--region', '晋城市', '--year', '2023']).stdout.split('\n')[1]).toBe(
			'1    一、深学笃行习近平法治思想，统筹推进法治政府建设高质量发展  [Party leadership and drive]',
		);
	});

	test('indicators --json carry the area; area: filters by it; an unknown area is refused', () => {
		const rows = JSON.parse(
			run(['indicators', '--region', '晋城市', '--year', '2023', '--filter', 'area:执法', '--json']).stdout,
		) as {sectionId: string; area: string}[];
		expect(rows.length).toBeGreaterThan(0);
		expect(new Set(rows.map(r => [r.sectionId.split('.')[0], r.area].join(' ')))).toEqual(new Set(['4 enforcement']));
		expect(run(['indicators', '--filter', 'area:xyz', '--region', '晋城市'])).toMatchObject({
			code: 2,
			stderr: expect.stringMatching(/^jcfz: area:xyz: not an area; give one of leadership, functions, /),
		});
	});
});

describe('check', () => {
	test('a table of the four contents, publication and areas; what lacks a part stands out', () => {
		const r = run(['check', '晋城市-2022', '晋城市-2023', '平遥县-2023']);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe(
			[
				'Region  Year  Results  Shortcomings  Leaders  Plans  Published           Figures/1000 chars  Areas',
				'晋城市  2022  ✓ 1      missing       ✓ 1.1    ✓ 6    —                                 48.1    5/9',
				'晋城市  2023  ✓ 1      ✓ 7           ✓ 1.1    ✓ 7    —                                 18.0    7/9',
				'平遥县  2023  ✓ 1      ✓ 7           ✓ 1.1    ✓ 7    2024-03-25 on time                41.0    6/9',
				'3 checked (reports): 1 lack a content, 0 published after 1 April',
				'',
			].join('\n'),
		);
	});

	test('--year: every stored report of the year, --within a division; --json', () => {
		const rows = JSON.parse(run(['check', '--year', '2023', '--within', '晋中市', '--json']).stdout) as {
			id: string;
			onTime: boolean;
			contents: {part: string; found: boolean}[];
		}[];
		expect(rows.map(r => [r.id, r.onTime, r.contents.every(c => c.found)])).toEqual([['平遥县-2023', true, true]]);
		expect(run(['check', '--within', '晋中市'])).toMatchObject({code: 2});
		// A year is checked from the cross-report index (found at import), a named report from itself: the same.
		const named = JSON.parse(run(['check', '平遥县-2023', '--json']).stdout) as unknown[];
		const ofYear = JSON.parse(run(['check', '--year', '2023', '--json']).stdout) as {id: string}[];
		expect(ofYear.find(r => r.id === '平遥县-2023')).toEqual(named[0]);
	});
});
