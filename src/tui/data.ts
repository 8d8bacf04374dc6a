/** What the explorer is given (plain data, no behaviour): the reports of one reporting body, and the catalogue. */
import type {Indicator, Report} from '../core/types.js';

export interface YearData {
	readonly report: Report;
	readonly indicators: readonly Indicator[];
}

/** The reports of one reporting body (a government or one of its departments), by year, ascending. */
export interface TuiData {
	/** Its key in the store (see store/keys.ts). */
	readonly body: string;
	readonly region: string;
	readonly years: readonly number[];
	readonly byYear: ReadonlyMap<number, YearData>;
}

/** One stored report, as the report picker lists it. */
export interface ReportRef {
	readonly body: string;
	readonly region: string;
	readonly regionCode: string;
	readonly year: number;
	readonly title: string;
}
