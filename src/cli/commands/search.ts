/** `jcfz search TEXT` — full-text search over every paragraph, each hit with its section. */
import {pushAll} from '../../core/arrays.js';
import {allParagraphs} from '../../core/walk.js';
import {markSpans, occurrences} from '../../render/highlight.js';
import {jsonArrayWriter} from '../../render/json-stream.js';
import {inertLine} from '../../core/inert.js';
import {openStore} from '../context.js';
import {pickEntry, reportName, resolveBody} from '../../store/scope.js';
import {toSimplified} from '../../core/script.js';
import {sectionTitleIn} from '../../render/headings.js';
import {defineCommand, scopeOptions} from '../command.js';

interface Hit {
	readonly report: {readonly id: string; readonly region: string; readonly year: number; readonly body: string};
	readonly sectionId: string;
	readonly sectionTitle: string;
	readonly sentence: string;
	readonly offset: number;
}

export const searchCommand = defineCommand(({io, out, notFound}) => ({
	command: 'search <text>',
	describe: out.t('search the full text of a report', '在报告全文中查找'),
	builder: y =>
		scopeOptions(y, out)
			.positional('text', {type: 'string', describe: out.t('text to find', '要查找的文字')})
			.option('all', {type: 'boolean', describe: out.t('search every report in the store', '查找库中所有报告')})
			.option('json', {
				type: 'boolean',
				describe: out.t('print JSON: one object per sentence found', '输出 JSON：每个找到的句子一项'),
			})
			.example('$0 search 复议', '')
			.example('$0 search 法律援助 --all', ''),
	handler: async argv => {
		const needle = String(argv.text).trim();
		const store = await openStore(argv, io.env, out.warn);
		const mark = out.color.enabled ? out.color.highlight : (s: string) => `【${s}】`;
		let hits = 0;
		let heading = '';
		const json = jsonArrayWriter(out.raw);
		const report = (hit: Hit) => {
			const spans = occurrences(hit.sentence, needle);
			if (spans.length === 0) return;
			hits++;
			if (argv.json) {
				const {sectionId, sectionTitle, sentence, offset} = hit;
				const {id, region, year} = hit.report;
				json.item({report: {id, region, year}, sectionId, sectionTitle, sentence, offset});
				return;
			}
			const next = inertLine(
				`${reportName(hit.report)} · ${hit.sectionId} ${sectionTitleIn(hit.sectionId, hit.sectionTitle, out.lang)}`,
			);
			if (next !== heading) out.line(out.color.bold(next));
			heading = next;
			out.line(`  ${markSpans(hit.sentence, spans, mark)}`);
		};
		if (argv.all) {
			// --region narrows --all to that region's years.
			const only = argv.region === undefined ? undefined : resolveBody(store, argv.region).key;
			// A needle in traditional script is searched for as written and folded (the index holds the text as
			// written: 復議 finds 復議 and 复议).
			const needles = [...new Set([needle, toSimplified(needle)])];
			// Through the cross-report index: one byte search per year instead of reading every report.
			// Gathered first, printed after: a reading that a rebuild changed under it is done again (Store.readIndex).
			const found = await store.readIndex(
				async index => {
					const all: Hit[] = [];
					for (const year of await index.years()) {
						const live = (await index.reports(year)).filter(r => only === undefined || r.body === only);
						const seen = new Set<string>();
						const inYear: Hit[] = [];
						for (const n of needles)
							for (const hit of index.sentences(year, live, n)) {
								const key = `${hit.report.slot}:${hit.offset}`;
								if (!seen.has(key)) inYear.push(hit);
								seen.add(key);
							}
						// Regions in a fixed order (their body keys), each report's sentences in reading order.
						const body = (h: Hit) => h.report.body;
						pushAll(
							all,
							inYear.sort((a, b) => (body(a) < body(b) ? -1 : body(a) > body(b) ? 1 : a.offset - b.offset)),
						);
					}
					return all;
				},
				out.progress(out.t('indexing reports', '建立跨报告索引')),
			);
			for (const h of found) report(h);
		} else {
			const entry = await pickEntry(store, argv);
			const {report: r} = await store.load(entry);
			for (const {sectionId, sectionTitle, paragraph} of allParagraphs(r))
				for (const s of paragraph.sentences)
					report({
						report: entry,
						sectionId,
						sectionTitle,
						sentence: s.text,
						offset: s.offset,
					});
		}
		if (argv.json) json.end();
		if (hits === 0) {
			out.warn(
				out.t(`jcfz: "${inertLine(needle)}" does not occur in the text`, `jcfz：正文中没有“${inertLine(needle)}”`),
			);
			notFound();
		}
	},
}));
