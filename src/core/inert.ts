/**
 * Terminal safety (CWE-150), pure. The shells (CLI, TUI) show all report text through `inert`/`inertLine`; the
 * extractor uses it so that control sequences in a report do not end up inside labels. Report text is stored raw
 * but shown inert: escape sequences (CSI, OSC, DCS, …), C0/C1 controls, backspace, carriage return and bidi
 * overrides never reach the terminal, nor characters whose width terminals disagree on.
 */

// ESC-introduced sequences: CSI … final byte; OSC/DCS/SOS/PM/APC … BEL or ST; or a lone two-byte escape.
const ESCAPES = /\u001B(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|$)|[@-Z\\-_]?)/g;
// 8-bit (C1) forms: CSI with its parameters; OSC, DCS, SOS, PM, APC with their payloads up to BEL or ST.
const C1_SEQUENCES = /\u009B[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009D\u009E\u009F][\s\S]*?(?:\u0007|\u009C|\u001B\\|$)/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/**
 * Characters terminals and width tables disagree on: Hangul fillers (measured 0 columns, drawn 2 by many
 * terminals), the soft hyphen, zero-width spaces and joiners, word joiners, the BOM. They carry nothing a reader
 * needs, and a width that is wrong by one scrolls a whole frame.
 */
const AMBIGUOUS = /[\u00AD\u115F\u1160\u3164\uFFA0\uFEFF\u200B-\u200D\u2060-\u2064]/g;

/** Any character the replacements below act on: text without one (nearly all of it) is returned as it is. */
const ANY_UNSAFE =
	/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u00AD\u115F\u1160\u3164\uFFA0\uFEFF\u200B-\u200D\u2060-\u2064]/;

/** Removes everything that could drive the terminal; keeps \n and \t. */
export function inert(text: string): string {
	if (!ANY_UNSAFE.test(text)) return text;
	return text
		.replace(ESCAPES, '')
		.replace(C1_SEQUENCES, '')
		.replace(CONTROLS, '')
		.replace(BIDI, '')
		.replace(AMBIGUOUS, '');
}

/** For one table cell or line: also folds newlines and tabs to spaces. */
export function inertLine(text: string): string {
	if (!ANY_UNSAFE.test(text)) return text;
	return inert(text).replace(/[\n\t]/g, ' ');
}
