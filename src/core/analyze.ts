/** Text → report, its figures and its normalised source: the one way jcfz reads a report (parse, then extract). */
import {extractIndicators} from './extract.js';
import {parseReport, type ParseOptions} from './parse.js';
import type {Indicator, Report} from './types.js';

export interface Analysis {
	readonly report: Report;
	readonly indicators: readonly Indicator[];
	/** The normalised source text that every offset of the report points into. */
	readonly source: string;
	/** Things a person should check ("no title found", "year read from the text"). */
	readonly warnings: readonly string[];
}

export function analyze(text: string, options: ParseOptions = {}): Analysis {
	const {report, warnings, source} = parseReport(text, options);
	return {report, indicators: extractIndicators(report), source, warnings};
}
