/**
 * Reads issuer, region and year from a report title such as
 * "中共晋城市委 晋城市人民政府 关于晋城市 2023 年法治政府建设 工作情况的报告" (spaces may fall anywhere).
 */
import {parseChineseNumeral} from './numbers.js';

export interface TitleFacts {
	readonly issuer: string;
	readonly region: string | null;
	readonly year: number | null;
}

const REGION_SUFFIX = '(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|省|市|州|盟|县|旗|区)';
/** The longest leading run of place names: "山西省晋城市" or "晋城市". */
const REGION_PREFIX = new RegExp(`^(?:[\\u4e00-\\u9fa5]{1,10}?${REGION_SUFFIX}(?![县市区旗]))+`);
const WHOLE_REGION = new RegExp(`^[\\u4e00-\\u9fa5]{1,20}${REGION_SUFFIX}$`);
const YEAR = /((?:19|20)\d{2})年/;
const CHINESE_YEAR = /([〇零一二三四五六七八九]{4})年/;
const ISSUER_WORDS = /^(?:中共|中国共产党)|(?:人民政府办公室|人民政府|委员会|政府|党委|委)$/g;

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

/** The region named at the start of a phrase: "晋城市2023年…" → "晋城市"; "晋城市人民政府" → "晋城市". */
export function regionAtStart(phrase: string): string | null {
	const compact = phrase.replace(/\s+/g, '').replace(ISSUER_WORDS, '');
	if (WHOLE_REGION.test(compact)) return compact;
	const match = REGION_PREFIX.exec(compact);
	return match ? match[0] : null;
}

export function parseTitle(title: string): TitleFacts {
	const about = title.indexOf('关于');
	const issuer = about > 0 ? title.slice(0, about).trim() : '';
	const subject = about >= 0 ? title.slice(about + 2) : title;
	const compactSubject = subject.replace(/\s+/g, '');
	const yearAt = compactSubject.search(/(?:19|20)\d{2}年|[〇零一二三四五六七八九]{4}年/);
	const beforeYear = yearAt > 0 ? compactSubject.slice(0, yearAt) : '';
	let region = beforeYear ? regionAtStart(beforeYear) : null;
	if (!region && issuer) {
		// "晋城市人民政府关于2023年…": the issuer names the place. Prefer the government over the party committee.
		const parts = issuer.split(/\s+/).reverse();
		for (const part of parts) {
			region = regionAtStart(part);
			if (region) break;
		}
	}
	if (!region && about < 0) region = regionAtStart(compactSubject);
	return {issuer, region, year: yearIn(title)};
}
