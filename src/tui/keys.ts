/**
 * Key maps as data. One table per view (plus the global one) drives both input handling and the help
 * overlay/footer, so what the help says is what the keys do.
 */
import type {Key} from 'ink';

/** A key as jcfz names it: 'up', 'pagedown', 'ctrl+c', 'tab', 'shift+tab', or the typed character. */
export function keyName(input: string, key: Key): string {
	if (key.ctrl && input) return `ctrl+${input}`;
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	if (key.escape) return 'escape';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.backspace || key.delete) return 'backspace';
	return input;
}

export interface Binding<A extends string> {
	readonly keys: readonly string[];
	/** How the keys are shown: "↑↓/jk". */
	readonly label: string;
	readonly action: A;
	readonly help: readonly [en: string, zh: string];
	/** Shown in the footer as well as in the help overlay. */
	readonly footer?: boolean;
}

export type GlobalAction = 'quit' | 'view1' | 'view2' | 'view3' | 'nextView' | 'help' | 'year';
export type ListAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom';
export type SectionsAction = ListAction | 'in' | 'out' | 'pane' | 'search' | 'next' | 'previous';
export type IndicatorsAction = ListAction | 'filter' | 'sort' | 'reverse' | 'open';
export type DiffAction = ListAction | 'filter' | 'status' | 'earlier' | 'later' | 'open';

export const GLOBAL_KEYS: readonly Binding<GlobalAction>[] = [
	{keys: ['1'], label: '1', action: 'view1', help: ['sections view', '章节视图']},
	{keys: ['2'], label: '2', action: 'view2', help: ['indicators view', '指标视图']},
	{keys: ['3'], label: '3', action: 'view3', help: ['diff view', '对比视图']},
	{keys: ['tab'], label: 'Tab', action: 'nextView', help: ['next view', '下一个视图']},
	{keys: ['y'], label: 'y', action: 'year', help: ['switch year', '切换年份'], footer: true},
	{keys: ['?'], label: '?', action: 'help', help: ['help', '帮助'], footer: true},
	{keys: ['q', 'ctrl+c'], label: 'q', action: 'quit', help: ['quit', '退出'], footer: true},
];

const LIST_KEYS: readonly Binding<ListAction>[] = [
	{keys: ['up', 'k'], label: '↑/k', action: 'up', help: ['up', '上移']},
	{keys: ['down', 'j'], label: '↓/j', action: 'down', help: ['down', '下移'], footer: true},
	{keys: ['pageup', 'ctrl+b'], label: 'PgUp', action: 'pageUp', help: ['page up', '上一页']},
	{keys: ['pagedown', 'ctrl+f', ' '], label: 'PgDn', action: 'pageDown', help: ['page down', '下一页']},
	{keys: ['g', 'home'], label: 'g/Home', action: 'top', help: ['first', '第一项']},
	{keys: ['G', 'end'], label: 'G/End', action: 'bottom', help: ['last', '最后一项']},
];

export const SECTIONS_KEYS: readonly Binding<SectionsAction>[] = [
	...LIST_KEYS,
	{
		keys: ['return', 'right', 'l'],
		label: '→/l/Enter',
		action: 'in',
		help: ['expand / read the section text', '展开 / 阅读正文'],
		footer: true,
	},
	{
		keys: ['left', 'h', 'escape'],
		label: '←/h/Esc',
		action: 'out',
		help: ['collapse / back to the outline', '收起 / 返回目录'],
	},
	{
		keys: ['tab'],
		label: 'Tab',
		action: 'pane',
		help: ['switch pane (outline ↔ text)', '切换窗格（目录 ↔ 正文）'],
		footer: true,
	},
	{keys: ['/'], label: '/', action: 'search', help: ['search the text', '查找正文'], footer: true},
	{keys: ['n'], label: 'n', action: 'next', help: ['next section with a match', '下一个匹配章节']},
	{keys: ['N'], label: 'N', action: 'previous', help: ['previous section with a match', '上一个匹配章节']},
];

export const INDICATORS_KEYS: readonly Binding<IndicatorsAction>[] = [
	...LIST_KEYS,
	{
		keys: ['/'],
		label: '/',
		action: 'filter',
		help: [
			'filter (复议, unit:件, sec:5, >1000; Enter keeps, Esc clears)',
			'筛选（复议、unit:件、sec:5、>1000；回车保留，Esc 清除）',
		],
		footer: true,
	},
	{
		keys: ['s'],
		label: 's',
		action: 'sort',
		help: ['cycle sort: section, label, value', '切换排序：章节、名称、数值'],
		footer: true,
	},
	{keys: ['r'], label: 'r', action: 'reverse', help: ['reverse the order', '倒序']},
	{
		keys: ['return'],
		label: 'Enter',
		action: 'open',
		help: ["go to the indicator's section", '跳到指标所在章节'],
		footer: true,
	},
];

export const DIFF_KEYS: readonly Binding<DiffAction>[] = [
	...LIST_KEYS,
	{keys: ['['], label: '[', action: 'earlier', help: ['compare earlier years', '对比更早的年份'], footer: true},
	{keys: [']'], label: ']', action: 'later', help: ['compare later years', '对比更晚的年份'], footer: true},
	{
		keys: ['f'],
		label: 'f',
		action: 'status',
		help: ['show all / changed / added / removed / unchanged', '显示全部/变化/新增/消失/持平'],
		footer: true,
	},
	{keys: ['/'], label: '/', action: 'filter', help: ['filter by label', '按名称筛选']},
	{keys: ['return'], label: 'Enter', action: 'open', help: ["go to the indicator's section", '跳到指标所在章节']},
];

export function actionFor<A extends string>(bindings: readonly Binding<A>[], name: string): A | undefined {
	return bindings.find(b => b.keys.includes(name))?.action;
}
