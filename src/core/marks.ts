/**
 * Paired marks of Chinese text, by char code: opening mark → its closing mark. One table for the sentence
 * splitter (a stop inside any pair does not end a sentence) and the figure finder (a number inside quotes or title
 * marks is a name or a code, not a figure); the straight quote " pairs with itself and is handled apart.
 */
const pairs = (marks: string): ReadonlyMap<number, number> =>
	new Map([...marks].flatMap((ch, k, all) => (k % 2 ? [] : [[ch.charCodeAt(0), all[k + 1]!.charCodeAt(0)] as const])));

/** Quotes and title marks: “” ‘’ 《》 「」 『』. */
export const QUOTE_CLOSERS = pairs('“”‘’《》「」『』');
/** Quotes, title marks and brackets: （） () 〈〉 too. */
export const ALL_CLOSERS: ReadonlyMap<number, number> = new Map([...QUOTE_CLOSERS, ...pairs('（）()〈〉')]);
/** The straight double quote, its own closer. */
export const STRAIGHT_QUOTE = 0x22;
