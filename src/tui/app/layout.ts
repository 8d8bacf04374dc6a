/** Where things go at a terminal size: the header, status and footer lines take three rows; the body the rest. */
import {indicatorsPage} from '../indicators/view.js';
import {diffPage} from '../diff/view.js';
import {pickerPage} from '../picker/view.js';
import {paneHeight, textWidth} from '../sections/view.js';

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

export interface Layout {
	readonly columns: number;
	readonly rows: number;
	readonly body: number;
	/** The screen is large enough to draw (at least MIN_COLUMNS × MIN_ROWS). */
	readonly fits: boolean;
	readonly textWidth: number;
	readonly paneRows: number;
	readonly indicatorsPage: number;
	readonly diffPage: number;
	readonly pickerPage: number;
}

export function layoutOf(columns: number, rows: number): Layout {
	const body = Math.max(1, rows - 3);
	return {
		columns,
		rows,
		body,
		fits: columns >= MIN_COLUMNS && rows >= MIN_ROWS,
		textWidth: textWidth(columns),
		paneRows: paneHeight(body),
		indicatorsPage: indicatorsPage(body),
		diffPage: diffPage(body),
		pickerPage: pickerPage(body),
	};
}
