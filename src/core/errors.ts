/**
 * Expected failures. Each carries the class that decides the exit code; the CLI prints `message` as one line
 * and never a stack trace for these.
 */
import {type Lang, type Said, say} from './said.js';

export type ErrorKind = 'usage' | 'not-found' | 'conflict' | 'data';

/**
 * Exit codes by class: 0 ok, 1 nothing found (or a report of that region and year is already stored with other
 * text), 2 usage error, 3 store/data error.
 */
export const EXIT_CODES: Readonly<Record<ErrorKind, number>> = {'not-found': 1, conflict: 1, usage: 2, data: 3};

/**
 * Whether `error` is a JcfzError — also one thrown by another bundle's copy of this class (the explorer is a
 * bundle of its own), which `instanceof` does not recognise.
 */
export function isJcfzError(error: unknown): error is JcfzError {
	return (
		error instanceof JcfzError ||
		(error instanceof Error && error.name === 'JcfzError' && typeof (error as {kind?: unknown}).kind === 'string')
	);
}

/**
 * What an error says, in both languages: a JcfzError's English and Chinese, any other error's message for both
 * (an unexpected error has no translation; it is still shown rather than lost).
 */
export function saidOf(error: unknown): Said {
	if (isJcfzError(error)) return [error.message, error.zh || error.message];
	const message = error instanceof Error ? error.message : String(error);
	return [message, message];
}

export class JcfzError extends Error {
	readonly kind: ErrorKind;
	/** The same message in Chinese, shown when the user's language is zh (required: jcfz speaks both). */
	readonly zh: string;
	constructor(kind: ErrorKind, message: string, zh: string) {
		super(message);
		this.name = 'JcfzError';
		this.kind = kind;
		this.zh = zh;
	}

	/** The message in the user's language. */
	text(lang: Lang): string {
		return say([this.message, this.zh || this.message], lang);
	}

	/** This error about `what` (a file name): "file: message". */
	about(what: string): JcfzError {
		return new JcfzError(this.kind, `${what}: ${this.message}`, `${what}：${this.zh}`);
	}
}
