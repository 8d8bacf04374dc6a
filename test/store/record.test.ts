/** The compact stored form of a report decodes to exactly what the parser made, and is small. */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {extractIndicators} from '../../src/core/extract.js';
import {parseReport} from '../../src/core/parse.js';
import {normalizeSource} from '../../src/core/text.js';
import {decodeRecord, encodeRecord} from '../../src/store/record.js';
import {ROOT, SEED, SYNTHETIC_2022} from '../helpers.js';

const LAYOUTS = join(ROOT, 'test', 'fixtures', 'layouts');
const files = [SEED, SYNTHETIC_2022, ...readdirSync(LAYOUTS).map(f => join(LAYOUTS, f))];

describe('stored records', () => {
	test.each(files.map(f => [f.slice(ROOT.length + 1), f]))(
		'%s decodes to the parsed report and its figures',
		(_name, file) => {
			const text = readFileSync(file, 'utf8');
			const {report} = parseReport(text, {region: '晋城市', year: 2023});
			const indicators = extractIndicators(report);
			const record = encodeRecord(report, indicators, normalizeSource(text), '2026-01-01T00:00:00.000Z');
			const decoded = decodeRecord(JSON.parse(JSON.stringify(record)));
			expect(decoded.report).toEqual(report);
			expect(decoded.indicators).toEqual(indicators);
		},
	);

	test('the seed is stored in less than twice its source text', () => {
		const text = readFileSync(SEED, 'utf8');
		const {report} = parseReport(text);
		const record = encodeRecord(report, extractIndicators(report), normalizeSource(text), '2026-01-01T00:00:00.000Z');
		const size = Buffer.byteLength(JSON.stringify(record));
		expect(size / Buffer.byteLength(text)).toBeLessThan(2);
	});
});
