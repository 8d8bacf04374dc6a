/**
 * What kind of document a file is, from its first bytes (not its name): cheap enough for every import, so the
 * readers themselves (formats/read-document.ts and pdf.js) are loaded only for documents.
 */
export type DocumentKind = 'pdf' | 'zip' | 'compound';

export function documentKind(bytes: Uint8Array): DocumentKind | null {
	if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
		return 'zip';
	if (bytes.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, k) => bytes[k] === b))
		return 'compound';
	// "%PDF-" within the first KB, as PDF readers allow.
	const head = Math.min(bytes.length, 1024);
	for (let k = 0; k + 5 <= head; k++)
		if (
			bytes[k] === 0x25 &&
			bytes[k + 1] === 0x50 &&
			bytes[k + 2] === 0x44 &&
			bytes[k + 3] === 0x46 &&
			bytes[k + 4] === 0x2d
		)
			return 'pdf';
	return null;
}

/** File names a folder import picks up. */
export const DOCUMENT_EXTENSION = /\.(?:pdf|docx|doc|wps)$/i;
