/** The Indicators screen's keys (one table for input, footer and help) and what they mean now (pure). */
import type {Indicator} from '../../core/types.js';
import {type Binding, filterBindings, listBindings} from '../keymap.js';
import {isListMove, type ListMove} from '../list.js';
import type {IndicatorsAction, IndicatorsState} from './state.js';

export interface IndicatorsCtx {
	readonly state: IndicatorsState;
	readonly rows: readonly Indicator[];
	readonly page: number;
}

export type IndicatorsKey = ListMove | 'filter' | 'sort' | 'reverse' | 'open' | 'clear' | 'regions';

const hasRows = (c: IndicatorsCtx) => c.rows.length > 0;

export const INDICATORS_KEYS: readonly Binding<IndicatorsKey, IndicatorsCtx>[] = [
	...listBindings<IndicatorsCtx>(),
	...filterBindings<IndicatorsCtx>([
		'filter: 复议, -复议, u:件, s:5, >1000, q:余 (Enter keeps, Esc clears)',
		'筛选：复议、-复议、u:件、s:5、>1000、q:余（回车保留，Esc 清除）',
	]),
	{
		keys: ['s'],
		label: 's',
		action: 'sort',
		help: ['sort by section, label, value', '排序：章节、名称、数值'],
		short: ['sort', '排序'],
	},
	{keys: ['r'], label: 'r', action: 'reverse', help: ['reverse the order', '倒序']},
	{
		keys: ['return'],
		label: 'Enter',
		action: 'open',
		help: ['show the figure in its section', '在所在章节中显示该数字'],
		short: ['open', '定位'],
		when: hasRows,
	},
	{
		keys: ['m'],
		label: 'm',
		action: 'regions',
		help: ["this figure's measure across every government (Regions)", '该数字所属指标在各地政府间的对比（地区视图）'],
		short: ['regions', '各地'],
		when: hasRows,
	},
];

/** `open` and `regions` are answered by the root (they change screen); the rest here. */
export function indicatorsCommand(
	ctx: IndicatorsCtx,
	key: IndicatorsKey,
): IndicatorsAction | 'open' | 'regions' | null {
	if (isListMove(key)) return {type: 'indicators/move', move: key, count: ctx.rows.length, page: ctx.page};
	switch (key) {
		case 'filter':
			return {type: 'indicators/filter', edit: {kind: 'open'}};
		case 'clear':
			return {type: 'indicators/filter', edit: {kind: 'cancel'}};
		case 'sort':
			return {type: 'indicators/sort'};
		case 'reverse':
			return {type: 'indicators/reverse'};
		case 'open':
		case 'regions':
			return key;
	}
}
