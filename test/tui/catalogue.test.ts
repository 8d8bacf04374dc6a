/**
 * The explorer's report list reads titles from the cross-report index: a damaged titles file (SYNTHETIC store)
 * costs the titles, never the explorer's start (it crashed there).
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {Store} from '../../src/store/store.js';
import {catalogueOf} from '../../src/tui/run.js';
import {jcfz, SYNTHETIC_2022, tempDir} from '../helpers.js';

test('a titles line that is not [slot, title]: the catalogue without titles', async () => {
	const dir = tempDir();
	const db = join(dir, 'jcfz.json');
	expect(jcfz(['import', SYNTHETIC_2022], {db}).code).toBe(0);
	expect(jcfz(['reindex'], {db}).code).toBe(0);
	const healthy = await catalogueOf(await Store.open(db));
	expect(healthy.map(r => [r.region, r.year, r.title !== ''])).toEqual([
		['晋城市', 2022, true],
		['晋城市', 2023, true],
	]);
	writeFileSync(join(dir, 'jcfz.index', '2022.titles.ndjson'), 'null\n', {flag: 'a'});
	const damaged = await catalogueOf(await Store.open(db));
	expect(damaged.map(r => [r.region, r.year, r.title])).toEqual([
		['晋城市', 2022, ''],
		['晋城市', 2023, ''],
	]);
});
