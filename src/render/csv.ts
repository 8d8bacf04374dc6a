import {inertLine} from './sanitize.js';
import {pushAll} from '../core/arrays.js';

/**
 * CSV/TSV for Excel and WPS: UTF-8 with a BOM (without it Excel reads GBK and garbles Chinese), a header row,
 * CRLF line ends, fields quoted when they hold a separator, a quote or a line break.
 */

export const BOM = '\uFEFF';

function quoteCsv(field: string): string {
	return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
	// Text from reports is made inert here too: a CSV printed to a terminal must not drive it.
	const line = (fields: readonly (string | number | null)[]) =>
		fields.map(f => quoteCsv(f === null ? '' : inertLine(String(f)))).join(',');
	return `${BOM + pushAll([line(header)], rows.map(line)).join('\r\n')}\r\n`;
}

/** TSV for pasting: tabs and line breaks inside fields become spaces. */
export function toTsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
	const line = (fields: readonly (string | number | null)[]) =>
		fields.map(f => (f === null ? '' : inertLine(String(f)))).join('\t');
	return `${pushAll([line(header)], rows.map(line)).join('\n')}\n`;
}
