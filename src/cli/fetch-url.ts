/**
 * Fetching a report from a web site: http and https only, redirects followed by hand so that none can lead to
 * file: or another scheme, a size cap while reading (on the decompressed bytes), a timeout, compressed answers
 * decompressed strictly, and clear errors for non-2xx answers and for content that is neither text nor a document.
 */
import {JcfzError} from '../core/errors.js';
import {builtin} from '../core/lazy-builtin.js';

export interface Fetched {
	readonly bytes: Uint8Array;
	/** The charset the server declared (Content-Type: text/html; charset=gbk), if any. */
	readonly charset: string | null;
	readonly isHtml: boolean;
	readonly url: string;
}

export interface FetchOptions {
	readonly maxBytes: number;
	readonly timeoutMs: number;
	readonly maxRedirects?: number;
	/** Called with bytes received so far (for a progress line on a terminal). */
	readonly onProgress?: (bytes: number) => void;
}

export const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

const TEXT_TYPES = /^(?:text\/(?:html|plain|markdown|x-markdown)|application\/xhtml\+xml)$/i;
/**
 * Documents, and the generic types many government sites serve their attachments as: what they are is then
 * told by their content (formats/sniff.ts), and anything that is neither a document nor text is refused there.
 */
const DOCUMENT_TYPES =
	/^(?:application\/(?:pdf|x-pdf|msword|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|vnd\.ms-works|kswps|wps-office\.(?:wps|doc|docx)|octet-stream|x-download|force-download|download|zip|x-zip-compressed)|binary\/octet-stream)$/i;

function checkScheme(url: URL): void {
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new JcfzError(
			'usage',
			`${url.href}: only http and https addresses can be imported (save the page and import the file instead)`,
			`${url.href}：只能导入 http 和 https 网址（可先保存网页再导入文件）`,
		);
	}
}

interface Answer {
	readonly status: number;
	readonly statusText: string;
	readonly header: (name: string) => string | null;
	/** The body as sent (still compressed); consumed once. */
	readonly body: AsyncIterable<Buffer>;
	readonly discard: () => void;
}

/**
 * One GET over node:http or node:https. Not fetch(): fetch decompresses leniently and so took a truncated gzip
 * answer (4 of 6 sections of a report) as complete; here the answer is decompressed strictly (below).
 */
function get(url: URL, signal: AbortSignal): Promise<Answer> {
	const client = builtin<typeof import('node:https')>(url.protocol === 'https:' ? 'node:https' : 'node:http');
	return new Promise((resolve, reject) => {
		const request = client.get(
			url,
			{
				signal,
				headers: {
					'user-agent': 'jcfz',
					accept: 'text/html,text/plain;q=0.9,application/pdf;q=0.9,application/msword;q=0.8,*/*;q=0.1',
					'accept-encoding': 'gzip, deflate, br',
				},
			},
			response => {
				const header = (name: string) => {
					const value = response.headers[name];
					return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
				};
				resolve({
					status: response.statusCode ?? 0,
					statusText: response.statusMessage ?? '',
					header,
					body: response,
					discard: () => response.destroy(),
				});
			},
		);
		request.on('error', reject);
	});
}

/** The decompressor a Content-Encoding asks for: strict, so an answer cut short is an error, not a short text. */
function decoder(encoding: string): NodeJS.ReadWriteStream | null {
	const zlib = builtin<typeof import('node:zlib')>('node:zlib');
	if (/^(?:x-)?gzip$/.test(encoding)) return zlib.createGunzip();
	if (encoding === 'deflate') return zlib.createInflate();
	if (encoding === 'br') return zlib.createBrotliDecompress();
	return null;
}

export async function fetchReport(address: string, options: FetchOptions): Promise<Fetched> {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new JcfzError('usage', `${address}: not a valid address`, `${address}：不是有效的网址`);
	}
	checkScheme(url);
	const signal = AbortSignal.timeout(options.timeoutMs);
	try {
		for (let hop = 0; ; hop++) {
			const response = await get(url, signal);
			const location = response.header('location');
			if (response.status >= 300 && response.status < 400 && location) {
				response.discard();
				if (hop >= (options.maxRedirects ?? 5))
					throw new JcfzError('data', `${address}: too many redirects`, `${address}：重定向次数过多`);
				url = new URL(location, url);
				checkScheme(url);
				continue;
			}
			if (response.status < 200 || response.status >= 300) {
				response.discard();
				throw new JcfzError(
					'not-found',
					`${url.href}: the server answered ${response.status} ${response.statusText}`.trim(),
					`${url.href}：服务器返回 ${response.status}`,
				);
			}
			const type = response.header('content-type') ?? '';
			const mime = type.split(';')[0]!.trim();
			if (mime && !TEXT_TYPES.test(mime) && !DOCUMENT_TYPES.test(mime)) {
				response.discard();
				throw new JcfzError(
					'data',
					`${url.href}: the server sent ${mime}, not a web page, text, PDF or Word document`,
					`${url.href}：服务器返回的是 ${mime}，不是网页、文本、PDF 或 Word 文档`,
				);
			}
			const encoding = (response.header('content-encoding') ?? '').trim().toLowerCase();
			const declaredLength = Number(response.header('content-length') ?? 0);
			if (!encoding && declaredLength > options.maxBytes) {
				response.discard();
				throw new JcfzError(
					'data',
					`${url.href}: ${declaredLength} bytes is more than the ${options.maxBytes}-byte limit for a report`,
					`${url.href}：${declaredLength} 字节，超过报告的上限 ${options.maxBytes} 字节`,
				);
			}
			const unpack = encoding && encoding !== 'identity' ? decoder(encoding) : null;
			if (encoding && encoding !== 'identity' && !unpack) {
				response.discard();
				throw new JcfzError(
					'data',
					`${url.href}: the server compressed its answer as ${encoding}, which jcfz cannot read; save the page from a browser and import the file`,
					`${url.href}：服务器以 ${encoding} 压缩内容，jcfz 无法读取；请用浏览器保存网页后导入文件`,
				);
			}
			const chunks: Buffer[] = [];
			let size = 0;
			const take = (chunk: Buffer) => {
				size += chunk.length;
				if (size > options.maxBytes) {
					response.discard();
					throw new JcfzError(
						'data',
						`${url.href}: more than ${options.maxBytes} bytes; a report is far smaller`,
						`${url.href}：超过 ${options.maxBytes} 字节，报告不会这么大`,
					);
				}
				chunks.push(chunk);
				options.onProgress?.(size);
			};
			if (!unpack) for await (const chunk of response.body) take(chunk);
			else {
				const {pipeline} = builtin<typeof import('node:stream/promises')>('node:stream/promises');
				try {
					await pipeline(response.body, unpack, async (source: AsyncIterable<string | Buffer>) => {
						for await (const chunk of source) take(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
					});
				} catch (error) {
					if (error instanceof JcfzError || (error as Error).name === 'AbortError') throw error;
					throw new JcfzError(
						'data',
						`${url.href}: the server's compressed answer (${encoding}) cannot be decompressed: it is damaged or cut short; try again later, or save the page from a browser and import the file`,
						`${url.href}：服务器返回的压缩内容（${encoding}）无法解压，内容已损坏或不完整；请稍后再试，或用浏览器保存网页后导入文件`,
					);
				}
			}
			const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;
			return {bytes: Buffer.concat(chunks), charset, isHtml: /html/i.test(mime), url: url.href};
		}
	} catch (error) {
		if (error instanceof JcfzError) throw error;
		const name = (error as Error).name;
		if (name === 'TimeoutError' || name === 'AbortError' || signal.aborted) {
			throw new JcfzError(
				'data',
				`${address}: no complete answer within ${options.timeoutMs / 1000} s`,
				`${address}：${options.timeoutMs / 1000} 秒内没有收到完整回应`,
			);
		}
		const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new JcfzError('data', `${address}: cannot fetch (${code})`, `${address}：无法获取（${code}）`);
	}
}
