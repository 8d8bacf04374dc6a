/**
 * Bytes → text, detected and never guessed silently wrong: BOMs (UTF-8, UTF-16), a declared charset, strict
 * UTF-8, GB18030 (a superset of GBK and GB2312) and Big5, each believed only when the text reads as Chinese.
 * Binary input is refused before decoding, because GB18030 decodes any bytes at all.
 */
import {JcfzError} from './errors.js';
import {toSimplified} from './script.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030' | 'big5';

export interface Decoded {
	readonly text: string;
	readonly encoding: Encoding;
}

function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 64 * 1024);
	let controls = 0;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i]!;
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
	}
	return controls > sample.length / 100;
}

/** The charset a saved web page declares in <meta charset> or http-equiv, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
	return m ? m[1]!.toLowerCase() : null;
}

/** What a declared charset name means here. */
function charsetOf(name: string): Encoding | null {
	if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(name)) return 'gb18030';
	if (/^(?:big5|big5-hkscs|x-x-big5|cp950)$/.test(name)) return 'big5';
	if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
	return null;
}

/**
 * The 500 most frequent Chinese characters (simplified; traditional text is folded first). In any Chinese prose
 * they make up about three quarters of the characters; in bytes of another encoding read as GBK or Big5 (UTF-8,
 * Shift_JIS, EUC-KR, or the other of the two) they make up a tenth to a third of what comes out.
 */
const COMMON = new Set(
	'的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列',
);
/** The share of common characters above which decoded text reads as Chinese. */
const CHINESE_TEXT = 0.4;

/** Whether `text` reads as Chinese (or holds too few Chinese characters to tell, and is mostly not mojibake). */
export function readsAsChinese(text: string): boolean {
	const cjk = text.match(/[\u4e00-\u9fff]/g) ?? [];
	if (cjk.length < 10) return cjk.length >= text.replace(/\s/g, '').length / 5;
	let common = 0;
	for (const ch of cjk) if (COMMON.has(toSimplified(ch))) common++;
	return common / cjk.length >= CHINESE_TEXT;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | null {
	try {
		return new TextDecoder(encoding, {fatal: true}).decode(bytes);
	} catch {
		return null;
	}
}

/** The byte offset of the first invalid UTF-8 sequence (bytes.length when there is none). */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		const length =
			b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += length;
	}
	return bytes.length;
}

/** UTF-32 (after its BOM), which TextDecoder does not read: code point by code point, each checked. */
function utf32(bytes: Uint8Array, name: string, little: boolean): Decoded {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const parts: string[] = [];
	for (let at = 4; at + 4 <= bytes.length; at += 4) {
		const code = view.getUint32(at, little);
		if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
			throw new JcfzError(
				'data',
				`${name}: UTF-32 text with an invalid character at byte ${at}: the file is damaged; save it again as UTF-8`,
				`${name}：UTF-32 文本在第 ${at} 字节处有无效字符，文件已损坏；请重新保存为 UTF-8`,
			);
		parts.push(String.fromCodePoint(code));
	}
	return {text: parts.join(''), encoding: little ? 'utf-32le' : 'utf-32be'};
}

/**
 * `charsetHint` is what a web server or a page declared. A BOM still wins; a declared charset is tried first but
 * believed only when the text it gives reads as Chinese (a page that says gbk and is UTF-8 is read as UTF-8);
 * then strict UTF-8, GBK/GB18030 and Big5, each only when it reads as Chinese. Text that none of them reads is
 * refused with the reason, never imported as mojibake.
 */
export function decodeBytes(bytes: Uint8Array, name: string, charsetHint: string | null = null): Decoded {
	if (bytes.length === 0) throw new JcfzError('data', `${name}: the file is empty`, `${name}：文件为空`);
	// UTF-32's little-endian BOM begins with UTF-16's: look for it first.
	if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return utf32(bytes, name, true);
	if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return utf32(bytes, name, false);
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'};
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'};
	if (looksBinary(bytes))
		throw new JcfzError(
			'data',
			`${name}: looks like a binary file (NUL or control bytes), not a report; give a text, Markdown, saved web page, PDF or Word file`,
			`${name}：看起来是二进制文件，不是报告；请提供文本、Markdown、保存的网页、PDF 或 Word 文件`,
		);
	const declared = charsetOf(charsetHint ?? declaredCharset(bytes) ?? '');
	const order: Encoding[] = [...new Set<Encoding>([...(declared ? [declared] : []), 'utf-8', 'gb18030', 'big5'])];
	for (const encoding of order) {
		const text = tryDecode(bytes, encoding);
		// Valid UTF-8 is UTF-8 whatever it says: other encodings almost never form it by chance.
		if (text !== null && (encoding === 'utf-8' || readsAsChinese(text))) return {text, encoding};
	}
	if (readsAsChinese(new TextDecoder('utf-8').decode(bytes))) {
		const at = firstInvalidUtf8(bytes);
		throw new JcfzError(
			'data',
			`${name}: UTF-8 text with invalid bytes (the first at byte ${at}): the file is damaged or mixes encodings; save it again as UTF-8`,
			`${name}：UTF-8 文本中有无效字节（第一个在第 ${at} 字节）：文件损坏或混用了编码；请重新保存为 UTF-8`,
		);
	}
	throw new JcfzError(
		'data',
		`${name}: the text is not Chinese in UTF-8, GBK/GB18030 or Big5 (another encoding, such as Shift_JIS or EUC-KR?); convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)`,
		`${name}：文本不是以 UTF-8、GBK/GB18030 或 Big5 编码的中文（是 Shift_JIS、EUC-KR 等其他编码？）；请先转换为 UTF-8（如 iconv -f 编码 -t UTF-8）`,
	);
}
