/** The header (where you are), the footer (main keys, from the key map) and the help overlay (every key). */
import {Box, Text} from 'ink';
import {memo} from 'react';
import {inertLine} from '../../render/sanitize.js';
import {padEnd, truncate, width} from '../../render/width.js';
import type {Binding} from '../keys.js';
import type {View} from '../state.js';
import {maxOf} from '../../core/arrays.js';

const VIEW_NAMES: Readonly<Record<View, readonly [string, string]>> = {
	sections: ['Sections', '章节'],
	indicators: ['Indicators', '指标'],
	diff: ['Diff', '对比'],
};

export interface HeaderProps {
	readonly title: string;
	readonly view: View;
	readonly width: number;
	readonly lang: 'zh' | 'en';
}

/** Memoised: a keystroke in a filter box re-renders the view, not the header. */
export const Header = memo(function Header({title, view, width: columns, lang}: HeaderProps) {
	const tabs = (['sections', 'indicators', 'diff'] as const).map((v, k) => ({
		v,
		text: ` ${k + 1} ${VIEW_NAMES[v][lang === 'zh' ? 1 : 0]} `,
	}));
	const tabsWidth = tabs.reduce((n, t) => n + width(t.text), 0);
	const left = truncate(inertLine(title), Math.max(0, columns - tabsWidth - 1));
	return (
		<Text wrap="truncate-end">
			<Text bold>{padEnd(left, columns - tabsWidth)}</Text>
			{tabs.map(t => (
				<Text key={t.v} inverse={t.v === view} bold={t.v === view}>
					{t.text}
				</Text>
			))}
		</Text>
	);
});

export interface FooterProps {
	readonly bindings: readonly Binding<string>[];
	readonly width: number;
	readonly lang: 'zh' | 'en';
}

export const Footer = memo(function Footer({bindings, width: columns, lang}: FooterProps) {
	const text = bindings
		.filter(b => b.footer)
		.map(b => `${b.label} ${b.help[lang === 'zh' ? 1 : 0].split(/[（(]/)[0]!.trim()}`)
		.join('  ');
	return (
		<Text dimColor wrap="truncate-end">
			{padEnd(truncate(text, columns), columns)}
		</Text>
	);
});

export interface HelpProps {
	readonly view: View;
	readonly bindings: readonly Binding<string>[];
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
}

export function HelpOverlay({view, bindings, width: columns, height, lang}: HelpProps) {
	const zh = lang === 'zh';
	const keyWidth =
		maxOf(
			bindings.map(b => width(b.label)),
			0,
		) + 2;
	const title = zh
		? `按键 · ${VIEW_NAMES[view][1]}视图（按任意键关闭）`
		: `Keys · ${VIEW_NAMES[view][0]} view (any key closes)`;
	const lines = bindings.map(b => padEnd(b.label, keyWidth) + b.help[zh ? 1 : 0]);
	return (
		<Box flexDirection="column" height={height}>
			<Text bold>{truncate(title, columns)}</Text>
			{lines.slice(0, height - 1).map(l => (
				<Text key={l}>{truncate(l, columns)}</Text>
			))}
		</Box>
	);
}
