/** Text → report, its figures and its normalised source: the one way jcfz reads a report (parse, then extract). */
import {JcfzError} from './errors.js';
import {extractIndicators} from './extract.js';
import {parseReport, type ParseOptions} from './parse.js';
import type {Note} from './notes.js';
import type {Evidence} from './region/identify.js';
import type {Indicator, Report, Section} from './types.js';

/**
 * What one report may hold. A real report has tens of sections and a few hundred figures; a file far beyond
 * these is not one report (a whole web site saved as one page, many reports pasted together), and everything
 * after import — the store, the diff, the explorer — is sized for reports.
 */
export const LIMITS = {figures: 20_000, sections: 2_000} as const;

export interface Analysis {
	readonly report: Report;
	readonly indicators: readonly Indicator[];
	/** The normalised source text that every offset of the report points into. */
	readonly source: string;
	/** Things a person should check ("no title found", "year read from the text"). */
	readonly warnings: readonly Note[];
	/** Where the region and the year were read. */
	readonly evidence?: Evidence;
}

function countSections(sections: readonly Section[]): number {
	let n = 0;
	const stack = [...sections];
	while (stack.length) {
		const s = stack.pop()!;
		n++;
		for (const c of s.children) stack.push(c);
	}
	return n;
}

export function analyze(text: string, options: ParseOptions = {}): Analysis {
	const {report, warnings, source, evidence} = parseReport(text, options);
	const sections = countSections(report.sections);
	if (sections > LIMITS.sections) throw tooMuch(sections, LIMITS.sections, 'sections', '个章节');
	const indicators = extractIndicators(report);
	if (indicators.length > LIMITS.figures) throw tooMuch(indicators.length, LIMITS.figures, 'figures', '个数字');
	return {report, indicators, source, warnings, evidence};
}

function tooMuch(found: number, most: number, what: string, zh: string): JcfzError {
	const n = found.toLocaleString('en-US');
	return new JcfzError(
		'data',
		`holds ${n} ${what}, more than one report can (at most ${most.toLocaleString('en-US')}): it is not a single report; import each report as its own file`,
		`含 ${n}${zh}，超出单份报告的上限（${most.toLocaleString('en-US')}）：这不是一份报告；请把每份报告分别导入`,
	);
}
