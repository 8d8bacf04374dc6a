/**
 * Saved web pages → report text. A real HTML parser (htmlparser2) walks the page; scripts, styles, navigation,
 * menus, breadcrumbs, share bars and footers are skipped; block elements become paragraph breaks; entities are
 * decoded. Government pages put site chrome before the article, so the text starts at the first heading-like
 * line that names a report and a year. Pure (no I/O).
 */
import {Parser} from 'htmlparser2';
import {yearIn} from './title.js';

const SKIP_TAGS = new Set([
	'script',
	'style',
	'noscript',
	'iframe',
	'nav',
	'footer',
	'form',
	'select',
	'button',
	'svg',
	'template',
	'object',
	'head',
]);
const BLOCK_TAGS = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'tr',
	'table',
	'blockquote',
	'pre',
	'dd',
	'dt',
	'dl',
	'header',
	'aside',
	'center',
	'figure',
	'figcaption',
	'hr',
	'tbody',
	'thead',
]);
/** class/id words that mark site chrome rather than the article. */
const CHROME =
	/(?:^|[-_\s])(?:nav|navbar|menu|footer|foot|breadcrumb|crumb|share|sidebar|copyright|toolbar|topbar|login|search|position|location|info|source|pubtime|publish)(?:$|[-_\s\d])/i;

/** Elements the parser closes by itself when the next one opens, and elements that never hold content. */
const SELF_CLOSING = new Set(
	'p li dt dd tr td th tbody thead tfoot option optgroup rt rp br hr img input meta link area base col embed source track wbr param'.split(
		' ',
	),
);
/** How many elements may stand open at once; no real page comes near it. */
const MAX_OPEN = 512;

/**
 * The page with its open elements kept to MAX_OPEN: an open tag past that (a page of 100,000 unclosed <b><i>)
 * is dropped, with its closing tag. htmlparser2 keeps its open elements in an array it shifts and unshifts, so
 * such a page took time quadratic in its tags (25,000 × <p><b><i><u>: 9 s; 100,000: 214 s). Only tags are
 * removed, never text.
 */
export function boundNesting(html: string): string {
	let open = 0;
	const counts = new Map<string, number>();
	/** Of each name, how many of its open tags were dropped (their closing tags are dropped too). */
	const dropped = new Map<string, number>();
	return html.replace(/<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>/g, (tag, closing: string, rawName: string) => {
		const name = rawName.toLowerCase();
		if (SELF_CLOSING.has(name) || tag.endsWith('/>')) return tag;
		if (!closing) {
			if (open >= MAX_OPEN) {
				dropped.set(name, (dropped.get(name) ?? 0) + 1);
				return '';
			}
			open++;
			counts.set(name, (counts.get(name) ?? 0) + 1);
			return tag;
		}
		const gone = dropped.get(name) ?? 0;
		if (gone > 0) {
			dropped.set(name, gone - 1);
			return '';
		}
		const n = counts.get(name) ?? 0;
		if (n > 0) {
			counts.set(name, n - 1);
			open--;
		}
		return tag;
	});
}

export function htmlToText(html: string): string {
	let out = '';
	let pageTitle = '';
	let inTitle = false;
	/** For each open element: is it (or an ancestor) skipped? */
	const skipping: boolean[] = [];
	const inArticle: boolean[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const parentSkip = skipping.at(-1) ?? false;
				const article = (inArticle.at(-1) ?? false) || name === 'article' || name === 'main';
				const marker = `${attributes.class ?? ''} ${attributes.id ?? ''}`;
				const skip = parentSkip || SKIP_TAGS.has(name) || (name === 'header' && !article) || CHROME.test(marker);
				skipping.push(skip);
				inArticle.push(article);
				if (name === 'title') inTitle = true;
				if (!skip && BLOCK_TAGS.has(name)) out += '\n\n';
				if (!skip && name === 'br') out += '\n';
			},
			ontext(text) {
				if (inTitle) pageTitle += text;
				if (!(skipping.at(-1) ?? false)) out += text.replace(/[ \t\r\n\f]+/g, ' ');
			},
			onclosetag(name) {
				const skip = skipping.pop() ?? false;
				inArticle.pop();
				if (name === 'title') inTitle = false;
				if (!skip && BLOCK_TAGS.has(name)) out += '\n\n';
			},
		},
		{decodeEntities: true, lowerCaseTags: true},
	);
	parser.write(boundNesting(html));
	parser.end();
	const lines = out.split('\n').map(l => l.trim());
	let start = lines.findIndex(l => l.length <= 80 && /报告|情况/.test(l) && yearIn(l) !== null);
	// A title broken with <br> ("晋城市人民政府<br>关于2022年…的报告"): keep the issuer line above it.
	if (
		start > 0 &&
		lines[start - 1]!.length > 0 &&
		lines[start - 1]!.length <= 40 &&
		!/[。；！？]$/.test(lines[start - 1]!)
	)
		start--;
	const body = (start >= 0 ? lines.slice(start) : lines)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	if (start >= 0 || !pageTitle.trim()) return `${body}\n`;
	return `${pageTitle.trim()}\n\n${body}\n`;
}
export {publishedInHtml} from './published.js';
