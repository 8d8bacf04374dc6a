/**
 * Bytes → text, detected and never guessed silently wrong: BOMs (UTF-8, UTF-16), strict UTF-8, then
 * GB18030 (a superset of GBK and GB2312). Binary input is refused before decoding, because GB18030 decodes
 * any bytes at all.
 */
import {JcfzError} from './errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
	readonly text: string;
	readonly encoding: Encoding;
}

function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 64 * 1024);
	let controls = 0;
	for (const b of sample) {
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

const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/;

/**
 * `charsetHint` is what a web server or a page declared; a BOM still wins, and a UTF-8 claim that the bytes
 * contradict is not believed.
 */
export function decodeBytes(bytes: Uint8Array, name: string, charsetHint: string | null = null): Decoded {
	if (bytes.length === 0) throw new JcfzError('data', `${name}: the file is empty`, `${name}：文件为空`);
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'};
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'};
	if (looksBinary(bytes))
		throw new JcfzError(
			'data',
			`${name}: looks like a binary file (NUL or control bytes), not a report; give a .txt, .md or saved .html file`,
			`${name}：看起来是二进制文件，不是报告；请提供 .txt、.md 或保存的 .html 文件`,
		);
	const declared = charsetHint ?? declaredCharset(bytes);
	if (declared && GB.test(declared)) return {text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030'};
	try {
		return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes), encoding: 'utf-8'};
	} catch {
		const text = new TextDecoder('gb18030').decode(bytes);
		// Few CJK characters after decoding means this was neither UTF-8 nor GBK: say so rather than import mojibake.
		const cjk = (text.match(/[\u4e00-\u9fa5]/g) ?? []).length;
		if (cjk < text.replace(/\s/g, '').length / 5) {
			throw new JcfzError(
				'data',
				`${name}: the text is neither UTF-8 nor GBK/GB18030; convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)`,
				`${name}：文本既不是 UTF-8 也不是 GBK/GB18030；请先转换为 UTF-8（如 iconv -f 编码 -t UTF-8）`,
			);
		}
		return {text, encoding: 'gb18030'};
	}
}
