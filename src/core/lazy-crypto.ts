/**
 * node:crypto, loaded on first use: requiring it costs about 2 ms of every start-up, and a lookup never hashes.
 */
import {builtin} from './lazy-builtin.js';

const crypto = () => builtin<typeof import('node:crypto')>('node:crypto');

export const sha256Hex = (text: string): string => crypto().createHash('sha256').update(text).digest('hex');

/** `bytes` random bytes as hex: unique names for temp files and backups. */
export const randomHex = (bytes: number): string => crypto().randomBytes(bytes).toString('hex');
