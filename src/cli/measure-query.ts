/**
 * A measure named on the command line (`rank m1a2b3c4d`, `trend 行政复议案件 --measure`): its id, or with
 * --measure its name, looked up in the store's measures (core/measures.ts). An unknown one is a usage error that
 * says where the ids are listed.
 */
import {JcfzError} from '../core/errors.js';
import {measureNamed} from '../core/measures.js';
import type {MeasureRow} from '../store/measure-index.js';
import type {Store} from '../store/store.js';

const MEASURE_ID = /^m[0-9a-f]{8}$/;

/** The measure a query names, or null when the query is words of a label (no --measure, not an id). */
export async function measureQuery(
	store: Store,
	query: string,
	byName: boolean | undefined,
): Promise<MeasureRow | null> {
	const q = query.trim();
	if (!byName && !MEASURE_ID.test(q)) return null;
	const {measures} = await store.measures();
	const found = measureNamed(measures, q);
	if (!found)
		throw new JcfzError(
			'usage',
			`no measure ${MEASURE_ID.test(q) ? q : `called "${q}"`} in the store: see jcfz measures for their ids and names`,
			`库中没有${MEASURE_ID.test(q) ? `指标 ${q}` : `名为“${q}”的指标`}：各指标的 ID 和名称见 jcfz measures`,
		);
	return found;
}
