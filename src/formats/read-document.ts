/**
 * PDF and Word documents → report text, with the date the document carries. The one entry of the documents
 * bundle (dist/documents.mjs), loaded only when an input's first bytes say it is a document (formats/sniff.ts).
 * Every document that cannot be read is refused with one line that says why and what to do.
 */
import {JcfzError} from '../core/errors.js';
import {readsAsChinese} from '../core/decode.js';
import {readDoc} from './doc.js';
import {NotWordDocument, readDocx} from './docx.js';
import {PdfRefusal, readPdf} from './pdf.js';
import {pdfText} from './pdf-layout.js';
import type {DocumentKind} from './sniff.js';
import {DamagedZip} from './zip.js';

export type DocumentFormat = 'pdf' | 'docx' | 'doc';

export interface DocumentText {
	readonly text: string;
	readonly format: DocumentFormat;
	/** The date the document carries (PDF creation date, Word's last-saved date), ISO; null when it has none. */
	readonly published: string | null;
}

const refuse = (name: string, en: string, zh: string) => new JcfzError('data', `${name}: ${en}`, `${name}：${zh}`);

async function fromPdf(bytes: Uint8Array, name: string): Promise<DocumentText> {
	let content: Awaited<ReturnType<typeof readPdf>>;
	try {
		content = await readPdf(bytes);
	} catch (error) {
		if (!(error instanceof PdfRefusal)) throw error;
		if (error.reason === 'encrypted')
			throw refuse(
				name,
				'the PDF is password-protected; open it with its password and save a copy without one (e.g. qpdf --password=PASSWORD --decrypt in.pdf out.pdf), then import that',
				'PDF 有密码保护；请用密码打开后另存一份不加密的副本（如 qpdf --password=密码 --decrypt in.pdf out.pdf）再导入',
			);
		throw refuse(
			name,
			`damaged PDF (${error.message.replace(/\s+/g, ' ').slice(0, 80)}); download it again`,
			`PDF 文件已损坏（${error.message.replace(/\s+/g, ' ').slice(0, 80)}）；请重新下载`,
		);
	}
	const text = pdfText(content.pages);
	const pages = content.pages.length;
	if (text.trim() === '') {
		if (content.imageOnlyPages > 0)
			throw refuse(
				name,
				`no text layer: this PDF is a scan (${content.imageOnlyPages} of ${pages} pages are images only); run OCR first, e.g. ocrmypdf -l chi_sim in.pdf out.pdf, and import the result`,
				`没有文字层：这是扫描件（${pages} 页中 ${content.imageOnlyPages} 页只有图像）；请先做文字识别（如 ocrmypdf -l chi_sim in.pdf out.pdf）再导入结果`,
			);
		throw refuse(name, 'the PDF holds no text', 'PDF 中没有文字');
	}
	if (!readsAsChinese(text))
		throw refuse(
			name,
			"the PDF's fonts map to no Unicode text (its text layer reads as mojibake, not Chinese); export it again from the original document, or run OCR (ocrmypdf --force-ocr -l chi_sim in.pdf out.pdf)",
			'PDF 的字体没有对应的 Unicode 文字（文字层是乱码，不是中文）；请从原文档重新导出，或做文字识别（ocrmypdf --force-ocr -l chi_sim in.pdf out.pdf）',
		);
	return {text, format: 'pdf', published: content.published};
}

function fromZip(bytes: Uint8Array, name: string): DocumentText {
	try {
		const {text, published} = readDocx(bytes);
		if (text.trim() === '') throw refuse(name, 'the Word document holds no text', 'Word 文档中没有文字');
		return {text, format: 'docx', published};
	} catch (error) {
		if (error instanceof NotWordDocument && error.message === 'ofd')
			throw refuse(
				name,
				'an OFD document (GB/T 33190), which jcfz cannot read; export it to PDF (e.g. with the 数科 or 福昕 OFD reader) and import that',
				'这是 OFD 文档（GB/T 33190），jcfz 无法读取；请先导出为 PDF（如用数科、福昕 OFD 阅读器）再导入',
			);
		if (error instanceof NotWordDocument)
			throw refuse(
				name,
				'a ZIP archive, not a Word document; unpack it and import the reports inside',
				'这是 ZIP 压缩包，不是 Word 文档；请解压后导入其中的报告',
			);
		if (error instanceof DamagedZip)
			throw refuse(
				name,
				`damaged Word document (${error.message}); download it again, or open and save it in Word or WPS`,
				`Word 文档已损坏（${error.message}）；请重新下载，或用 Word、WPS 打开后另存`,
			);
		throw error;
	}
}

async function fromCompound(bytes: Uint8Array, name: string): Promise<DocumentText> {
	let content: Awaited<ReturnType<typeof readDoc>>;
	try {
		content = await readDoc(bytes);
	} catch (error) {
		const detail = (error as Error).message ?? String(error);
		throw refuse(
			name,
			`not a readable Word 97–2003 document (${detail.slice(0, 80)}): an Excel or PowerPoint file, an encrypted or damaged one? Save it again as .docx in Word or WPS`,
			`不是可读取的 Word 97–2003 文档（${detail.slice(0, 80)}）：是 Excel、PowerPoint 文件，或已加密、损坏？请在 Word 或 WPS 中另存为 .docx`,
		);
	}
	if (content.text.trim() === '') throw refuse(name, 'the Word document holds no text', 'Word 文档中没有文字');
	return {text: content.text, format: 'doc', published: content.published};
}

export function readDocument(bytes: Uint8Array, kind: DocumentKind, name: string): Promise<DocumentText> {
	if (kind === 'pdf') return fromPdf(bytes, name);
	if (kind === 'zip') return Promise.resolve().then(() => fromZip(bytes, name));
	return fromCompound(bytes, name);
}
