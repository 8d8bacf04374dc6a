/**
 * When two texts are one report. A report reached by a second path — the government's page and a mirror, the web
 * page and its PDF — has other bytes (page chrome, a banner, whitespace, half- or full-width punctuation, the
 * PDF's page furniture) but the same report in it: the same title, the same sections and the same figures. Its
 * content key is a hash of exactly those, written loosely:
 * - the title and every section's ordinal and title, NFKC-folded, without spaces, punctuation or symbols;
 * - every figure in reading order as section, value, unit and approximation marker — not its label or
 *   sentence, which the layout of a copy may cut differently (a PDF's paragraph break moves where a label begins).
 * Region and year are not in the key: two copies are only compared when they are filed as the same report.
 * A revision that changes a figure, a heading or the title has another key.
 *
 * Pure.
 */
import {quickChecksum} from './checksum.js';
import type {Indicator, Report, Section} from './types.js';

const loose = (text: string) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');

function outline(sections: readonly Section[], into: string[]): string[] {
	for (const s of sections) {
		into.push(`${s.id}=${loose(s.ordinal)}${loose(s.title)}`);
		outline(s.children, into);
	}
	return into;
}

const keys = new WeakMap<object, string>();

/** The content key of a report: equal for two copies of one report, different for a revision (see above). */
export function contentKey(
	report: Pick<Report, 'title' | 'sections'>,
	indicators: readonly Pick<Indicator, 'sectionId' | 'value' | 'unit' | 'qualifier'>[],
): string {
	// Asked several times of one report during an import (its summary, its parking, its storing): computed once.
	let key = keys.get(indicators);
	if (key === undefined) {
		key = computeKey(report, indicators);
		keys.set(indicators, key);
	}
	return key;
}

function computeKey(
	report: Pick<Report, 'title' | 'sections'>,
	indicators: readonly Pick<Indicator, 'sectionId' | 'value' | 'unit' | 'qualifier'>[],
): string {
	const parts = [loose(report.title), ...outline(report.sections, [])];
	for (const i of indicators) parts.push(`${i.sectionId}:${i.value}${loose(i.unit)}${i.qualifier ?? ''}`);
	return quickChecksum(parts.join('\n'));
}
