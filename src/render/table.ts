/**
 * Plain-text tables for the CLI, aligned in display columns. When the table is wider than the terminal, the
 * flexible column (the label) is cut with … so that every row still fits on one line.
 */
import {maxOf, pushAll} from '../core/arrays.js';
import {inertLine} from '../core/inert.js';
import {fitColumns, padEnd, padStart, truncate, width} from './width.js';

export interface Column<Row> {
	readonly header: string;
	readonly value: (row: Row) => string;
	readonly align?: 'left' | 'right';
	/** The column that gives up width when the table does not fit. */
	readonly flexible?: boolean;
}

export const GAP = '  ';

export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], maxWidth = Infinity): string[] {
	const cells = rows.map(row => columns.map(c => inertLine(c.value(row))));
	// Headers too: a diff of two regions heads its columns with their names, which come from the reports.
	const headers = columns.map(c => inertLine(c.header));
	const widths = columns.map((_, k) =>
		maxOf(
			cells.map(r => width(r[k]!)),
			width(headers[k]!),
		),
	);
	const flex = columns.findIndex(c => c.flexible);
	fitColumns(widths, GAP.length * (columns.length - 1), flex, maxWidth, flex >= 0 ? width(headers[flex]!) : 0);
	const line = (values: readonly string[]) =>
		values
			.map((v, k) => {
				const cut = truncate(v, widths[k]!);
				return columns[k]!.align === 'right' ? padStart(cut, widths[k]!) : padEnd(cut, widths[k]!);
			})
			.join(GAP)
			.trimEnd();
	return pushAll([line(headers)], cells.map(line));
}
