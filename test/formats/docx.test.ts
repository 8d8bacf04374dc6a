/**
 * Word documents: the body XML of a .docx read as Word shows it (automatic numbering, tables, tracked deletions),
 * the committed SYNTHETIC fixtures read whole, and the .doc property set's date.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {readDoc} from '../../src/formats/doc.js';
import {chineseNumeral, documentXmlText, readDocx} from '../../src/formats/docx.js';
import {ROOT} from '../helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'documents');

const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const body = (...parts: string[]) => `<w:document><w:body>${parts.join('')}</w:body></w:document>`;

describe('document.xml', () => {
	test('runs join as written; tabs, breaks and entities are kept; field codes and deletions are not', () => {
		const xml = body(
			p(`${r('全年办理')}<w:r><w:t>102</w:t></w:r>${r('件&amp;“复议”')}`),
			p(`${r('指标')}<w:r><w:tab/></w:r>${r('数值')}<w:r><w:br/></w:r>${r('下一行')}`),
			p(
				`${r('审结')}<w:del><w:r><w:delText>90</w:delText></w:r></w:del>${r('88件')}<w:r><w:instrText> PAGE </w:instrText></w:r>`,
			),
			p(''),
		);
		expect(documentXmlText(xml)).toBe('全年办理102件&“复议”\n指标\t数值\n下一行\n审结88件\n');
	});
	test('a table row is one line, its cells joined by tabs', () => {
		const cell = (text: string) => `<w:tc><w:tcPr/>${p(r(text))}</w:tc>`;
		const xml = body(
			`<w:tbl><w:tr>${cell('网办事项')}${cell('1105')}${cell('1260')}</w:tr></w:tbl>`,
			p(r('表后正文。')),
		);
		expect(documentXmlText(xml)).toBe('网办事项\t1105\t1260\n表后正文。\n');
	});
	test('automatic numbering gets its numbers back: 一、 （一） 1. as Word shows them, counters reset by level', () => {
		const numbering = `<w:numbering>
			<w:abstractNum w:abstractNumId="7">
				<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
				<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
				<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
			</w:abstractNum>
			<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
		</w:numbering>`;
		const numbered = (level: number, text: string) =>
			p(r(text), `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="3"/></w:numPr>`);
		const xml = body(
			numbered(0, '加强组织领导'),
			numbered(1, '压实责任'),
			numbered(2, '召开会议12次。'),
			numbered(2, '作出批示24次。'),
			numbered(1, '完善考核'),
			numbered(0, '化解矛盾纠纷'),
			numbered(1, '办理行政复议'),
			p(r('不编号的段落。')),
		);
		expect(documentXmlText(xml, numbering)).toBe(
			'一、加强组织领导\n（一）压实责任\n1.召开会议12次。\n2.作出批示24次。\n（二）完善考核\n二、化解矛盾纠纷\n（一）办理行政复议\n不编号的段落。\n',
		);
	});
	test('numbering carried by a paragraph style (标题 1 with a numbered list)', () => {
		const numbering = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="1"/></w:num>`;
		const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>`;
		const xml = body(
			p(r('总体情况'), '<w:pStyle w:val="Heading1"/>'),
			p(r('正文。')),
			p(r('存在问题'), '<w:pStyle w:val="Heading1"/>'),
		);
		expect(documentXmlText(xml, numbering, styles)).toBe('一、总体情况\n正文。\n二、存在问题\n');
	});
	test('Chinese counting numerals', () => {
		expect([1, 9, 10, 11, 20, 21, 99, 100, 105, 110].map(chineseNumeral)).toEqual([
			'一',
			'九',
			'十',
			'十一',
			'二十',
			'二十一',
			'九十九',
			'一百',
			'一百零五',
			'一百一十',
		]);
	});
});

describe('the synthetic office fixtures', () => {
	const text = readFileSync(join(FIXTURES, 'synthetic-office.txt'), 'utf8');
	test('.docx: the text as written, one paragraph a line (header and footer left out), and its last-saved date', () => {
		const docx = readDocx(readFileSync(join(FIXTURES, 'synthetic-office.docx')));
		expect(docx).toEqual({text, published: '2024-03-25'});
	});
	test('.doc: the same text and date', async () => {
		const doc = await readDoc(readFileSync(join(FIXTURES, 'synthetic-office.doc')));
		expect(doc).toEqual({text, published: '2024-03-25'});
	});
});
