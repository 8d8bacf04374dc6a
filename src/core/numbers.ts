/**
 * Number normalisation: Arabic (half- or full-width, with thousands separators) and Chinese numerals, scaled by
 * 万/亿/千 multipliers without floating-point error ("1.35" × 万 → 13500, not 13500.000000000002).
 */

const DIGITS: Readonly<Record<string, number>> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = {十: 10, 百: 100, 千: 1000};
/** Units after which a last digit is shorthand for the next place down. */
const ABBREVIATED: Readonly<Record<string, number>> = {百: 100, 千: 1000, 万: 1e4, 亿: 1e8};

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Parses a Chinese numeral: "十一" → 11, "二十" → 20, "一百零五" → 105, "三千五百万" → 35000000.
 * Returns null for strings that are not well-formed numerals.
 */
export function parseChineseNumeral(text: string): number | null {
	if (text.length === 0) return null;
	// Written digit by digit, as years and some counts are: 一〇二 → 102, 三〇〇〇 → 3000.
	if (text.length >= 2 && /[〇零]/.test(text) && [...text].every(ch => ch in DIGITS))
		return Number([...text].map(ch => DIGITS[ch]).join(''));
	let yi = 0; // everything before the last 亿
	let wan = 0; // the current 万 group
	let section = 0; // value below 万
	let digit: number | null = null;
	const chars = [...text];
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i]!;
		if (ch in DIGITS) {
			// A last digit right after 百/千/万/亿 is one place below it: 三百五 is 350, 十二万三 is 123000.
			const unit = i === chars.length - 1 && i > 0 ? ABBREVIATED[chars[i - 1]!] : undefined;
			if (unit !== undefined && DIGITS[ch] !== 0) {
				digit = (DIGITS[ch]! * unit) / 10;
				continue;
			}
			if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // "二三" is not a numeral
			digit = DIGITS[ch]!;
		} else if (ch in SMALL_UNITS) {
			// A bare 十 means 10 ("十一"), but a bare 百 or 千 is not written in counts.
			section += (digit ?? (ch === '十' ? 1 : Number.NaN)) * SMALL_UNITS[ch]!;
			digit = null;
		} else if (ch === '万') {
			const value = section + (digit ?? 0);
			if (value === 0) return null;
			wan = value * 1e4;
			section = 0;
			digit = null;
		} else if (ch === '亿') {
			const value = wan + section + (digit ?? 0);
			if (value === 0 && yi === 0) return null;
			yi = (yi + value) * 1e8;
			wan = 0;
			section = 0;
			digit = null;
		} else {
			return null;
		}
	}
	const result = yi + wan + section + (digit ?? 0);
	return Number.isFinite(result) ? result : null;
}

/** Folds full-width digits, '．' and '％' to ASCII; leaves everything else alone (length-preserving). */
export function toHalfWidthDigits(text: string): string {
	return text.replace(/[０-９．％]/g, ch => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Multiplies a decimal string by 10^exponent exactly: ("1.35", 4) → 13500, ("2,700", 0) → 2700.
 * Done on the digit string so that no binary rounding error reaches the stored value.
 */
export function scaleDecimal(decimal: string, exponent: number): number {
	const clean = toHalfWidthDigits(decimal).replace(/[,，\s]/g, '');
	const match = /^(\d+)(?:\.(\d+))?$/.exec(clean);
	if (!match) return Number.NaN;
	const intPart = match[1]!;
	const fracPart = match[2] ?? '';
	if (exponent >= fracPart.length) {
		return Number(intPart + fracPart + '0'.repeat(exponent - fracPart.length));
	}
	const digits = intPart + fracPart;
	const point = intPart.length + exponent;
	return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** The power of ten a multiplier word stands for: 万 → 4, 亿 → 8, 万亿 → 12, 千万 → 7. */
export function multiplierExponent(word: string): number {
	let exponent = 0;
	for (const ch of word) {
		if (ch === '十') exponent += 1;
		else if (ch === '百') exponent += 2;
		else if (ch === '千') exponent += 3;
		else if (ch === '万') exponent += 4;
		else if (ch === '亿') exponent += 8;
	}
	return exponent;
}
