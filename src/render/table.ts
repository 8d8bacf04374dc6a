/**
 * Plain-text tables for the CLI, aligned in display columns. When the table is wider than the terminal, the
 * flexible column (the label) is cut with … so that every row still fits on one line.
 */
import {maxOf, pushAll} from '../core/arrays.js';
import {inertLine} from '../core/inert.js';
import {fitColumns, truncate, width} from './width.js';

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
	// Each cell measured once (a list of 30,000 reports has 180,000 cells); a last column aligned left not at all when
	// nothing limits the width: it is neither padded nor cut.
	const last = columns.length - 1;
	const unmeasured = maxWidth === Infinity && columns[last]?.align !== 'right' ? last : -1;
	const cellWidths = cells.map(r => r.map((cell, k) => (k === unmeasured ? 0 : width(cell))));
	const headerWidths = headers.map(width);
	const widths = columns.map((_, k) =>
		maxOf(
			cellWidths.map(r => r[k]!),
			headerWidths[k]!,
		),
	);
	const flex = columns.findIndex(c => c.flexible);
	fitColumns(widths, GAP.length * (columns.length - 1), flex, maxWidth, flex >= 0 ? headerWidths[flex]! : 0);
	const line = (values: readonly string[], measured: readonly number[]) => {
		let out = '';
		for (let k = 0; k < values.length; k++) {
			if (k === unmeasured) {
				out += (k > 0 ? GAP : '') + values[k]!;
				continue;
			}
			const room = widths[k]!;
			const fits = measured[k]! <= room;
			const cut = fits ? values[k]! : truncate(values[k]!, room);
			const pad = ' '.repeat(Math.max(0, room - (fits ? measured[k]! : width(cut))));
			if (k > 0) out += GAP;
			out += columns[k]!.align === 'right' ? pad + cut : cut + pad;
		}
		return out.trimEnd();
	};
	return pushAll(
		[line(headers, headerWidths)],
		cells.map((r, k) => line(r, cellWidths[k]!)),
	);
}
