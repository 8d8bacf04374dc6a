/**
 * Numeric options checked before they are used: yargs turns `--limit abc` into NaN and takes `--limit -90` as it
 * is (which showed 6 rows: slice(0, -90)). A bad value is a usage error naming the option and what it takes.
 */
import {JcfzError} from '../core/errors.js';

/** A count of rows: a whole number ≥ 1, or undefined when not given. */
export function rowLimit(value: number | undefined, option = '--limit'): number | undefined {
	if (value === undefined) return undefined;
	if (!Number.isInteger(value) || value < 1) {
		const shown = Number.isNaN(value) ? '' : ` "${value}"`;
		throw new JcfzError(
			'usage',
			`bad ${option}${shown}: give a whole number of rows, 1 or more (e.g. ${option} 20)`,
			`${option}${shown ? `“${value}”` : ''}有误：请给出 1 或更大的整数行数（如 ${option} 20）`,
		);
	}
	return value;
}

/** A bound on values: any finite number, or undefined when not given. */
export function valueBound(value: number | undefined, option: string): number | undefined {
	if (value === undefined) return undefined;
	if (!Number.isFinite(value))
		throw new JcfzError(
			'usage',
			`bad ${option}: give a number (e.g. ${option} 100)`,
			`${option} 有误：请给出一个数（如 ${option} 100）`,
		);
	return value;
}
