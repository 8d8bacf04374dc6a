/**
 * A national-scale SYNTHETIC corpus for `npm run bench`: the bundled report rewritten for real prefectures and
 * counties (so that rank, --within and --level have a real hierarchy to work on), `years` years each, every title
 * marked 合成测试数据（非真实报告）and every figure invented. Written straight to disk, one file per report, never
 * committed.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {currentDivisions, displayName} from '../../src/core/region/gazetteer.js';
import {syntheticReport} from './corpus.mjs';

/** Prefectures and counties whose shown name is unique, in code order: the governments of the corpus. */
export function governments(count: number): string[] {
	const names = currentDivisions()
		.filter(d => d.level > 1)
		.map(d => displayName(d));
	// 晋城市 is the bundled report's: a store starts with it, and a synthetic one would conflict.
	const unique = [...new Set(names)].filter(n => n !== '晋城市');
	if (unique.length < count) throw new Error(`only ${unique.length} divisions to name ${count} governments`);
	return unique.slice(0, count);
}

/** Writes `regions` × `years` reports (years ending in 2023) into `dir`; returns how many bytes of text. */
export function writeNationalCorpus(
	dir: string,
	regions: number,
	years: number,
	onProgress?: (done: number) => void,
): number {
	mkdirSync(dir, {recursive: true});
	let bytes = 0;
	const names = governments(regions);
	names.forEach((name, k) => {
		for (let y = 0; y < years; y++) {
			const r = syntheticReport(k, 2023 - y, name);
			const text = r.text;
			bytes += Buffer.byteLength(text);
			writeFileSync(join(dir, `synthetic-${String(k).padStart(4, '0')}-${r.year}.md`), text);
		}
		onProgress?.((k + 1) * years);
	});
	return bytes;
}
