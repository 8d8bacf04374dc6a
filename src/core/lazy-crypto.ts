/**
 * node:crypto, loaded on first use: requiring it costs about 2 ms of every start-up, and a lookup never hashes.
 */
import {createRequire} from 'node:module';

let crypto: typeof import('node:crypto') | undefined;
const load = () => {
	crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
	return crypto;
};

export const sha256Hex = (text: string): string => load().createHash('sha256').update(text).digest('hex');

/** `bytes` random bytes as hex: unique names for temp files and backups. */
export const randomHex = (bytes: number): string => load().randomBytes(bytes).toString('hex');
