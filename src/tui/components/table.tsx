/**
 * A table with ink-table's props (data, columns, padding, header, cell, skeleton), measured in display columns so
 * that Chinese text lines up (ink-table measures String.length and does not load under Ink 6). Extensions:
 * `align`, fixed `widths` (so columns do not jump while scrolling a virtualised list), `maxWidth` with one
 * `flexible` column cut with …, and a `selected` row marked with ▸ and inverse video (visible without colour).
 */
import {Box, Text} from 'ink';
import type {PropsWithChildren, ReactElement} from 'react';
import {inertLine} from '../../core/inert.js';
import {fitColumns, padEnd, padStart, truncate, width} from '../../render/width.js';
import {maxOf} from '../../core/arrays.js';

export type Scalar = string | number | boolean | null | undefined;
export type ScalarDict = Record<string, Scalar>;

export interface CellProps extends PropsWithChildren {
	readonly column: number;
	/** jcfz: true for the selected row. */
	readonly isSelected?: boolean;
}

export interface TableProps<T extends ScalarDict> {
	/** List of values (rows): only the rows to draw (the caller virtualises). */
	readonly data: readonly T[];
	/** Columns to display, in order (default: the keys of the first row). */
	readonly columns?: readonly (keyof T & string)[];
	/** Spaces on each side of a cell. */
	readonly padding?: number;
	/** Header cell component. */
	readonly header?: (props: PropsWithChildren) => ReactElement;
	/** Data cell component. */
	readonly cell?: (props: CellProps) => ReactElement;
	/** Border component. */
	readonly skeleton?: (props: PropsWithChildren) => ReactElement;
	/** Header labels (default: the column keys). */
	readonly headings?: Partial<Record<keyof T, string>>;
	readonly align?: Partial<Record<keyof T, 'left' | 'right'>>;
	/** Content widths in display columns; measured from `data` when missing. */
	readonly widths?: Partial<Record<keyof T, number>>;
	/** Total width the table may take; the flexible column gives way. */
	readonly maxWidth?: number;
	readonly flexible?: keyof T;
	/** Index into `data` of the selected row. */
	readonly selected?: number;
	/** jcfz: a style for a whole unselected row (a colour, dim for a heading row). */
	readonly rowStyle?: (row: T, index: number) => {readonly color?: string; readonly dim?: boolean};
}

export const Header = ({children}: PropsWithChildren) => <Text bold>{children}</Text>;
export const Cell = ({children, isSelected}: CellProps) => <Text inverse={isSelected}>{children}</Text>;
export const Skeleton = ({children}: PropsWithChildren) => <Text>{children}</Text>;

const show = (v: Scalar) => inertLine(v === null || v === undefined ? '' : String(v));

/** Content width of each column: given, or the widest heading or cell. */
export function columnWidths<T extends ScalarDict>(
	props: Pick<TableProps<T>, 'data' | 'widths' | 'headings' | 'maxWidth' | 'flexible' | 'padding'>,
	columns: readonly (keyof T & string)[],
): number[] {
	const padding = props.padding ?? 1;
	const widths = columns.map(
		c =>
			props.widths?.[c] ??
			maxOf(
				props.data.map(r => width(show(r[c]))),
				width(props.headings?.[c] ?? c),
			),
	);
	if (props.maxWidth !== undefined && props.flexible !== undefined) {
		// Each column has its padding on both sides and a border after it; the table has one more border.
		const chrome = columns.length * (2 * padding + 1) + 1;
		fitColumns(widths, chrome, columns.indexOf(props.flexible as keyof T & string), props.maxWidth, 2);
	}
	return widths;
}

export function Table<T extends ScalarDict>(props: TableProps<T>) {
	const {data, padding = 1, header: HeaderCell = Header, cell: DataCell = Cell, skeleton: Border = Skeleton} = props;
	const columns = props.columns ?? (Object.keys(data[0] ?? {}) as (keyof T & string)[]);
	const widths = columnWidths(props, columns);
	const pad = ' '.repeat(padding);
	const rule = (l: string, m: string, r: string) => l + widths.map(w => '─'.repeat(w + 2 * padding)).join(m) + r;
	const content = (c: keyof T & string, value: string, w: number) => {
		const cut = truncate(value, w);
		return props.align?.[c] === 'right' ? padStart(cut, w) : padEnd(cut, w);
	};
	const plainRows = DataCell === Cell && Border === Skeleton;
	// Each row is one <Text> with nested cells: a row is one layout node, not one per cell (this keeps a
	// keystroke's re-render of a long table within a frame budget).
	return (
		<Box flexDirection="column">
			<Text>
				<Border>{rule('┌', '┬', '┐')}</Border>
			</Text>
			<Text>
				<Border>│</Border>
				{columns.map((c, k) => (
					<Text key={c}>
						<HeaderCell>{pad + content(c, props.headings?.[c] ?? c, widths[k]!) + pad}</HeaderCell>
						<Border>│</Border>
					</Text>
				))}
			</Text>
			<Text>
				<Border>{rule('├', '┼', '┤')}</Border>
			</Text>
			{data.map((row, r) => {
				const isSelected = r === props.selected;
				if (!isSelected && plainRows) {
					// Default components draw an unselected row without any style: one plain string is enough.
					const style = props.rowStyle?.(row, r) ?? {};
					return (
						// biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the visible window
						<Text key={r} color={style.color} dimColor={style.dim}>
							{`│${columns.map((c, k) => `${pad + content(c, show(row[c]), widths[k]!) + pad}│`).join('')}`}
						</Text>
					);
				}
				return (
					// biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the visible window
					<Text key={r}>
						<Border>{isSelected ? '▸' : '│'}</Border>
						{columns.map((c, k) => (
							<Text key={c}>
								<DataCell column={k} isSelected={isSelected}>
									{pad + content(c, show(row[c]), widths[k]!) + pad}
								</DataCell>
								<Border>│</Border>
							</Text>
						))}
					</Text>
				);
			})}
			<Text>
				<Border>{rule('└', '┴', '┘')}</Border>
			</Text>
		</Box>
	);
}

/** Lines a table of `rows` data rows takes on screen: borders, header and separator add four. */
export const TABLE_CHROME = 4;
