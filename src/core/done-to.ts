/**
 * Figures that count what an action was done to: "对2个市州和4个省直部门开展了法治政府建设实地督察", "对2市4县6个
 * 省直单位开展实地法治督察". The preposition 对 opens a run of figures, each with the thing it counts, and a light
 * verb (开展, 进行, 实施, 组织) after the run says what was done to them all. Each figure counts its own thing under
 * that action: 市州督察 2, 省直部门督察 4 — not 组织对市州 and 省直部门, which say neither what was done nor (for
 * one of them) what was counted. A measure verb opens the label instead (对16项事项进行了修改 → 修改事项 16), as it
 * does in every label: it tells measures of one thing apart.
 *
 * The action is named by its head, the last word of the phrase after the light verb (法治政府建设实地督察 → 督察),
 * found by the lexicon's verbs or else by a word segmenter (at import only). Pure: text and quantities in, labels out.
 */
import {MEASURE_VERBS, wordsWith} from './lexicon.js';
import type {Quantity} from './quantity.js';
import {namesCounted} from './unit-table.js';

/** Between two figures of the run: the counted thing of the first, then a joint (or none: 2市4县). */
const THING_AND_JOINT = /^([\u4e00-\u9fa5（）]{0,12}?)[、，和及与]?$/;
/** After the run's last figure: its counted thing, the light verb, the action up to the clause's end. */
const LAST_AND_ACTION =
	/^([\u4e00-\u9fa5（）]{0,12}?)(?:组织开展|组织进行|开展|进行|实施|组织)了?([\u4e00-\u9fa5“”]{2,20})(?=[，；：。！？,;:]|$)/;
/**
 * Before the run: 对, alone or after what opens the clause (组织对, 先后对), or with other things it was done to
 * before the figure (对镇（街道）以及市市场监管局等5个市级部门…), but no verb of its own after 对.
 */
const OPENS = /对([^，。；：对]{0,24})$/;
const LIGHT = /开展|进行|实施|组织/;
const CLAUSE_STOP = /[，；：。！？,;:]/;

const HEAD_VERBS = [...new Set([...wordsWith('verb'), ...MEASURE_VERBS])].sort((a, b) => b.length - a.length);

let segmenter: Intl.Segmenter | null = null;

/**
 * The head of an action phrase: the verb it ends in (法治政府建设实地督察 → 督察), else its last word of 2+, else
 * the last two of the single characters it ends in (法治建设专项督查 → 督查).
 */
export function actionHead(action: string): string {
	// A named practice (实施“首违不罚”) is its own head, quotes and all.
	if (/^“[^“”]{2,10}”$/u.test(action)) return action;
	const plain = action.replace(/[“”]/g, '');
	const verb = HEAD_VERBS.find(v => plain.endsWith(v));
	if (verb) return verb;
	segmenter ??= new Intl.Segmenter('zh', {granularity: 'word'});
	const words = [...segmenter.segment(plain)].map(s => s.segment);
	const last = words.at(-1) ?? '';
	if (last.length >= 2) return last;
	// A word the dictionary does not know comes as single characters (专|项|督|查): its last two are the verb.
	let singles = '';
	for (let k = words.length - 1; k >= 0 && words[k]!.length === 1; k--) singles = words[k]! + singles;
	return singles.length >= 2 ? singles.slice(-2) : plain;
}

/**
 * New labels for the figures of `text` that count what an action was done to, by index (null: keep the label
 * made from the figure's own context).
 */
export function doneToLabels(text: string, quantities: readonly Quantity[]): (string | null)[] {
	const out: (string | null)[] = quantities.map(() => null);
	// Most sentences have no 对 at all: nothing to look for.
	if (!text.includes('对')) return out;
	for (let k = 0; k < quantities.length; k++) {
		let start = quantities[k]!.start;
		while (start > 0 && !CLAUSE_STOP.test(text[start - 1]!)) start--;
		const opens = OPENS.exec(text.slice(start, quantities[k]!.start));
		if (!opens || LIGHT.test(opens[1]!)) continue;
		// The run: figures whose gaps hold only a counted thing and a joint.
		const things: string[] = [];
		let r = k;
		for (; r + 1 < quantities.length; r++) {
			const gap = THING_AND_JOINT.exec(text.slice(quantities[r]!.end, quantities[r + 1]!.start));
			if (!gap) break;
			things.push(gap[1]!);
		}
		const last = LAST_AND_ACTION.exec(text.slice(quantities[r]!.end));
		if (last) {
			things.push(last[1]!);
			const head = actionHead(last[2]!);
			for (let i = k; i <= r; i++) {
				const thing = things[i - k] || (namesCounted(quantities[i]!.unit) ? quantities[i]!.unit : '');
				// A measure verb opens the label, as everywhere (修改市级行政许可事项); another action follows its object.
				if (thing) out[i] = MEASURE_VERBS.includes(head) ? head + thing : thing + head;
			}
		}
		k = r;
	}
	return out;
}
