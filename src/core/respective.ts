/**
 * Figures given "respectively" (分别): in the order of the things they belong to.
 *
 * - "参考率、合格率分别为99.6%和99.1%": the things are listed before 分别, one per figure of the run;
 * - "律师事务所128家、执业律师1530人，分别比上年增加7家和112人": nothing stands before 分别 in its clause, so the
 *   things are the figures just before the run, and each label says what changed (律师事务所增加).
 *
 * A run is two or more figures joined only by 、 和 及 与 or a comma. Pure: text and quantities in, labels out.
 */
import {enumeration} from './label.js';
import type {Quantity} from './quantity.js';

const JOINER = /^[\s、，,和及与]*$/;
const CLAUSE_STOP = /[，；：。！？,;:]/;
const CHANGE = /增长|增加|上升|提高|提升|下降|减少|降低|压缩|缩短/;
/** Words that open a subject without naming it. */
const LEADING = /^(?:其中|全市|全省|全县|全区|我市|我省|我县|我区)+/;

/** The length of the run of figures starting at `k`: figures joined by nothing but 、 和 及 与 or a comma. */
function runLength(text: string, quantities: readonly Quantity[], k: number): number {
	let r = 1;
	while (k + r < quantities.length && JOINER.test(text.slice(quantities[k + r - 1]!.end, quantities[k + r]!.start)))
		r++;
	return r;
}

/**
 * New labels for the figures of `text` that are given respectively, by index (null: keep the label made from the
 * figure's own context). `labels` are those labels, in the order of `quantities`.
 */
export function respectiveLabels(
	text: string,
	quantities: readonly Quantity[],
	labels: readonly string[],
): (string | null)[] {
	const out: (string | null)[] = quantities.map(() => null);
	for (let k = 0; k < quantities.length; k++) {
		const q = quantities[k]!;
		let start = q.start;
		while (start > 0 && !CLAUSE_STOP.test(text[start - 1]!)) start--;
		const lead = text.slice(start, q.start);
		const at = lead.lastIndexOf('分别');
		if (at < 0) continue;
		const r = runLength(text, quantities, k);
		if (r < 2) continue;
		const subject = lead.slice(0, at).trim().replace(LEADING, '');
		if (subject.length >= 2) {
			const things = enumeration(subject, '、和及与').map(t => t.trim());
			if (things.length === r && things.every(t => t.length >= 2)) for (let i = 0; i < r; i++) out[k + i] = things[i]!;
		} else if (k >= r) {
			const verb = CHANGE.exec(lead.slice(at))?.[0] ?? '';
			for (let i = 0; i < r; i++) out[k + i] = labels[k - r + i]! + verb;
		}
		k += r - 1;
	}
	return out;
}
