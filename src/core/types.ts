/**
 * The report model: plain data, no behaviour. Every text node carries its `offset`, a UTF-16 index into the
 * report's normalised source text (line ends folded to \n), so any figure can be traced back to where it was
 * written — the mdast habit of positions on every node.
 */

/** One sentence of a paragraph (split on 。！？； outside quotes and 《》). */
export interface Sentence {
	/** Index of the sentence's first character in its paragraph's `text`. */
	readonly start: number;
	/** Offset of the sentence's first character in the normalised source. */
	readonly offset: number;
	readonly text: string;
}

/**
 * A paragraph as the author meant it: page-break artefacts are rejoined, markdown emphasis is removed.
 * Its `text` is therefore not always a verbatim slice of the source; `offset` is where it starts.
 */
export interface Paragraph {
	readonly offset: number;
	readonly text: string;
	/**
	 * Runs of `text` that are verbatim in the source: [index in text, source offset], ascending. A new run
	 * starts wherever markup was dropped or a page break was rejoined (see `sourceOffset`).
	 */
	readonly sourceMap: readonly (readonly [number, number])[];
	readonly sentences: readonly Sentence[];
}

export interface Section {
	/** "5" for the fifth top-level section, "5.2" for its second sub-section. */
	readonly id: string;
	/** The numbering as written: "五、" or "（二）". */
	readonly ordinal: string;
	readonly title: string;
	readonly offset: number;
	readonly paragraphs: readonly Paragraph[];
	readonly children: readonly Section[];
}

/**
 * Who reports: the one description of a reporting body that a report, a store entry, an index line, a panel row
 * and the region reader share.
 */
export interface Reporter {
	/** Who reports, as shown: 晋城市, 北京市朝阳区, 崇义县交通运输局, 司法部. */
	readonly region: string;
	/**
	 * GB/T 2260 code of the reporting government (140500 for 晋城市, also for its departments; 100000 for central
	 * government departments); "" when the region is not a known division.
	 */
	readonly regionCode: string;
	/** The department that reports (交通运输局), "" when the government itself does. */
	readonly department: string;
	/**
	 * A town, street or development zone below the county of `regionCode` that reports (龙港镇, 西城街道, 某某经济
	 * 开发区管委会): level `town`. Absent for a county-level or higher government and its departments.
	 */
	readonly town?: string;
}

/** A report's head: who reports, on which year, under which id. */
export interface ReportHead extends Reporter {
	/** `${region}-${year}`, unique in a store. */
	readonly id: string;
	readonly year: number;
}

export interface Report extends ReportHead {
	readonly title: string;
	/** Who signs the report, e.g. "中共晋城市委 晋城市人民政府"; "" when the title names no issuer. */
	readonly issuer: string;
	/** sha256 (hex) of the normalised source text. */
	readonly sourceHash: string;
	/**
	 * When the report was published, as the document or its page says (a PDF's creation date, a Word document's
	 * last-saved date, a web page's 发布日期): ISO YYYY-MM-DD, null when it does not say.
	 */
	readonly published: string | null;
	/** Paragraphs before the first numbered section (the introduction). Indicators there have sectionId "0". */
	readonly preamble: readonly Paragraph[];
	readonly sections: readonly Section[];
}

/** The section that holds the introduction (paragraphs before 一、): indicators there have sectionId "0". */
export const PREAMBLE_SECTION = {id: '0', title: '导语'} as const;

/** Approximation markers as written. 达/共/累计 are not approximations and never appear here. */
export type Qualifier = '余' | '多' | '近' | '约' | '超' | '逾' | '以上';

export interface Indicator {
	/** `${reportId}:${sectionId}:${n}` — stable across re-imports of the same text. */
	readonly id: string;
	readonly region: string;
	readonly year: number;
	readonly sectionId: string;
	readonly sectionTitle: string;
	/** Names the counted thing and reads well alone: "研究审议法治议题", "调解成功率". */
	readonly label: string;
	/** Normalised to the base unit: "1.35万余条" → 13500, "200余万元" → 2000000. */
	readonly value: number;
	/** The unit alone: 件 次 个 … 元 % 年. */
	readonly unit: string;
	readonly qualifier: Qualifier | null;
	/** The figure as written in the source, e.g. "200 余万元". */
	readonly raw: string;
	/** The sentence that states the figure. */
	readonly sentence: string;
	/** Offset of `raw` in the normalised source. */
	readonly offset: number;
}
