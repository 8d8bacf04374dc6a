/**
 * The SYNTHETIC 2022 report in every encoding jcfz reads, and as a saved web page: shared by the decoder's unit
 * tests (test/core/decode.test.ts) and the import tests through the binary (test/cli/import.test.ts).
 */
import {readFileSync} from 'node:fs';
import iconv from 'iconv-lite';
import {SYNTHETIC_2022} from './helpers.js';

export const TEXT = readFileSync(SYNTHETIC_2022, 'utf8');

/** The same synthetic report as a saved web page: site chrome around the article, GBK, declared in <meta>. */
export function asWebPage(text: string, charset: string): string {
	const paragraphs = text
		.split(/\n\s*\n/)
		.map(p => `<p>${p.replace(/\n/g, '<br>').replace(/&/g, '&amp;')}</p>`)
		.join('\n');
	return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>报告（合成测试数据）_政府网站</title>
<style>p{margin:0}</style><script>var visits = "2022年访问量10000次";</script></head><body>
<div class="top-nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div><div id="breadcrumb">当前位置：首页 &gt; 法治政府建设</div>
<div class="article">${paragraphs}</div>
<div class="footer">版权所有 主办单位：测试 网站标识码1405000001 访问量12345次</div></body></html>`;
}

/** UTF-32 with its BOM, code point by code point (iconv-lite has no UTF-32 encoder). */
function utf32(text: string, little: boolean): Buffer {
	const points = [0xfeff, ...[...text].map(ch => ch.codePointAt(0)!)];
	const out = Buffer.alloc(points.length * 4);
	for (const [k, p] of points.entries()) {
		if (little) out.writeUInt32LE(p, k * 4);
		else out.writeUInt32BE(p, k * 4);
	}
	return out;
}

export const ENCODED: Readonly<Record<string, Buffer>> = {
	'utf-8': Buffer.from(TEXT, 'utf8'),
	'utf-8 with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]),
	gbk: iconv.encode(TEXT, 'gbk'),
	gb18030: iconv.encode(TEXT, 'gb18030'),
	'utf-16le with BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')]),
	'utf-16be with BOM': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf16-be')]),
	// Its little-endian BOM begins as UTF-16's does (FF FE): it was once read as UTF-16.
	'utf-32le with BOM': utf32(TEXT, true),
	'utf-32be with BOM': utf32(TEXT, false),
	'CRLF line ends': Buffer.from(TEXT.replace(/\n/g, '\r\n'), 'utf8'),
	'CR line ends': Buffer.from(TEXT.replace(/\n/g, '\r'), 'utf8'),
};
