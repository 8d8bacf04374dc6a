/** The keys every screen shares (after the screen's own): views, years, picker, jump, copy, export, help, quit. */
import type {Binding} from '../keymap.js';
import type {Derived, Env} from './derive.js';
import {SCREENS} from './screens/index.js';
import type {State, View} from './state.js';

export interface GlobalCtx {
	readonly view: View;
	readonly years: number;
	readonly reports: number;
	/** Something is selected that can be copied. */
	readonly canCopy: boolean;
}

export type GlobalKey =
	| 'view1'
	| 'view2'
	| 'view3'
	| 'view4'
	| 'nextView'
	| 'nextYear'
	| 'previousYear'
	| 'picker'
	| 'jump'
	| 'copy'
	| 'export'
	| 'help'
	| 'quit';

export const GLOBAL_KEYS: readonly Binding<GlobalKey, GlobalCtx>[] = [
	{keys: ['1'], label: '1', action: 'view1', help: ['Sections: outline and text', '章节：目录与正文']},
	{keys: ['2'], label: '2', action: 'view2', help: ['Indicators: every figure', '指标：全部数字']},
	{keys: ['3'], label: '3', action: 'view3', help: ['Diff: two years compared', '对比：两个年份']},
	{
		keys: ['4'],
		label: '4',
		action: 'view4',
		help: ['Regions: one measure across every government', '地区：一项指标在各地政府间'],
	},
	{
		keys: ['tab'],
		label: 'Tab',
		action: 'nextView',
		help: ['next view (in Sections Tab switches pane)', '下一个视图（章节视图中 Tab 切换窗格）'],
		when: c => c.view !== 'sections',
	},
	{
		keys: ['y'],
		label: 'y',
		action: 'nextYear',
		help: ['next year of this region', '本地区的下一个年份'],
		short: ['year', '年份'],
		// In Regions the years are its own ([ ]): the report's year is not what it shows.
		when: c => c.years > 1 && c.view !== 'regions',
	},
	{
		keys: ['Y'],
		label: 'Y',
		action: 'previousYear',
		help: ['previous year', '上一个年份'],
		when: c => c.years > 1 && c.view !== 'regions',
	},
	{
		keys: ['p'],
		label: 'p',
		action: 'picker',
		help: ['open another report or region', '打开其他报告或地区'],
		short: ['report', '报告'],
	},
	{
		keys: [':'],
		label: ':',
		action: 'jump',
		help: ['go to a section by number (:5.2, :五)', '按编号跳到章节（:5.2、:五）'],
	},
	{
		keys: ['c'],
		label: 'c',
		action: 'copy',
		help: ['copy the selection (OSC 52)', '复制所选内容（OSC 52）'],
		when: c => c.canCopy,
	},
	{
		keys: ['e'],
		label: 'e',
		action: 'export',
		help: ['export this view (CSV, JSON, Markdown)', '导出当前视图（CSV、JSON、Markdown）'],
	},
	{keys: ['?'], label: '?', action: 'help', help: ['help: every key', '帮助：全部按键'], short: ['help', '帮助']},
	{keys: ['q', 'ctrl+c'], label: 'q Ctrl-C', action: 'quit', help: ['quit', '退出'], short: ['quit', '退出']},
];

/** What `c` copies now: the selection of the screen on show (see screens/). */
export function copyText(state: State, d: Derived): string | null {
	return SCREENS[state.view].copyText(state, d);
}

export function globalCtx(env: Env, state: State, d: Derived): GlobalCtx {
	return {
		view: state.view,
		years: env.data.years.length,
		reports: env.catalogue.length,
		canCopy: copyText(state, d) !== null,
	};
}
