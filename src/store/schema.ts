/**
 * Shape checks for the store's JSON documents, with the JSON path of the first fault
 * ("reports[3].year: expected an integer, found \"2023\""). Small on purpose: the CLI loads it on every run.
 */
import {ShapeError} from './json-file.js';

export type Check = (value: unknown, path: string) => void;

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
	return typeof value === 'object' ? 'an object' : String(value);
}

function fail(path: string, expected: string, value: unknown): never {
	throw new ShapeError(`${path || 'top level'}: expected ${expected}, found ${describe(value)}`);
}

export const string: Check = (v, p) => {
	if (typeof v !== 'string') fail(p, 'a string', v);
};
export const number: Check = (v, p) => {
	if (typeof v !== 'number' || !Number.isFinite(v)) fail(p, 'a number', v);
};
export const integer: Check = (v, p) => {
	if (!Number.isInteger(v)) fail(p, 'an integer', v);
};
export const nullable =
	(check: Check): Check =>
	(v, p) => {
		if (v !== null) check(v, p);
	};
export const array =
	(check: Check): Check =>
	(v, p) => {
		if (!Array.isArray(v)) fail(p, 'an array', v);
		for (const [i, item] of v.entries()) check(item, `${p}[${i}]`);
	};
export const pair: Check = (v, p) => {
	if (!Array.isArray(v) || v.length !== 2 || !v.every(Number.isInteger)) fail(p, 'a pair of integers', v);
};
export const object =
	(shape: Readonly<Record<string, Check>>): Check =>
	(v, p) => {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object', v);
		for (const [key, check] of Object.entries(shape)) {
			if (!(key in v)) throw new ShapeError(`${p ? `${p}.` : ''}${key}: missing`);
			check((v as Record<string, unknown>)[key], p ? `${p}.${key}` : key);
		}
	};
/** A recursive check (sections contain sections). */
export const lazy =
	(make: () => Check): Check =>
	(v, p) =>
		make()(v, p);

/** The first check when `is` holds, else the second (a union told apart by one field). */
export const oneOf =
	(is: (value: unknown) => boolean, whenTrue: Check, otherwise: Check): Check =>
	(v, p) =>
		(is(v) ? whenTrue : otherwise)(v, p);
