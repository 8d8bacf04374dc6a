/**
 * Text similarity for Chinese labels. Words are not delimited, so labels are compared as sets of character
 * bigrams; the head noun sits at the end of a Chinese noun phrase (法治议题, 行政复议案件, 满意率), so a shared
 * ending counts extra.
 */

/** Characters that say nothing about what is counted: spaces, digits, punctuation. */
const NOISE = /[\s\d.,，、“”《》（）()%]/g;

/**
 * The character bigrams of a text as sorted, unique numbers (first code unit × 65536 + second): comparing two
 * such arrays is a merge, much cheaper than hashing strings — a diff compares hundreds of thousands of pairs.
 */
export function bigrams(text: string): Uint32Array {
	const clean = text.replace(NOISE, '');
	if (clean.length === 1) return Uint32Array.of(clean.charCodeAt(0));
	const grams = new Uint32Array(Math.max(0, clean.length - 1));
	for (let i = 0; i + 1 < clean.length; i++) grams[i] = clean.charCodeAt(i) * 65536 + clean.charCodeAt(i + 1);
	grams.sort();
	let n = 0;
	for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[i - 1]) grams[n++] = grams[i]!;
	return grams.subarray(0, n);
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			n++;
			i++;
			j++;
		} else if (a[i]! < b[j]!) i++;
		else j++;
	}
	return n;
}

/** Mean of Dice and the overlap coefficient: a label that adds a subject ("市委…研究法治议题") still scores well. */
export function setSimilarity(a: Uint32Array, b: Uint32Array): number {
	if (a.length === 0 || b.length === 0) return 0;
	const common = intersectionSize(a, b);
	return 0.5 * ((2 * common) / (a.length + b.length)) + 0.5 * (common / Math.min(a.length, b.length));
}

/** The share of `part`'s bigrams that `whole` has too: 1 when every character pair of a label is in a clause. */
export function containment(part: Uint32Array, whole: Uint32Array): number {
	return part.length === 0 ? 0 : intersectionSize(part, whole) / part.length;
}

/** Length of the common ending relative to the shorter label: 1 when one label ends the other. */
export function headSimilarity(a: string, b: string): number {
	const k = commonEnding(a, b);
	return k < 2 ? 0 : k / Math.min(a.length, b.length);
}

/** How many characters two texts end alike. */
export function commonEnding(a: string, b: string): number {
	let k = 0;
	while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
	return k;
}

/** Rows of longestCommonRun, reused: a diff calls it for most of its hundreds of thousands of pairs. */
let rows = new Uint16Array(2 * 64);

/** The longest run of characters two texts share ("主持召开省政府" in two meeting labels). */
export function longestCommonRun(a: string, b: string): string {
	const width = b.length + 1;
	if (rows.length < 2 * width) rows = new Uint16Array(4 * width);
	rows.fill(0, 0, 2 * width);
	let best = 0;
	let end = 0;
	// Two rows of the table, alternating: `previous` starts at `p`, `current` at `c`.
	let p = 0;
	let c = width;
	for (let i = 1; i <= a.length; i++) {
		const ch = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const run = ch === b.charCodeAt(j - 1) ? rows[p + j - 1]! + 1 : 0;
			rows[c + j] = run;
			if (run > best) {
				best = run;
				end = i;
			}
		}
		[p, c] = [c, p];
	}
	return a.slice(end - best, end);
}
