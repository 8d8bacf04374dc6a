/**
 * Reads the issuer and the year of a report title such as
 * "中共晋城市委 晋城市人民政府 关于晋城市 2023 年法治政府建设 工作情况的报告" (spaces may fall anywhere).
 * Which place reports is decided in region/identify.ts.
 */
import {parseChineseNumeral} from './numbers.js';

export interface TitleFacts {
	/** Who signs the report: the part before 关于, "" when there is none. */
	readonly issuer: string;
	readonly year: number | null;
}

const YEAR = /((?:19|20)\d{2})年/;
const CHINESE_YEAR = /([〇零一二三四五六七八九]{4})年/;

/** "二〇二三" → 2023 (year numerals are read digit by digit). */
function chineseYear(digits: string): number {
	return Number([...digits].map(d => parseChineseNumeral(d === '〇' ? '零' : d) ?? 0).join(''));
}

export function yearIn(text: string): number | null {
	const compact = text.replace(/\s+/g, '');
	const arabic = YEAR.exec(compact);
	if (arabic) return Number(arabic[1]);
	const chinese = CHINESE_YEAR.exec(compact);
	return chinese ? chineseYear(chinese[1]!) : null;
}

export function parseTitle(title: string): TitleFacts {
	const about = title.indexOf('关于');
	return {issuer: about > 0 ? title.slice(0, about).trim() : '', year: yearIn(title)};
}
