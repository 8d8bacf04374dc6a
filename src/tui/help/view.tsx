/**
 * The help overlay: every key of the screen and the global ones, from the same key maps that handle input; a
 * key that does nothing now is greyed out. It scrolls, and q, Esc or ? close it.
 */
import {Box} from 'ink';
import {maxOf} from '../../core/arrays.js';
import {Lines} from '../components/styled-lines.js';
import {fit, type Line, padLines} from '../components/styled-line.js';
import {width as displayWidth} from '../../render/width.js';
import {say} from '../../core/said.js';

export interface HelpEntry {
	readonly label: string;
	readonly help: string;
	readonly enabled: boolean;
}

export interface HelpSection {
	readonly title: string;
	readonly entries: readonly HelpEntry[];
}

/** The help's lines at a width (the caller scrolls them). */
export function helpLines(sections: readonly HelpSection[], lang: 'zh' | 'en', isColor = false): Line[] {
	const keyWidth = maxOf(
		sections.flatMap(s => s.entries.map(e => displayWidth(e.label))),
		0,
	);
	const lines: Line[] = [];
	for (const s of sections) {
		if (lines.length) lines.push([]);
		lines.push([{text: s.title, bold: true}]);
		for (const e of s.entries) {
			const label = e.label + ' '.repeat(keyWidth - displayWidth(e.label) + 2);
			lines.push([
				{text: `  ${label}`, bold: e.enabled, dim: !e.enabled},
				// Greyed with colour on; without it (NO_COLOR, a dumb terminal) grey cannot be seen, so it is said.
				{
					text: e.help + (e.enabled || isColor ? '' : say([' (not now)', '（现在不可用）'], lang)),
					dim: !e.enabled,
				},
			]);
		}
	}
	return lines;
}

export interface HelpViewProps {
	readonly lines: readonly Line[];
	readonly scroll: number;
	readonly width: number;
	readonly height: number;
	readonly lang: 'zh' | 'en';
	readonly isColor: boolean;
}

export function HelpView({lines, scroll, width, height, lang, isColor}: HelpViewProps) {
	const rows = Math.max(1, height - 1);
	const top = Math.min(scroll, Math.max(0, lines.length - rows));
	const more = lines.length > rows ? ` ${top + 1}–${Math.min(lines.length, top + rows)}/${lines.length}` : '';
	const title: Line = [
		{
			text: say([`Keys (↑↓ scroll, q/Esc/? close)${more}`, `按键说明（↑↓ 滚动，q/Esc/? 关闭）${more}`], lang),
			inverse: true,
			bold: true,
		},
	];
	return (
		<Box flexDirection="column">
			<Lines
				lines={padLines(
					[title, ...lines.slice(top, top + rows)].map(l => fit(l, width)),
					height,
					width,
				)}
				isColor={isColor}
			/>
		</Box>
	);
}
