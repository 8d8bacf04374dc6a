/** `jcfz sections` — a report's outline. */
import type {Section} from '../../core/types.js';
import {inertLine} from '../../core/inert.js';
import {truncate} from '../../render/width.js';
import {openStore} from '../context.js';
import {loadScope, reportName} from '../../store/scope.js';
import {defineCommand, scopeOptions} from '../command.js';
import {toJson} from '../../render/json.js';

interface OutlineNode {
	id: string;
	ordinal: string;
	title: string;
	children: OutlineNode[];
}

function outline(section: Section): OutlineNode {
	return {id: section.id, ordinal: section.ordinal, title: section.title, children: section.children.map(outline)};
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
			out.line(toJson(report.sections.map(outline)));
			return;
		}
		out.line(out.color.bold(inertLine(`${reportName(entry)} · ${entry.title}`)));
		const walk = (sections: readonly Section[], depth: number) => {
			for (const s of sections) {
				out.line(truncate(inertLine(`${'  '.repeat(depth)}${s.id.padEnd(4)} ${s.ordinal}${s.title}`), out.columns));
				walk(s.children, depth + 1);
			}
		};
		walk(report.sections, 0);
	},
}));
