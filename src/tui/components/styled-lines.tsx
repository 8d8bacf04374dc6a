/**
 * Draws styled lines (see styled-line.ts), every piece of text made inert first. Colour is dropped when the palette is
 * off (NO_COLOR); inverse stays.
 */
import {Box, Text} from 'ink';
import {inertLine} from '../../core/inert.js';
import type {Line} from './styled-line.js';

export interface LinesProps {
	readonly lines: readonly Line[];
	/** False under NO_COLOR: colours are not drawn, bold/inverse still are. */
	readonly isColor: boolean;
}

export function Lines({lines, isColor}: LinesProps) {
	return (
		<Box flexDirection="column">
			{lines.map((line, k) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: lines are positions on the screen, never reordered
				<Text key={k} wrap="truncate-end">
					{line.map((s, j) => (
						<Text
							// biome-ignore lint/suspicious/noArrayIndexKey: the spans of a line are positional too
							key={j}
							color={isColor ? s.color : undefined}
							bold={s.bold}
							dimColor={isColor && s.dim}
							inverse={s.inverse}
							underline={s.underline}
						>
							{inertLine(s.text)}
						</Text>
					))}
				</Text>
			))}
		</Box>
	);
}
