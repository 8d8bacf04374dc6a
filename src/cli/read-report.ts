/**
 * Input for `import` and `diff --from/--to`: a file, a URL or stdin → report text. Sizes are checked before
 * reading; what the bytes are is told by their content, not the name: PDF and Word documents go to their readers
 * (formats/read-document.ts, with pdf.js: loaded only for documents), text has its encoding detected (decode.ts),
 * saved web pages are reduced to their article (html.ts, loaded only for HTML so that other commands do not pay
 * for the HTML parser). The date a document or page carries comes along as `published`.
 */
import {constants, promises as fsp} from 'node:fs';
import {decodeBytes, type Encoding} from '../core/decode.js';
import {JcfzError} from '../core/errors.js';
import {pathFault} from '../core/path-fault.js';
import {looksLikeHtml} from '../core/html-sniff.js';
import {publishedInText} from '../core/published.js';
import {documentKind} from '../formats/sniff.js';
import {fetchReport, isUrl} from './fetch-url.js';
import {loadDocuments, loadHtml} from './lazy-parts.js';

/** Reports are tens of kilobytes; anything this large is not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 30_000;

export type InputFormat = 'text' | 'html' | 'pdf' | 'docx' | 'doc';

export interface ReportText {
	readonly name: string;
	readonly text: string;
	/** The encoding of a text or HTML input; null for a document (PDF, Word), which carries its own. */
	readonly encoding: Encoding | null;
	readonly format: InputFormat;
	/** The publication date the input carries (see README: Import), ISO YYYY-MM-DD; null when it has none. */
	readonly published: string | null;
}

const HTML_EXTENSION = /\.(?:html?|shtml|xhtml)$/i;

/** How "-" (standard input) reaches the commands. */
export const STDIN_PATH = '/dev/stdin';

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stdin) {
		size += (chunk as Buffer).length;
		if (size > MAX_INPUT_BYTES)
			throw new JcfzError(
				'data',
				`stdin: more than ${MAX_INPUT_BYTES / 1024 / 1024} MB; a report is far smaller`,
				`标准输入：超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB，报告不会这么大`,
			);
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

function tooLarge(path: string, bytes: number): JcfzError {
	const mb = (bytes / 1024 / 1024).toFixed(0);
	return new JcfzError(
		'data',
		`${path}: ${mb} MB is too large for a report (limit ${MAX_INPUT_BYTES / 1024 / 1024} MB)`,
		`${path}：${mb} MB，超过报告的上限 ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
	);
}

/**
 * Opens the file once and checks and reads that same open file, reading at most one byte past the limit: a file
 * swapped or grown after the check is still never read whole.
 */
async function readLocalFile(path: string): Promise<Uint8Array> {
	const unreadable = (error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
			return new JcfzError('not-found', `${path}: no such file`, `${path}：文件不存在`);
		if (error.code === 'ELOOP' || error.code === 'ENAMETOOLONG') return pathFault(path, error, 'usage');
		if (error.code === 'EISDIR') return isDirectory();
		return new JcfzError(
			'data',
			`${path}: cannot read (${error.code}); check the path and its permissions`,
			`${path}：无法读取（${error.code}）；请检查路径和权限`,
		);
	};
	const isDirectory = () =>
		new JcfzError(
			'usage',
			`${path}: is a directory; give the report files inside it (e.g. ${path}/*.txt)`,
			`${path}：是目录；请给出其中的报告文件（如 ${path}/*.txt）`,
		);
	// O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below as not a regular file.
	const handle = await fsp.open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(error => {
		throw unreadable(error);
	});
	try {
		const info = await handle.stat();
		if (info.isDirectory()) throw isDirectory();
		if (!info.isFile()) throw new JcfzError('usage', `${path}: not a regular file`, `${path}：不是普通文件`);
		if (info.size > MAX_INPUT_BYTES) throw tooLarge(path, info.size);
		let buffer = Buffer.alloc(Math.min(info.size, MAX_INPUT_BYTES) + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				// Full: the file grew after the check. More room, up to one byte past the limit.
				if (length > MAX_INPUT_BYTES) throw tooLarge(path, length);
				const grown = Buffer.alloc(Math.min(length * 2, MAX_INPUT_BYTES + 1));
				buffer.copy(grown);
				buffer = grown;
			}
			const {bytesRead} = await handle.read(buffer, length, buffer.length - length, null);
			if (bytesRead === 0) return buffer.subarray(0, length);
			length += bytesRead;
		}
	} catch (error) {
		if (error instanceof JcfzError) throw error;
		throw unreadable(error as NodeJS.ErrnoException);
	} finally {
		await handle.close();
	}
}

export interface ReadOptions {
	readonly onProgress?: (bytes: number) => void;
	/** For URLs: how long to wait for the whole answer. */
	readonly timeoutMs?: number;
}

export async function readReportText(
	input: string,
	stdin: NodeJS.ReadableStream,
	options: ReadOptions = {},
): Promise<ReportText> {
	let bytes: Uint8Array;
	let charset: string | null = null;
	let servedHtml = false;
	let name = input;
	if (input === '-' || input === STDIN_PATH) {
		name = 'stdin';
		bytes = await readStdin(stdin);
	} else if (isUrl(input)) {
		const fetched = await fetchReport(input, {
			maxBytes: MAX_INPUT_BYTES,
			timeoutMs: options.timeoutMs ?? FETCH_TIMEOUT_MS,
			onProgress: options.onProgress,
		});
		({bytes, charset} = fetched);
		servedHtml = fetched.isHtml;
	} else {
		bytes = await readLocalFile(input);
	}
	const kind = documentKind(bytes);
	if (kind) {
		const {readDocument} = await loadDocuments();
		const document = await readDocument(bytes, kind, name);
		return {name, text: document.text, encoding: null, format: document.format, published: document.published};
	}
	const {text, encoding} = decodeBytes(bytes, name, charset);
	const isHtml = servedHtml || HTML_EXTENSION.test(input) || looksLikeHtml(text);
	if (!isHtml) return {name, text, encoding, format: 'text', published: publishedInText(text)};
	const {htmlToText, publishedInHtml} = await loadHtml();
	const article = htmlToText(text);
	return {name, text: article, encoding, format: 'html', published: publishedInHtml(text, article)};
}
