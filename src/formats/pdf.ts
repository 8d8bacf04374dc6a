/**
 * A PDF → its pages' text runs and its date, read with pdf.js (pdfjs-dist's legacy build, which runs on Node 20).
 * pdf.js is given its CMaps and standard fonts from the installed package: without them, Chinese text in fonts
 * that are not embedded (仿宋_GB2312, STSong-Light) comes out empty. The layout is rebuilt by pdf-layout.ts.
 */
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {PdfPage, PdfRun} from './pdf-layout.js';

export class PdfRefusal extends Error {
	constructor(
		readonly reason: 'encrypted' | 'damaged',
		detail: string,
	) {
		super(detail);
	}
}

export interface PdfContent {
	readonly pages: readonly PdfPage[];
	/** The document's creation date (its Info dictionary's /CreationDate), as an ISO date; null when absent. */
	readonly published: string | null;
	/** Pages that hold an image and no text: a scan. */
	readonly imageOnlyPages: number;
}

/** D:YYYYMMDDHHmmSS±HH'mm' → YYYY-MM-DD (the date as written, in the writer's time zone). */
export function pdfDate(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
	if (!m) return null;
	const [year, month = '01', day = '01'] = [m[1]!, m[2], m[3]];
	const y = Number(year);
	const mo = Number(month);
	const d = Number(day);
	return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${year}-${month}-${day}` : null;
}

const require = createRequire(import.meta.url);

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
	pdfjs ??= import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) as Promise<PdfJs>;
	return pdfjs;
}

interface TextItem {
	readonly str: string;
	readonly transform: readonly number[];
	readonly width: number;
}

const OPS_IMAGE = new Set<number>();

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
	const lib = await loadPdfJs();
	if (OPS_IMAGE.size === 0)
		for (const op of [
			'paintImageXObject',
			'paintInlineImageXObject',
			'paintImageMaskXObject',
			'paintJpegXObject',
		] as const) {
			const code = (lib.OPS as Record<string, number>)[op];
			if (code !== undefined) OPS_IMAGE.add(code);
		}
	const base = dirname(require.resolve('pdfjs-dist/package.json'));
	const task = lib.getDocument({
		// pdf.js takes ownership of the array it is given: hand it a copy.
		data: new Uint8Array(bytes),
		cMapUrl: `${join(base, 'cmaps')}/`,
		cMapPacked: true,
		standardFontDataUrl: `${join(base, 'standard_fonts')}/`,
		verbosity: lib.VerbosityLevel.ERRORS,
		isEvalSupported: false,
		useSystemFonts: false,
		stopAtErrors: false,
	});
	let doc: Awaited<typeof task.promise>;
	try {
		doc = await task.promise;
	} catch (error) {
		const name = (error as Error).name;
		if (name === 'PasswordException') throw new PdfRefusal('encrypted', (error as Error).message);
		throw new PdfRefusal('damaged', (error as Error).message);
	}
	try {
		const pages: PdfPage[] = [];
		let imageOnlyPages = 0;
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const viewport = page.getViewport({scale: 1});
			const content = await page.getTextContent();
			const runs: PdfRun[] = [];
			for (const item of content.items as TextItem[]) {
				if (typeof item.str !== 'string' || !item.transform) continue;
				const [a, b, c, d, x, y] = item.transform as [number, number, number, number, number, number];
				// Rotated text (seals, vertical stamps, watermarks) is not the report's.
				if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
				runs.push({text: item.str, x, y, width: item.width, size: Math.max(Math.abs(a), Math.abs(d))});
			}
			if (!runs.some(r => r.text.trim() !== '')) {
				const ops = await page.getOperatorList();
				if (ops.fnArray.some(fn => OPS_IMAGE.has(fn))) imageOnlyPages++;
			}
			pages.push({width: viewport.width, height: viewport.height, runs});
			page.cleanup();
		}
		const {info} = (await doc.getMetadata().catch(() => ({info: {}}))) as {info: Record<string, unknown>};
		return {pages, published: pdfDate(info.CreationDate), imageOnlyPages};
	} catch (error) {
		if (error instanceof PdfRefusal) throw error;
		throw new PdfRefusal('damaged', (error as Error).message);
	} finally {
		await doc.destroy();
	}
}
