/**
 * A quick checksum of a text (64 bits as 16 hex digits, two multiply-xor lanes over pairs of UTF-16 units). Not a
 * cryptographic hash: it tells a stored report's text from an edited or damaged copy, as the SHA-256 identity of
 * the text does, without loading node:crypto (~4 ms of every lookup's start-up, a fifth of its own time).
 */
export function quickChecksum(text: string): string {
	let h1 = 0xdeadbeef ^ text.length;
	let h2 = 0x41c6ce57 ^ text.length;
	const n = text.length;
	let i = 0;
	for (; i + 1 < n; i += 2) {
		const pair = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
		h1 = Math.imul(h1 ^ pair, 2654435761);
		h2 = Math.imul(h2 ^ pair, 1597334677);
	}
	if (i < n) {
		const last = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ last, 2654435761);
		h2 = Math.imul(h2 ^ last, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
