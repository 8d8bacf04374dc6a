/** The Regions screen's keys (one table for input, footer and help) and what they mean now (pure). */
import {type Binding, filterBindings, listBindings} from '../keymap.js';
import {isListMove, type ListMove} from '../list.js';
import type {RegionLine, RegionsData} from './model.js';
import type {RegionsAction, RegionsState} from './state.js';

export interface RegionsCtx {
	readonly state: RegionsState;
	readonly data: RegionsData | null;
	readonly lines: readonly RegionLine[];
	readonly page: number;
}

export type RegionsKey = ListMove | 'earlier' | 'later' | 'level' | 'sort' | 'filter' | 'clear' | 'open';

const loaded = (c: RegionsCtx) => c.data !== null;
const severalYears = (c: RegionsCtx) => (c.data?.years.length ?? 0) > 1;

export const REGIONS_KEYS: readonly Binding<RegionsKey, RegionsCtx>[] = [
	...listBindings<RegionsCtx>(),
	{
		keys: ['['],
		label: '[',
		action: 'earlier',
		help: ['the year before', '前一年'],
		short: ['year', '年份'],
		when: severalYears,
	},
	{keys: [']'], label: ']', action: 'later', help: ['the year after', '后一年'], when: severalYears},
	{
		keys: ['l'],
		label: 'l',
		action: 'level',
		help: ['show all / provinces / cities / counties', '显示：全部/省级/市级/县级'],
		short: ['level', '级别'],
		when: loaded,
	},
	{
		keys: ['s'],
		label: 's',
		action: 'sort',
		help: ['sort by value or by the change from the year before', '按数值或按较上年的变化排序'],
		short: ['sort', '排序'],
		when: loaded,
	},
	...filterBindings<RegionsCtx>(
		['filter by region or province (山西, 晋城)', '按地区或省份筛选（山西、晋城）'],
		loaded,
	),
	{
		keys: ['return'],
		label: 'Enter',
		action: 'open',
		help: ["open that government's report at the figure", '打开该地区的报告，定位到该数字'],
		short: ['open', '打开'],
		when: c => c.lines.length > 0,
	},
];

export type RegionsCommand = RegionsAction | 'open' | {readonly message: readonly [string, string]} | null;

export function regionsCommand(ctx: RegionsCtx, key: RegionsKey): RegionsCommand {
	if (isListMove(key)) return {type: 'regions/move', move: key, count: ctx.lines.length, page: ctx.page};
	const years = ctx.data?.years ?? [];
	const at = years.indexOf(ctx.state.year);
	switch (key) {
		case 'earlier':
			return at > 0
				? {type: 'regions/year', year: years[at - 1]!}
				: {message: ['already the earliest year stored', '已是库中最早的年份']};
		case 'later':
			return at < years.length - 1
				? {type: 'regions/year', year: years[at + 1]!}
				: {message: ['already the latest year stored', '已是库中最新的年份']};
		case 'level':
			return {type: 'regions/level'};
		case 'sort':
			return {type: 'regions/sort'};
		case 'filter':
			return {type: 'regions/filter', edit: {kind: 'open'}};
		case 'clear':
			return {type: 'regions/filter', edit: {kind: 'cancel'}};
		case 'open':
			return 'open';
	}
}
