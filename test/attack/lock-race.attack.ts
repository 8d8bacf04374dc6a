/**
 * The stale-lock takeover race, through the real binary (40 rounds): a crash leaves something at the lock's name,
 * then 8 importers start at once. Every import that says "imported" (exit 0) must be in the store afterwards.
 */
import {writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {jcfz, jcfzAsync, SEED, tempDir} from '../helpers.js';

const HOST_LOCK = (host: string) => `{"pid":999999,"start":"1","boot":"","host":"${host}","nonce":"ab"}\n`;

test.each([
	['socket', '999999\n'],
	['file', HOST_LOCK(hostname())],
])(
	'%s lock, lock file %j left by a crash, then 8 importers at once: every exit-0 report is stored (40 rounds)',
	async (kind, leftover) => {
		for (let round = 0; round < 40; round++) {
			const db = join(tempDir(), 'db.json');
			writeFileSync(`${db}.lock`, leftover);
			const runs = await Promise.all(
				Array.from({length: 8}, (_, i) =>
					jcfzAsync(['import', SEED, '--region', `S${i}市`], {db, env: {JCFZ_LOCK: kind}}),
				),
			);
			const imported = runs.flatMap((r, i) => (r.code === 0 ? [`S${i}市`] : []));
			const listed = JSON.parse(jcfz(['list', '--json'], {db}).stdout).map((r: {region: string}) => r.region);
			expect({round, imported: imported.length, missing: imported.filter(x => !listed.includes(x))}).toEqual({
				round,
				imported: 8,
				missing: [],
			});
		}
	},
);
