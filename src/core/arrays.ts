/**
 * Array helpers for sizes that come from input: a spread (`push(...xs)`, `Math.max(...xs)`) passes every item as
 * an argument and overflows the call stack somewhere past 100,000 items.
 */

/** Appends `items` to `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
	for (let i = 0; i < items.length; i++) target.push(items[i]!);
	return target;
}

/** The largest of `initial` and `values` (Math.max(initial, ...values) without the spread). */
export function maxOf(values: Iterable<number>, initial = Number.NEGATIVE_INFINITY): number {
	let best = initial;
	for (const v of values) if (v > best || Number.isNaN(v)) best = v;
	return best;
}

/** The smallest of `initial` and `values`. */
export function minOf(values: Iterable<number>, initial = Number.POSITIVE_INFINITY): number {
	let best = initial;
	for (const v of values) if (v < best || Number.isNaN(v)) best = v;
	return best;
}
