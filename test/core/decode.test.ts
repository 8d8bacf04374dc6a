/** The decoder and the HTML reader, without I/O: every encoding gives the same report; others are refused. */
import iconv from 'iconv-lite';
import {describe, expect, test} from 'vitest';
import {decodeBytes} from '../../src/core/decode.js';
import {extractIndicators} from '../../src/core/extract.js';
import {boundNesting, htmlToText} from '../../src/core/html.js';
import {parseReport} from '../../src/core/parse.js';
import {asWebPage, ENCODED, TEXT} from '../encodings.js';

describe('encodings', () => {
	const reference = parseReport(TEXT).report;
	for (const [name, bytes] of Object.entries(ENCODED)) {
		test(`${name} gives the same Report`, () => {
			expect(parseReport(decodeBytes(bytes, name).text).report).toEqual(reference);
		});
	}

	test('full-width digits and ideographic spaces give the same figures', () => {
		const wide = TEXT.replace(/[0-9]/g, d => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
		const figures = (t: string) =>
			extractIndicators(parseReport(t).report).map(i => [i.label, i.value, i.unit, i.qualifier]);
		expect(figures(wide)).toEqual(figures(TEXT));
	});

	test('a GBK web page gives the same figures as the text', () => {
		const page = iconv.encode(asWebPage(TEXT, 'gbk'), 'gbk');
		const decoded = decodeBytes(page, 'page.html');
		expect(decoded.encoding).toBe('gb18030');
		const fromPage = extractIndicators(parseReport(htmlToText(decoded.text)).report);
		const fromText = extractIndicators(parseReport(TEXT).report);
		expect(fromPage.map(i => [i.sectionId, i.label, i.value, i.unit, i.qualifier])).toEqual(
			fromText.map(i => [i.sectionId, i.label, i.value, i.unit, i.qualifier]),
		);
	});

	/** A few sentences of a report, written for this test, in traditional script (figures invented). */
	const TRADITIONAL =
		'陽城縣2022年法治政府建設情況的報告（合成測試數據）\n一、主要工作\n縣政府常務會議學法6次，辦理行政復議案件35件，審查規範性文件12件。\n' +
		'二、推進依法行政\n組織執法人員培訓3期，培訓人員420人次，調解矛盾糾紛1200餘件，調解成功率達98%。\n';

	test('Big5 is read as Big5, whether or not a server says so', () => {
		const bytes = iconv.encode(TRADITIONAL, 'big5');
		for (const hint of [null, 'big5']) {
			const decoded = decodeBytes(bytes, 'page.txt', hint);
			expect(decoded).toEqual({text: TRADITIONAL, encoding: 'big5'});
		}
	});

	test('a page that declares gbk but is UTF-8 is read as UTF-8', () => {
		const bytes = Buffer.from(asWebPage(TEXT, 'gbk'), 'utf8');
		expect(decodeBytes(bytes, 'page.html').encoding).toBe('utf-8');
	});

	test.each([
		['EUC-KR', iconv.encode('법치 정부 건설 보고서. 행정 재심 사건 102건을 처리하였다. '.repeat(20), 'euc-kr')],
		[
			'Shift_JIS',
			iconv.encode('法治政府の建設に関する報告書。行政不服審査の事件を百二件処理した。'.repeat(20), 'shift_jis'),
		],
	])('%s is refused with the reason, not imported as mojibake', (_, bytes) => {
		expect(() => decodeBytes(bytes, 'x.txt')).toThrow(
			'x.txt: the text is not Chinese in UTF-8, GBK/GB18030 or Big5 (another encoding, such as Shift_JIS or EUC-KR?); convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)',
		);
	});

	test('UTF-8 with one bad byte, and a file of UTF-8 and GBK halves, are refused with where it breaks', () => {
		const utf8 = Buffer.from(TEXT, 'utf8');
		const at = Buffer.byteLength(TEXT.slice(0, 100));
		const oneBad = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at)]);
		const half = Math.floor(TEXT.length / 2);
		const first = Buffer.from(TEXT.slice(0, half), 'utf8');
		const halves = Buffer.concat([first, iconv.encode(TEXT.slice(half), 'gbk')]);
		const message = (at: number) =>
			`x.txt: UTF-8 text with invalid bytes (the first at byte ${at}): the file is damaged or mixes encodings; save it again as UTF-8`;
		expect(() => decodeBytes(oneBad, 'x.txt')).toThrow(message(at));
		expect(() => decodeBytes(halves, 'x.txt')).toThrow(
			message(first.length + halves.subarray(first.length).findIndex(b => b >= 0x80)),
		);
	});
});

describe('HTML nesting bound', () => {
	test('open tags past 512 are dropped with their closing tags; text and balanced markup are kept', () => {
		expect(boundNesting('<div><b>一</b><p>二<br>三</div>')).toBe('<div><b>一</b><p>二<br>三</div>');
		const deep = `${'<b>'.repeat(600)}文字${'</b>'.repeat(600)}`;
		expect(boundNesting(deep)).toBe(`${'<b>'.repeat(512)}文字${'</b>'.repeat(512)}`);
		const unclosed = '<p><i>段落'.repeat(1000);
		const bounded = boundNesting(unclosed);
		expect(bounded.match(/<i>/g)?.length).toBe(512);
		expect(bounded.match(/<p>/g)?.length).toBe(1000);
		expect(bounded.replace(/<[^>]*>/g, '')).toBe('段落'.repeat(1000));
	});
});
