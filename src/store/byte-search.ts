/**
 * Byte-level search over the cross-report index's files: UTF-8 text searched as bytes, lines decoded only where
 * something is found. Pure functions over buffers.
 */

/**
 * The complete lines of `data` that contain every one of `words` (bytes), found by searching for the longest word
 * and checking the others in its line only; every complete line when `words` is empty.
 */
export function* linesContaining(data: Buffer, words: readonly Buffer[]): Generator<string> {
	const end = data.lastIndexOf(10) + 1; // a trailing incomplete line is not read
	if (words.length === 0) {
		for (const line of data.toString('utf8', 0, end).split('\n')) if (line) yield line;
		return;
	}
	const [longest, ...rest] = [...words].sort((a, b) => b.length - a.length);
	let from = 0;
	while (from < end) {
		const hit = data.indexOf(longest!, from);
		if (hit < 0 || hit >= end) return;
		const start = data.lastIndexOf(10, hit) + 1;
		const stop = data.indexOf(10, hit);
		from = stop + 1;
		const line = data.subarray(start, stop);
		if (rest.every(w => line.includes(w))) yield line.toString('utf8');
	}
}

/** The needle as searched: bytes, with ASCII letters small when the search ignores their case. */
export function needleBytes(needle: string): {readonly bytes: Buffer; readonly caseless: boolean} {
	const caseless = /[A-Za-z]/.test(needle);
	return {bytes: Buffer.from(caseless ? needle.replace(/[A-Z]/g, c => c.toLowerCase()) : needle), caseless};
}

const small = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b);

/** Whether `hay` holds `wanted` (ASCII letters small) at `at`, ASCII letters in any case. */
function matchesCaseless(hay: Buffer, at: number, wanted: Buffer): boolean {
	if (at + wanted.length > hay.length) return false;
	for (let k = 0; k < wanted.length; k++) if (small(hay[at + k]!) !== wanted[k]) return false;
	return true;
}

/**
 * Where `wanted` (ASCII letters small) may start in `hay`, in order: the positions of its first byte, in both
 * cases when it is a letter. Two native byte scans; report text has few ASCII letters to check.
 */
function* caselessCandidates(hay: Buffer, wanted: Buffer): Generator<number> {
	const first = wanted[0]!;
	const other = first >= 97 && first <= 122 ? first - 32 : -1;
	let a = hay.indexOf(first);
	let b = other < 0 ? -1 : hay.indexOf(other);
	while (a >= 0 || b >= 0) {
		if (b < 0 || (a >= 0 && a < b)) {
			yield a;
			a = hay.indexOf(first, a + 1);
		} else {
			yield b;
			b = hay.indexOf(other, b + 1);
		}
	}
}

/** [start, end) of every line of `hay` that holds `wanted`, each line once; ASCII letters in any case if `caseless`. */
export function* linesWith(hay: Buffer, wanted: Buffer, caseless = false): Generator<readonly [number, number]> {
	if (wanted.length === 0) return;
	const lineOf = (hit: number) => {
		const newline = hay.indexOf(10, hit);
		return [hay.lastIndexOf(10, hit) + 1, newline < 0 ? hay.length : newline] as const;
	};
	if (!caseless) {
		for (let hit = hay.indexOf(wanted); hit >= 0; ) {
			const line = lineOf(hit);
			yield line;
			hit = hay.indexOf(wanted, line[1] + 1);
		}
		return;
	}
	let lineEnd = -1;
	for (const hit of caselessCandidates(hay, wanted)) {
		if (hit < lineEnd || !matchesCaseless(hay, hit, wanted)) continue; // a line already given, or no match
		const line = lineOf(hit);
		lineEnd = line[1];
		yield line;
	}
}

/** Index of the range holding `offset` in ranges sorted by start and not overlapping; -1 when none does. */
export function rangeHolding(
	count: number,
	startOf: (k: number) => number,
	endOf: (k: number) => number,
	offset: number,
): number {
	let lo = 0;
	let hi = count - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (offset < startOf(mid)) hi = mid - 1;
		else if (offset >= endOf(mid)) lo = mid + 1;
		else return mid;
	}
	return -1;
}
