/**
 * Just enough of ZIP to read a Word (.docx) or OFD package: the central directory and stored or deflated entries.
 * Pure computation (zlib inflates). Every size is checked before it is trusted: an entry's inflated size is
 * capped (a zip bomb stops at the cap), offsets must lie inside the file, and anything else is "damaged".
 */
import {inflateRawSync} from 'node:zlib';

/** No part of a report's package is anywhere near this when inflated. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export class DamagedZip extends Error {}

export interface ZipEntry {
	readonly name: string;
	readonly method: number;
	readonly compressedSize: number;
	readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the archive, by name. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
	const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at--) {
		if (view.readUInt32LE(at) === EOCD) {
			eocd = at;
			break;
		}
	}
	if (eocd < 0) throw new DamagedZip('no end of central directory');
	const count = view.readUInt16LE(eocd + 10);
	let at = view.readUInt32LE(eocd + 16);
	const entries = new Map<string, ZipEntry>();
	for (let k = 0; k < count; k++) {
		if (at + 46 > view.length || view.readUInt32LE(at) !== CENTRAL) throw new DamagedZip('central directory');
		const method = view.readUInt16LE(at + 10);
		const compressedSize = view.readUInt32LE(at + 20);
		const nameLength = view.readUInt16LE(at + 28);
		const extraLength = view.readUInt16LE(at + 30);
		const commentLength = view.readUInt16LE(at + 32);
		const localOffset = view.readUInt32LE(at + 42);
		const name = view.toString('utf8', at + 46, at + 46 + nameLength);
		entries.set(name, {name, method, compressedSize, localOffset});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** One entry's bytes, inflated. */
export function zipRead(bytes: Uint8Array, entry: ZipEntry): Buffer {
	const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = entry.localOffset;
	if (at + 30 > view.length || view.readUInt32LE(at) !== LOCAL) throw new DamagedZip(`${entry.name}: local header`);
	const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
	const end = start + entry.compressedSize;
	if (end > view.length) throw new DamagedZip(`${entry.name}: cut off`);
	const data = view.subarray(start, end);
	if (entry.method === 0) return Buffer.from(data);
	if (entry.method !== 8) throw new DamagedZip(`${entry.name}: compression method ${entry.method}`);
	try {
		return inflateRawSync(data, {maxOutputLength: MAX_ENTRY_BYTES});
	} catch (error) {
		throw new DamagedZip(`${entry.name}: ${(error as Error).message}`);
	}
}
