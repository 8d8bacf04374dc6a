/** `jcfz sections` — a report's outline. */
import type {Section} from '../../core/types.js';
import {inertLine} from '../../core/inert.js';
import {truncate} from '../../render/width.js';
import {openStore} from '../context.js';
import {loadScope, reportName} from '../../store/scope.js';
import {defineCommand, scopeOptions} from '../command.js';
import {toJson} from '../../render/json.js';
import {type SectionArea, sectionAreas} from '../../core/areas.js';

interface OutlineNode {
	id: string;
	ordinal: string;
	title: string;
	/** The part of the national framework it speaks to (areas.ts), null when nothing says. */
	area: {id: string; zh: string; en: string; confidence: number; from: string} | null;
	children: OutlineNode[];
}

function outline(section: Section, areas: ReadonlyMap<string, SectionArea>): OutlineNode {
	const a = areas.get(section.id);
	return {
		id: section.id,
		ordinal: section.ordinal,
		title: section.title,
		area: a ? {...a.area, confidence: a.confidence, from: a.from} : null,
		children: section.children.map(c => outline(c, areas)),
	};
}

export const sectionsCommand = defineCommand(({io, out}) => ({
	command: 'sections',
	describe: out.t('print the outline of a report', '显示报告的章节结构'),
	builder: y =>
		scopeOptions(y, out)
			.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')})
			.example('$0 sections --year 2023', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		const {report, entry} = await loadScope(store, argv);
		if (argv.json) {
			const areas = sectionAreas(report);
			out.line(toJson(report.sections.map(s => outline(s, areas))));
			return;
		}
		out.line(out.color.bold(inertLine(`${reportName(entry)} · ${entry.title}`)));
		const areas = sectionAreas(report);
		const walk = (sections: readonly Section[], depth: number) => {
			for (const s of sections) {
				// A top-level section names its part of the national framework (`--json` gives every section's).
				const a = depth === 0 ? areas.get(s.id) : undefined;
				const area = a ? `  [${out.t(a.area.en, a.area.zh)}]` : '';
				out.line(
					truncate(inertLine(`${'  '.repeat(depth)}${s.id.padEnd(4)} ${s.ordinal}${s.title}${area}`), out.columns),
				);
				walk(s.children, depth + 1);
			}
		};
		walk(report.sections, 0);
	},
}));
