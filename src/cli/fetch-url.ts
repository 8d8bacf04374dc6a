/**
 * Fetching a report from a web site: http and https only, redirects followed by hand so that none can lead to
 * file: or another scheme, a size cap while reading, a timeout, and clear errors for non-2xx answers and for
 * content that is not text.
 */
import {JcfzError} from '../core/errors.js';

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
			const response = await fetch(url, {
				redirect: 'manual',
				signal,
				headers: {
					'user-agent': 'jcfz',
					accept: 'text/html,text/plain;q=0.9,application/pdf;q=0.9,application/msword;q=0.8,*/*;q=0.1',
				},
			});
			if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
				if (hop >= (options.maxRedirects ?? 5))
					throw new JcfzError('data', `${address}: too many redirects`, `${address}：重定向次数过多`);
				url = new URL(response.headers.get('location')!, url);
				checkScheme(url);
				await response.body?.cancel();
				continue;
			}
			if (!response.ok)
				throw new JcfzError(
					'not-found',
					`${url.href}: the server answered ${response.status} ${response.statusText}`.trim(),
					`${url.href}：服务器返回 ${response.status}`,
				);
			const type = response.headers.get('content-type') ?? '';
			const mime = type.split(';')[0]!.trim();
			if (mime && !TEXT_TYPES.test(mime) && !DOCUMENT_TYPES.test(mime))
				throw new JcfzError(
					'data',
					`${url.href}: the server sent ${mime}, not a web page, text, PDF or Word document`,
					`${url.href}：服务器返回的是 ${mime}，不是网页、文本、PDF 或 Word 文档`,
				);
			const declaredLength = Number(response.headers.get('content-length') ?? 0);
			if (declaredLength > options.maxBytes)
				throw new JcfzError(
					'data',
					`${url.href}: ${declaredLength} bytes is more than the ${options.maxBytes}-byte limit for a report`,
					`${url.href}：${declaredLength} 字节，超过报告的上限 ${options.maxBytes} 字节`,
				);
			const chunks: Uint8Array[] = [];
			let size = 0;
			const encoding = response.headers.get('content-encoding');
			try {
				for await (const chunk of response.body ?? []) {
					size += chunk.length;
					if (size > options.maxBytes)
						throw new JcfzError(
							'data',
							`${url.href}: more than ${options.maxBytes} bytes; a report is far smaller`,
							`${url.href}：超过 ${options.maxBytes} 字节，报告不会这么大`,
						);
					chunks.push(chunk);
					options.onProgress?.(size);
				}
			} catch (error) {
				if (error instanceof JcfzError || !encoding || (error as Error).name === 'TimeoutError') throw error;
				throw new JcfzError(
					'data',
					`${url.href}: the server's compressed answer (${encoding}) cannot be decompressed: it is damaged; try again later, or save the page from a browser and import the file`,
					`${url.href}：服务器返回的压缩内容（${encoding}）无法解压，内容已损坏；请稍后再试，或用浏览器保存网页后导入文件`,
				);
			}
			const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;
			return {bytes: Buffer.concat(chunks), charset, isHtml: /html/i.test(mime), url: url.href};
		}
	} catch (error) {
		if (error instanceof JcfzError) throw error;
		if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
			throw new JcfzError(
				'data',
				`${address}: no complete answer within ${options.timeoutMs / 1000} s`,
				`${address}：${options.timeoutMs / 1000} 秒内没有收到完整回应`,
			);
		}
		const cause = (error as {cause?: {code?: string}}).cause?.code ?? (error as Error).message;
		throw new JcfzError('data', `${address}: cannot fetch (${cause})`, `${address}：无法获取（${cause}）`);
	}
}
