/**
 * The report picker's view-model (pure): every stored report, narrowed by what is typed (each word must appear in
 * the region, the year, the division code or the title), regions in order and each region's latest year first.
 * A list of 30,000 reports is narrowed incrementally: a query that adds to the last one filters its result.
 */
import type {ReportRef} from '../data.js';

const cache = new WeakMap<readonly ReportRef[], Map<string, readonly ReportRef[]>>();

function ordered(refs: readonly ReportRef[]): readonly ReportRef[] {
	return [...refs].sort((a, b) => a.region.localeCompare(b.region, 'zh-CN') || b.year - a.year);
}

export function pickerRows(refs: readonly ReportRef[], query: string): readonly ReportRef[] {
	let byQuery = cache.get(refs);
	if (!byQuery) {
		byQuery = new Map([['', ordered(refs)]]);
		cache.set(refs, byQuery);
	}
	const q = query.trim();
	const hit = byQuery.get(q);
	if (hit) return hit;
	let base = byQuery.get('')!;
	for (let k = q.length - 1; k > 0; k--) {
		const narrower = byQuery.get(q.slice(0, k));
		if (narrower && !/\s/.test(q.slice(k))) {
			base = narrower;
			break;
		}
	}
	const words = q.toLowerCase().split(/\s+/);
	const rows = base.filter(r => {
		const text = `${r.region} ${r.year} ${r.regionCode} ${r.title}`.toLowerCase();
		return words.every(w => text.includes(w));
	});
	byQuery.set(q, rows);
	if (byQuery.size > 32) byQuery.delete([...byQuery.keys()][1]!);
	return rows;
}
