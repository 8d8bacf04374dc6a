/**
 * Expected failures. Each carries the class that decides the exit code; the CLI prints `message` as one line
 * and never a stack trace for these.
 */

export type ErrorKind = 'usage' | 'not-found' | 'conflict' | 'data';

/**
 * Exit codes by class: 0 ok, 1 nothing found (or a report of that region and year is already stored with other
 * text), 2 usage error, 3 store/data error.
 */
export const EXIT_CODES: Readonly<Record<ErrorKind, number>> = {'not-found': 1, conflict: 1, usage: 2, data: 3};

export class JcfzError extends Error {
	readonly kind: ErrorKind;
	constructor(kind: ErrorKind, message: string) {
		super(message);
		this.name = 'JcfzError';
		this.kind = kind;
	}
}
