/**
 * Shape checks for the store's JSON documents, with the JSON path of the first fault
 * ("reports[3].year: expected an integer, found \"2023\""). Small on purpose: the CLI loads it on every run.
 */
import {ShapeError} from './json-file.js';

export type Check = (value: unknown) => void;

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
	return typeof value === 'object' ? 'an object' : String(value);
}

export function fail(expected: string, value: unknown): never {
	throw new ShapeError(`expected ${expected}, found ${describe(value)}`);
}

/** Runs `check` on a part of a value; a fault found there is reported under `segment`. */
export function within(segment: string | number, check: Check, value: unknown): void {
	try {
		check(value);
	} catch (error) {
		if (error instanceof ShapeError) throw error.under(typeof segment === 'number' ? `[${segment}]` : segment);
		throw error;
	}
}

export const string: Check = v => {
	if (typeof v !== 'string') fail('a string', v);
};
export const number: Check = v => {
	if (typeof v !== 'number' || !Number.isFinite(v)) fail('a number', v);
};
/** A calendar date as jcfz writes one: YYYY-MM-DD. */
export const isoDate: Check = v => {
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail('a date (YYYY-MM-DD)', v);
};
export const integer: Check = v => {
	if (!Number.isInteger(v)) fail('an integer', v);
};
export const nullable =
	(check: Check): Check =>
	v => {
		if (v !== null) check(v);
	};
export const array =
	(check: Check): Check =>
	v => {
		if (!Array.isArray(v)) fail('an array', v);
		for (let i = 0; i < v.length; i++) within(i, check, v[i]);
	};
/** An array whose items are checked later, when they are used. */
export const anyArray: Check = v => {
	if (!Array.isArray(v)) fail('an array', v);
};
export const pair: Check = v => {
	if (!Array.isArray(v) || v.length !== 2 || !v.every(Number.isInteger)) fail('a pair of integers', v);
};
const optionalChecks = new WeakSet<Check>();
/** A field that a document may leave out (one added to the schema later); when present it must pass `check`. */
export const optional = (check: Check): Check => {
	const c: Check = v => check(v);
	optionalChecks.add(c);
	return c;
};
export const object = (shape: Readonly<Record<string, Check>>): Check => {
	const fields = Object.entries(shape);
	return v => {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) fail('an object', v);
		for (const [key, check] of fields) {
			if (!(key in v)) {
				if (optionalChecks.has(check)) continue;
				throw new ShapeError('missing').under(key);
			}
			within(key, check, (v as Record<string, unknown>)[key]);
		}
	};
};
/**
 * A recursive check (sections contain sections), refused past `maxDepth` levels: jcfz's parser nests sections two
 * levels deep, and a hand-made document 10,000 levels deep must be an error, not a stack overflow.
 */
export const lazy = (make: () => Check, maxDepth = 16): Check => {
	let depth = 0;
	return v => {
		if (depth >= maxDepth) throw new ShapeError(`nested more than ${maxDepth} levels deep`);
		depth++;
		try {
			make()(v);
		} finally {
			depth--;
		}
	};
};

/** The first check when `is` holds, else the second (a union told apart by one field). */
export const oneOf =
	(is: (value: unknown) => boolean, whenTrue: Check, otherwise: Check): Check =>
	v =>
		(is(v) ? whenTrue : otherwise)(v);
