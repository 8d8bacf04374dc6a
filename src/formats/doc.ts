/**
 * A Word 97–2003 document (.doc; WPS's .wps is the same compound-file format) → the report's text and its date.
 * The text is word-extractor's reading of the WordDocument stream (its piece table, so fast-saved and Unicode
 * text read right); headers, footers and footnotes are kept apart by it and left out here. The date is the
 * "last saved" (else "created") time of the \x05SummaryInformation property set, read here.
 */
import {createRequire} from 'node:module';

export interface DocContent {
	readonly text: string;
	readonly published: string | null;
}

interface OleStream {
	on(event: string, listener: (value: Buffer) => void): OleStream;
}
interface OleDocument {
	read(): Promise<OleDocument>;
	stream(name: string): OleStream | undefined;
}

const require = createRequire(import.meta.url);

function streamBytes(stream: OleStream): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		stream.on('data', chunk => chunks.push(chunk));
		stream.on('error', error => reject(error));
		stream.on('end', () => resolve(Buffer.concat(chunks)));
	});
}

const FILETIME_TYPE = 0x40;
const PID_CREATE = 12;
const PID_LAST_SAVED = 13;

/** A FILETIME property of a property set stream (MS-OLEPS), as an ISO date; null when absent or out of range. */
export function propertySetDate(bytes: Buffer, pid: number): string | null {
	if (bytes.length < 48) return null;
	const section = bytes.readUInt32LE(44);
	if (section + 8 > bytes.length) return null;
	const count = bytes.readUInt32LE(section + 4);
	for (let k = 0; k < count && section + 16 + k * 8 <= bytes.length; k++) {
		const id = bytes.readUInt32LE(section + 8 + k * 8);
		const at = section + bytes.readUInt32LE(section + 12 + k * 8);
		if (id !== pid || at + 12 > bytes.length || bytes.readUInt32LE(at) !== FILETIME_TYPE) continue;
		const ticks = bytes.readBigUInt64LE(at + 4);
		const ms = Number(ticks / 10_000n) - 11_644_473_600_000;
		const date = new Date(ms);
		const year = date.getUTCFullYear();
		return year >= 1990 && year <= 2100 ? date.toISOString().slice(0, 10) : null;
	}
	return null;
}

async function summaryDate(bytes: Buffer): Promise<string | null> {
	const Compound = require('word-extractor/lib/ole-compound-doc') as new (reader: unknown) => OleDocument;
	const BufferReader = require('word-extractor/lib/buffer-reader') as new (buffer: Buffer) => unknown;
	try {
		const doc = await new Compound(new BufferReader(bytes)).read();
		const stream = doc.stream('\u0005SummaryInformation');
		if (!stream) return null;
		const summary = await streamBytes(stream);
		return propertySetDate(summary, PID_LAST_SAVED) ?? propertySetDate(summary, PID_CREATE);
	} catch {
		return null;
	}
}

export async function readDoc(bytes: Uint8Array): Promise<DocContent> {
	const WordExtractor = require('word-extractor') as new () => {
		extract(source: Buffer): Promise<{getBody(options?: {filterUnicode?: boolean}): string}>;
	};
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const extracted = await new WordExtractor().extract(buffer);
	// Word ends paragraphs with \r (kept as \n by word-extractor) and marks table cells with \x07 / tabs.
	const text = extracted
		.getBody({filterUnicode: false})
		.replace(/\r\n?/g, '\n')
		.replaceAll('\u0007', '\t')
		.split('\n')
		.map(line => line.replace(/\t+$/, ''))
		.filter(line => line.trim() !== '')
		.join('\n');
	return {text: text ? `${text}\n` : '', published: await summaryDate(buffer)};
}
