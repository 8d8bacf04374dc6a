/**
 * Something a person should check about a report they import ("no title found", "year read from the text"), in
 * both languages jcfz speaks: the shell prints the one the user reads, and `code` names it for scripts (import
 * --json) and tests, so that neither depends on the wording.
 */
export type NoteCode =
	| 'no-title'
	| 'year-from-text'
	| 'year-from-speech'
	| 'no-sections'
	| 'few-indicators'
	| 'department-without-place'
	| 'level-without-place'
	| 'region-from-publisher'
	| 'region-not-in-table'
	| 'region-ambiguous'
	| 'town-without-county';

export interface Note {
	readonly code: NoteCode;
	readonly en: string;
	readonly zh: string;
}

export const note = (code: NoteCode, en: string, zh: string): Note => ({code, en, zh});
