/**
 * A figure's source sentence as wrapped lines with the figure highlighted, cut to a window of lines that holds
 * the figure: a long sentence is never shown cut off before its figure.
 */
import type {Indicator} from '../../core/types.js';
import type {Theme} from '../../render/theme.js';
import {type Line, wrapWithSpans} from './styled-line.js';

export function sentenceLines(
	indicator: Pick<Indicator, 'sentence' | 'raw'>,
	columns: number,
	rows: number,
	colors: Theme,
): Line[] {
	if (rows <= 0) return [];
	const at = indicator.sentence.indexOf(indicator.raw);
	const spans =
		at < 0
			? []
			: [{start: at, end: at + indicator.raw.length, style: {color: colors.figure, bold: true, inverse: true}}];
	const {lines, spanLines} = wrapWithSpans(indicator.sentence, columns, spans);
	if (lines.length <= rows) return lines;
	const line = spanLines[0] ?? 0;
	const first = Math.max(0, Math.min(line - Math.floor((rows - 1) / 2), lines.length - rows));
	const shown = lines.slice(first, first + rows);
	// An ellipsis where text was left out above or below.
	if (first > 0) shown[0] = [{text: '…', dim: true}, ...shown[0]!];
	if (first + rows < lines.length) shown[rows - 1] = [...shown[rows - 1]!, {text: '…', dim: true}];
	return shown;
}
