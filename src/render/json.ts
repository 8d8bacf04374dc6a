/**
 * JSON for `--json` and exports: exactly the data, and safe to `cat` to a terminal. JSON.stringify escapes C0
 * controls but writes DEL, C1 controls (U+0080–009F, which include an 8-bit CSI), bidi controls and the line
 * separators raw; here they are written as \u escapes, which every JSON reader turns back into the same string.
 */
const RAW_IN_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

function escapeRaw(json: string): string {
	return json.replace(RAW_IN_JSON, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `JSON.stringify(value, null, 2)`, terminal-safe. */
export function toJson(value: unknown): string {
	return escapeRaw(JSON.stringify(value, null, 2));
}
