/**
 * Names in the store's folder. A body document is named by its key, which is derived from the report — never
 * taken from a document — so that nothing read from disk can point the store at another file.
 */
import {sha256Hex} from '../core/lazy-crypto.js';
import type {Reporter} from '../core/types.js';

/** Keys longer than this (a hostile three-line title) are cut, with a hash of the whole name to stay unique. */
const MAX_NAME = 40;

function safe(name: string): string {
	return name.replace(/[^\p{L}\p{N}]/gu, '_');
}

function hash8(text: string): string {
	return sha256Hex(text).slice(0, 8);
}

/** A name as a key part: itself when safe and short, else a cut, made-safe version plus a hash of the original. */
function part(name: string): string {
	const clean = safe(name);
	if (clean === name && [...name].length <= MAX_NAME) return name;
	return `${[...clean].slice(0, MAX_NAME).join('')}~${hash8(name)}`;
}

/** The key of a reporting body: its division code (and department), or its name when it has no code. */
export function bodyKey(r: Reporter): string {
	if (r.regionCode && r.town) return `${r.regionCode}.${part(r.town)}`;
	if (r.regionCode) return r.department ? `${r.regionCode}.${part(r.department)}` : r.regionCode;
	return `_${part(r.region)}`;
}

const BODY_KEY = /^(?:\d{6}(?:\.[\p{L}\p{N}_]+(?:~[0-9a-f]{8})?)?|_[\p{L}\p{N}_]+(?:~[0-9a-f]{8})?)$/u;

/**
 * Exactly the keys bodyKey makes: what may name a file in the bodies folder. (A bare division code is tested
 * first: compiling the Unicode classes costs ~0.5 ms, a lookup of a government's report needs none of it.)
 */
export function isBodyKey(key: string): boolean {
	return /^\d{6}$/.test(key) || BODY_KEY.test(key);
}

export function storeName(indexPath: string): string {
	return indexPath.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
}

/** Folder of the body documents, beside the index: `jcfz.bodies/` for `jcfz.json`. */
export function bodiesFolderName(indexPath: string): string {
	return `${storeName(indexPath)}.bodies`;
}

export function backupsFolderName(indexPath: string): string {
	return `${storeName(indexPath)}.backups`;
}

/** Folder of the cross-report index (cross-index.ts): `jcfz.index/` for `jcfz.json`. */
export function indexFolderName(indexPath: string): string {
	return `${storeName(indexPath)}.index`;
}
