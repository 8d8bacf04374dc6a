/**
 * The report picker's keys. Letters are what is typed (a region's name, a year), so only keys that type nothing
 * move and choose: arrows, pages, Enter, Esc.
 */
import type {Binding} from '../keymap.js';
import type {ListMove} from '../list.js';

export interface PickerCtx {
	readonly count: number;
}

export type PickerKey = Exclude<ListMove, 'halfUp' | 'halfDown'> | 'open' | 'close' | 'remove' | 'refile';

const any = (c: PickerCtx) => c.count > 0;

export const PICKER_KEYS: readonly Binding<PickerKey, PickerCtx>[] = [
	{keys: ['up'], label: '↑', action: 'up', help: ['up', '上移'], when: any},
	{keys: ['down'], label: '↓', action: 'down', help: ['down', '下移'], short: ['move', '移动'], when: any},
	{keys: ['pageup'], label: 'PgUp', action: 'pageUp', help: ['page up', '上一页'], when: any},
	{keys: ['pagedown'], label: 'PgDn', action: 'pageDown', help: ['page down', '下一页'], when: any},
	{keys: ['home'], label: 'Home', action: 'top', help: ['first', '开头'], when: any},
	{keys: ['end'], label: 'End', action: 'bottom', help: ['last', '末尾'], when: any},
	{
		keys: ['return'],
		label: 'Enter',
		action: 'open',
		help: ['open the report', '打开该报告'],
		short: ['open', '打开'],
		when: any,
	},
	{
		keys: ['delete'],
		label: 'Del',
		action: 'remove',
		help: ['remove the report from the store (kept in the backups; asks first)', '从库中删除该报告（会备份；先确认）'],
		short: ['remove', '删除'],
		when: any,
	},
	{
		keys: ['f2'],
		label: 'F2',
		action: 'refile',
		help: ['file the report under another region or year', '把该报告改到其他地区或年份'],
		short: ['refile', '改登记'],
		when: any,
	},
	{
		keys: ['escape'],
		label: 'Esc',
		action: 'close',
		help: ['close without changing', '关闭，不更换'],
		short: ['close', '关闭'],
	},
];
