/** The Diff screen's keys (one table for input, footer and help) and what they mean now (pure). */
import type {DiffRow} from '../../core/diff/diff.js';
import {type Binding, filterBindings, listBindings} from '../keymap.js';
import {isListMove, type ListMove} from '../list.js';
import type {DiffAction, DiffState} from './state.js';

export interface DiffCtx {
	readonly state: DiffState;
	readonly rows: readonly DiffRow[];
	readonly years: readonly number[];
	readonly page: number;
}

export type DiffKey =
	| ListMove
	| 'filter'
	| 'clear'
	| 'status'
	| 'sort'
	| 'earlier'
	| 'later'
	| 'yearA'
	| 'yearB'
	| 'open';

const twoYears = (c: DiffCtx) => c.years.length >= 2;

export const DIFF_KEYS: readonly Binding<DiffKey, DiffCtx>[] = [
	...listBindings<DiffCtx>(),
	{
		keys: ['[', 'Y'],
		label: '[ Y',
		action: 'earlier',
		help: ['compare one year earlier (both years)', '两个年份都提前一年'],
		short: ['earlier', '更早'],
		when: twoYears,
	},
	{
		keys: [']', 'y'],
		label: '] y',
		action: 'later',
		help: ['compare one year later (both years)', '两个年份都推后一年'],
		short: ['later', '更晚'],
		when: twoYears,
	},
	{
		keys: ['a'],
		label: 'a',
		action: 'yearA',
		help: ['change the earlier year (A)', '更换较早的年份 A'],
		when: c => c.years.length >= 3,
	},
	{
		keys: ['b'],
		label: 'b',
		action: 'yearB',
		help: ['change the later year (B)', '更换较晚的年份 B'],
		when: c => c.years.length >= 3,
	},
	{
		keys: ['f'],
		label: 'f',
		action: 'status',
		help: ['show all / changed / added / removed / unchanged', '显示：全部/变化/新增/消失/持平'],
		short: ['show', '显示'],
		when: twoYears,
	},
	{
		keys: ['s'],
		label: 's',
		action: 'sort',
		help: ['sort by section, |Δ|, |Δ%|, label', '排序：章节、|Δ|、|Δ%|、名称'],
		short: ['sort', '排序'],
		when: twoYears,
	},
	...filterBindings<DiffCtx>(
		['filter: 复议, u:%, >1000, s:5 … (the later figure)', '筛选：复议、u:%、>1000、s:5 …（按较晚年份）'],
		twoYears,
	),
	{
		keys: ['return'],
		label: 'Enter',
		action: 'open',
		help: ['show the figure in its section', '在所在章节中显示该数字'],
		when: c => c.rows.length > 0,
	},
];

export type DiffCommand = DiffAction | 'open' | {readonly message: readonly [string, string]} | null;

export function diffCommand(ctx: DiffCtx, key: DiffKey): DiffCommand {
	const [a, b] = ctx.state.pair;
	const last = ctx.years.length - 1;
	const pair = (x: number, y: number): DiffAction => ({type: 'diff/pair', pair: [x, y]});
	if (isListMove(key)) return {type: 'diff/move', move: key, count: ctx.rows.length, page: ctx.page};
	switch (key) {
		case 'filter':
			return {type: 'diff/filter', edit: {kind: 'open'}};
		case 'clear':
			return {type: 'diff/filter', edit: {kind: 'cancel'}};
		case 'status':
			return {type: 'diff/status'};
		case 'sort':
			return {type: 'diff/sort'};
		case 'earlier':
			return a > 0 ? pair(a - 1, b - 1) : {message: ['already the earliest years stored', '已是库中最早的年份']};
		case 'later':
			return b < last ? pair(a + 1, b + 1) : {message: ['already the latest years stored', '已是库中最新的年份']};
		case 'yearA':
			// Cycles back through the years before B.
			return pair(a > 0 ? a - 1 : b - 1, b);
		case 'yearB':
			// Cycles on through the years after A.
			return pair(a, b < last ? b + 1 : a + 1);
		case 'open':
			return 'open';
	}
}
