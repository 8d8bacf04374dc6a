/**
 * When a report was published, where its page says so. Pure.
 *
 * - a web page's metadata: <meta name="PubDate" content="2024-03-28 10:20"> (the field China's government site
 *   standard asks every article page for), or publishdate / pubdate / firstpublishedtime / article:published_time;
 * - else a labelled date in the page chrome before the report: 发布日期：2024-03-28, 发布时间：2024年3月28日,
 *   发文日期, 成文日期, 日期, 时间 (the date a line gives with its label, never a bare date in the text, such as
 *   the date under the signature, which is when the report was signed).
 */

const META =
	/<meta\b[^>]*\b(?:name|property|itemprop)\s*=\s*["']?(?:pubdate|publishdate|firstpublishedtime|article:published_time|datepublished|dc\.date(?:\.issued)?)["']?[^>]*>/gi;

const LABELLED =
	/(?:发布|发文|成文|印发|公开|更新)?(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

function iso(year: string, month: string, day: string): string | null {
	const [y, m, d] = [Number(year), Number(month), Number(day)];
	if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
	return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_IN = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** The labelled date of a report's chrome: searched in the text before its first numbered section. */
export function publishedInText(text: string): string | null {
	const head = text.slice(0, 4000);
	const stop = /^\s*[一二]、/m.exec(head);
	const m = LABELLED.exec(stop ? head.slice(0, stop.index) : head);
	return m ? iso(m[1]!, m[2]!, m[3]!) : null;
}

/** A web page's publication date: its metadata, else the labelled date in its text. */
export function publishedInHtml(html: string, text: string): string | null {
	for (const tag of html.slice(0, 64 * 1024).matchAll(META)) {
		const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag[0])?.[1];
		const m = content ? DATE_IN.exec(content) : null;
		const date = m && iso(m[1]!, m[2]!, m[3]!);
		if (date) return date;
	}
	const tagless = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
	return publishedInText(tagless.replace(/&nbsp;/g, ' ')) ?? publishedInText(text);
}
