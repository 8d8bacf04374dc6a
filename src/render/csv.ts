import {inertLine} from '../core/inert.js';
import {pushAll} from '../core/arrays.js';

/**
 * CSV/TSV for Excel and WPS: UTF-8 with a BOM (without it Excel reads GBK and garbles Chinese), a header row,
 * CRLF line ends, fields quoted when they hold a separator, a quote or a line break, formulas neutralised.
 */

export const BOM = '\uFEFF';

/**
 * A cell Excel or WPS would run as a formula (=, +, -, @, their full-width forms, or a leading tab or CR) gets a
 * leading ' as OWASP advises: =HYPERLINK(…) in a section title stays text. Numbers are numbers and stay as they are.
 */
function neutralise(field: string | number | null): string {
	if (field === null) return '';
	const text = inertLine(String(field));
	if (typeof field === 'number' || !/^[=+\-@＝＋－＠\t\r]/.test(text) || /^[+-]?\d+(?:\.\d+)?$/.test(text)) return text;
	return `'${text}`;
}

function quoteCsv(field: string): string {
	return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

type CsvRow = readonly (string | number | null)[];

// Text from reports is made inert here too: a CSV printed to a terminal must not drive it.
const csvLine = (fields: CsvRow) => fields.map(f => quoteCsv(neutralise(f))).join(',');

export function toCsv(header: readonly string[], rows: readonly CsvRow[]): string {
	return `${BOM + pushAll([csvLine(header)], rows.map(csvLine)).join('\r\n')}\r\n`;
}

/** Rows to append to a CSV begun by toCsv (for output written in pieces). */
export function csvRows(rows: readonly CsvRow[]): string {
	return rows.length ? `${rows.map(csvLine).join('\r\n')}\r\n` : '';
}

/** TSV for pasting: tabs and line breaks inside fields become spaces. */
export function toTsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
	const line = (fields: readonly (string | number | null)[]) => fields.map(neutralise).join('\t');
	return `${pushAll([line(header)], rows.map(line)).join('\n')}\n`;
}
