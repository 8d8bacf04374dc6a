/**
 * Text similarity for Chinese labels. Words are not delimited, so labels are compared as sets of character
 * bigrams; the head noun sits at the end of a Chinese noun phrase (法治议题, 行政复议案件, 满意率), so a shared
 * ending counts extra.
 */

export function bigrams(text: string): Set<string> {
	const chars = [...text.replace(/[\s\d.,，、“”《》（）()%]/g, '')];
	const set = new Set<string>();
	if (chars.length === 1) set.add(chars[0]!);
	for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i]! + chars[i + 1]!);
	return set;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let n = 0;
	for (const x of small) if (large.has(x)) n++;
	return n;
}

/** Mean of Dice and the overlap coefficient: a label that adds a subject ("市委…研究法治议题") still scores well. */
export function setSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	const common = intersectionSize(a, b);
	return 0.5 * ((2 * common) / (a.size + b.size)) + 0.5 * (common / Math.min(a.size, b.size));
}

/** Length of the common ending relative to the shorter label: 1 when one label ends the other. */
export function headSimilarity(a: string, b: string): number {
	let k = 0;
	while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
	return k < 2 ? 0 : k / Math.min(a.length, b.length);
}
