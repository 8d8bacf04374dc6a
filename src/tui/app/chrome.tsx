/**
 * The lines around every screen: the header (which report, which view), the status line (a message, the box
 * being edited, or the selection) and the footer (what has the keys, then the main keys; "? help  q quit"
 * always shows, at any width).
 */
import {Text} from 'ink';
import {memo} from 'react';
import {inertLine} from '../../core/inert.js';
import {padEnd, truncate, width} from '../../render/width.js';
import type {View} from './state.js';
import {headerTabs} from './tabs.js';

export interface HeaderProps {
	readonly title: string;
	readonly view: View;
	readonly width: number;
	readonly lang: 'zh' | 'en';
}

/** Memoised: a keystroke in a filter box re-renders the screen, not the header. */
export const Header = memo(function Header({title, view, width: columns, lang}: HeaderProps) {
	const tabs = headerTabs(view, columns, lang);
	const tabsWidth = tabs.reduce((n, t) => n + width(t.text), 0);
	const left = truncate(inertLine(title), Math.max(0, columns - tabsWidth - 1));
	return (
		<Text wrap="truncate-end">
			<Text bold>{padEnd(left, columns - tabsWidth)}</Text>
			{tabs.map(t => (
				<Text key={t.v} inverse={t.v === view} bold={t.v === view} underline={t.v === view}>
					{t.text}
				</Text>
			))}
		</Text>
	);
});

export function StatusLine({text, width: columns, isMessage}: {text: string; width: number; isMessage: boolean}) {
	return (
		<Text wrap="truncate-end" bold={isMessage}>
			{padEnd(truncate(inertLine(text), columns), columns)}
		</Text>
	);
}

export interface FooterProps {
	/** What has the keys: 目录, 正文, 筛选, 帮助 … */
	readonly mode: string;
	readonly keys: readonly {readonly keys: string; readonly words: string}[];
	readonly width: number;
}

/** The footer: the mode, then as many keys as fit; the last two (help, quit) are always kept. */
export const Footer = memo(function Footer({mode, keys, width: columns}: FooterProps) {
	const tag = ` ${mode} `;
	const parts = keys.map(k => `${k.keys} ${k.words}`);
	const tail = parts.slice(-2).join('  ');
	const room = columns - width(tag) - 1 - width(tail) - 2;
	let middle = '';
	for (const p of parts.slice(0, -2)) {
		const next = middle ? `${middle}  ${p}` : p;
		if (width(next) > room) break;
		middle = next;
	}
	const gap = Math.max(1, columns - width(tag) - 1 - width(middle) - width(tail));
	return (
		<Text wrap="truncate-end">
			<Text inverse bold>
				{tag}
			</Text>
			<Text dimColor>{truncate(` ${middle}${' '.repeat(gap)}${tail}`, columns - width(tag))}</Text>
		</Text>
	);
});
