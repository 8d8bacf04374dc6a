/** `jcfz search TEXT` — full-text search over every paragraph, each hit with its section. */
import {allParagraphs} from '../../core/walk.js';
import {markSpans, occurrences} from '../../render/highlight.js';
import {inertLine} from '../../render/sanitize.js';
import {openStore} from '../context.js';
import {pickEntry, reportName} from '../scope.js';
import {defineCommand, scopeOptions} from '../command.js';

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
		const entries = argv.all ? await store.allEntries() : [await pickEntry(store, argv)];
		const mark = out.color.enabled ? out.color.highlight : (s: string) => `【${s}】`;
		let hits = 0;
		let heading = '';
		const found: object[] = [];
		for (const entry of entries) {
			const {report} = await store.load(entry);
			for (const {sectionId, sectionTitle, paragraph} of allParagraphs(report)) {
				for (const sentence of paragraph.sentences) {
					const spans = occurrences(sentence.text, needle);
					if (spans.length === 0) continue;
					hits++;
					if (argv.json) {
						found.push({
							report: {id: entry.id, region: entry.region, year: entry.year},
							sectionId,
							sectionTitle,
							sentence: sentence.text,
							offset: sentence.offset,
						});
						continue;
					}
					const next = inertLine(`${reportName(entry)} · ${sectionId} ${sectionTitle}`);
					if (next !== heading) out.line(out.color.bold(next));
					heading = next;
					out.line(`  ${markSpans(sentence.text, spans, mark)}`);
				}
			}
		}
		if (argv.json) out.line(JSON.stringify(found, null, 2));
		if (hits === 0) {
			out.warn(out.t(`"${inertLine(needle)}" does not occur in the text`, `正文中没有“${inertLine(needle)}”`));
			notFound();
		}
	},
}));
