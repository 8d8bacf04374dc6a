/**
 * The head of a report: everything before its first paragraph or numbered heading. Saved pages and mirrors put
 * page chrome there (breadcrumbs, 索引号 blocks, dates, share bars, visit counters, bullets, spam), titles come
 * on one line or several, twice, or not at all, and letters open with a salutation (`省委、省政府：`) or a speech
 * line (`（2024年5月28日在…会议上）`). `readHead` sorts those lines; none of them is prose, so none yields a figure.
 */
import {isSalutation, namesOrgans} from './addressees.js';
import type {LineToken} from './source-lines.js';

/** Words that only page chrome uses: navigation, metadata blocks, share and print bars, accessibility toggles. */
const CHROME = new RegExp(
	[
		'当前位置',
		'您当前',
		'您的位置',
		'所在位置',
		'首页\\s*[>›»/]',
		'[>›»]\\s*\\S+\\s*[>›»]',
		'^\\s*[>›»]',
		'索引号',
		'发布机构',
		'发文机关',
		'生成日期',
		'发布日期',
		'发文日期',
		'成文日期',
		'发布时间',
		'更新时间',
		'^\\s*(?:时间|日期)：',
		'信息来源',
		'来源：',
		'作者：',
		'浏览',
		'阅读：',
		'访问量',
		'访问次数',
		'点击[量数率]',
		'字号',
		'字体',
		'打印',
		'分享',
		'关闭窗口',
		'收藏',
		'无障碍',
		'关怀版',
		'老年版',
		'繁体',
		'简体版',
		'English',
		'\\bEN\\b',
		'微信',
		'微博',
		'移动版',
		'APP',
		'IPV6',
		'今天是',
		'星期[一二三四五六日天]',
		'主题分类',
		'文件编号',
		'有效性',
		'公开方式',
		'公开范围',
		'组配分类',
		'【[大中小]】',
		'扫一扫',
		'返回顶部',
		'上一篇',
		'下一篇',
	].join('|'),
);

/** A line of page chrome: a chrome word and no sentence in it. */
export function isChrome(text: string): boolean {
	return text.length <= 160 && !/[。！？]/.test(text) && CHROME.test(text);
}

/** A line naming organs only: `中共禹王台区委 禹王台区人民政府`, `崇义县交通运输局` (the issuer part of a title). */
export function isOrganLine(text: string): boolean {
	// Under a title an issuer may stand in brackets: `（某某市人民政府）`.
	const bare = text.replace(/^（(.*)）$/u, '$1');
	return bare.length <= 40 && !bare.endsWith('：') && namesOrgans(bare);
}

/** A report title: names a report on rule-of-law government (or a year's report) and is not a sentence. */
export function isTitleLine(text: string): boolean {
	const bare = text.replace(/（[^）]*）/g, '');
	if (text.length < 6 || text.length > 100 || /[，。；！？]/.test(bare)) return false;
	// "现将某某市2023年度法治政府建设工作情况报告如下：" introduces the report; it is not its title.
	if (/^(?:现将|根据|按照|依据)|如下[：:]?$/u.test(bare)) return false;
	return (
		(/报告|情况|总结/.test(bare) && /法治|依法行政|法制/.test(bare)) ||
		(/(?:19|20)\d\d\s*年/.test(bare) && /报告/.test(bare))
	);
}

/** `（2024年5月28日在晋城市第六届人民代表大会常务委员会第九次会议上）`: when and where a report was delivered. */
export function isSpeechLine(text: string): boolean {
	return /^[（【—-]+.{0,30}在.{2,60}(?:会议|大会|会)上/.test(text) && text.length <= 90;
}

/** The first paragraph of a report: a sentence, or a clause ending in a colon. */
function isParagraph(text: string): boolean {
	return (/[，。；]/.test(text) && text.length >= 20) || (/[。：]$/.test(text) && text.length >= 10);
}

export interface Head {
	/** The title as one line: its lines joined by spaces, a line repeated inside a longer one dropped. */
	readonly title: string;
	readonly salutations: readonly string[];
	readonly speech: string | null;
	/**
	 * Organ lines standing alone above the body, outside any title (`某某市人民政府` over a salutation): who
	 * speaks, when the title does not say.
	 */
	readonly issuers: readonly string[];
	/** Who published the page, as its chrome says (`发布机构：X区人民政府`, `来源：X市司法局`), in reading order. */
	readonly publishers: readonly string[];
	/** Index of the first token of the body. */
	readonly bodyStart: number;
}

/** Joins title lines, dropping one that another contains ("…情况的报告" inside "关于…情况的报告"). */
function joinTitle(lines: readonly string[]): string {
	const compact = (s: string) => s.replace(/\s+/g, '');
	const kept = lines.filter(
		(line, k) =>
			!lines.some(
				(other, j) => j !== k && compact(other).includes(compact(line)) && (compact(other) !== compact(line) || j < k),
			),
	);
	return kept.join(' ');
}

/**
 * The head of a report from its first lines. `read` is how a line is recognised (a traditional-script report is
 * read through a fold to simplified script: 報告 is a 报告); what is kept is the line as written.
 */
export function readHead(tokens: readonly LineToken[], read: (text: string) => string = text => text): Head {
	const titleLines: string[] = [];
	const salutations: string[] = [];
	let speech: string | null = null;
	const publishers: string[] = [];
	const issuers: string[] = [];
	/** Token index of the block's last title line; once the block has ended, title lines are repeats. */
	let last = -1;
	let ended = false;
	const end = () => (ended ||= titleLines.length > 0);
	/** A title line continues the block right below its last line, or after blank lines below an issuer line. */
	const continuesBlock = (i: number) =>
		i === last + 1 ||
		(isOrganLine(read(titleLines[titleLines.length - 1]!)) && tokens.slice(last + 1, i).every(t => t.kind === 'blank'));
	let i = 0;
	for (; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.kind === 'blank') continue;
		if (token.kind !== 'prose') break;
		const text = token.content.text;
		const seen = read(text);
		if (isChrome(seen)) {
			publishers.push(...publishersIn(text));
			end();
		} else if (isSalutation(seen)) {
			salutations.push(text.slice(0, -1));
			end();
		} else if (isSpeechLine(seen)) speech = text;
		else if (!ended && titleLines.length === 0 && wrappedTitle(tokens, i, read)) {
			// A title wrapped over two lines, blank lines between (`贵州省2023年度法治政府建设工作` / `情况报告`).
			const next = wrappedTitle(tokens, i, read)!;
			titleLines.push(text + proseText(tokens[next]!));
			last = i = next;
		} else if (
			isTitleLine(seen) ||
			(isOrganLine(seen) && (nextIsTitle(tokens, i, read) || (last >= 0 && i === last + 1)))
		) {
			if (!ended && (titleLines.length === 0 || continuesBlock(i))) {
				titleLines.push(text);
				last = i;
			} else end();
		} else if (isOrganLine(seen)) {
			issuers.push(text);
			end();
		} else if (isParagraph(seen)) break;
		else end();
	}
	return {title: joinTitle(titleLines), salutations, speech, issuers, publishers, bodyStart: i};
}

/** The publisher fields of a chrome line: "来源：沈河区人民政府 时间：2021-01-28" → 沈河区人民政府. */
function publishersIn(text: string): string[] {
	return [...text.matchAll(/(?:发布机构|发文机关|信息来源|来源)\s*[:：]\s*([\u4e00-\u9fff]{2,30})/gu)].map(m => m[1]!);
}

/**
 * The index of the short line that completes line `i` as a title (`…法治政府建设工作` + `情况报告`), when line `i` is
 * not a title on its own but names rule-of-law government; null otherwise.
 */
function wrappedTitle(tokens: readonly LineToken[], i: number, read: (text: string) => string): number | null {
	const text = read(proseText(tokens[i]!));
	if (isTitleLine(text) || !/法治|依法行政|法制/.test(text) || /[，。；！？]/.test(text)) return null;
	for (let j = i + 1; j < tokens.length; j++) {
		const token = tokens[j]!;
		if (token.kind === 'blank') continue;
		if (token.kind !== 'prose') return null;
		const rest = read(proseText(token));
		return rest.length <= 12 && /报告$/.test(rest) && isTitleLine(text + rest) ? j : null;
	}
	return null;
}

const proseText = (token: LineToken) => (token.kind === 'prose' ? token.content.text : '');

/** Whether the next non-blank line is a title line (an issuer line may stand above the title, blank lines between). */
function nextIsTitle(tokens: readonly LineToken[], i: number, read: (text: string) => string): boolean {
	for (let j = i + 1; j < tokens.length; j++) {
		const token = tokens[j]!;
		if (token.kind === 'blank') continue;
		const text = read(proseText(token));
		return token.kind === 'prose' && !isChrome(text) && isTitleLine(text);
	}
	return false;
}
