/** The Sections screen: the outline and the text of the section under the cursor (see screen.ts). */
import {areaOf, areasOf} from '../../../core/areas.js';
import {PREAMBLE_SECTION} from '../../../core/types.js';
import {formatIndicatorValue} from '../../../render/format.js';
import {findBinding} from '../../keymap.js';
import {SECTIONS_KEYS, type SectionsCtx, sectionsCommand} from '../../sections/keys.js';
import {outlineWindow, SectionsView} from '../../sections/view.js';
import {type Derived, type Env, textAt} from '../derive.js';
import type {Action, State} from '../state.js';
import {editingStatus, type Screen, shown} from './screen.js';
import {say} from '../../../core/said.js';

export function sectionsCtx(env: Env, state: State, d: Derived): SectionsCtx {
	return {
		report: d.year.report,
		lang: env.lang,
		state: state.sections,
		outline: d.outline,
		text: d.text,
		outlinePage: env.layout.paneRows,
		textPage: env.layout.paneRows,
		matches: d.matches,
	};
}

export const sectionsScreen: Screen = {
	view: 'sections',
	title: ['Sections view', '章节视图'],
	bindings: (env, state, d) => shown(SECTIONS_KEYS, sectionsCtx(env, state, d)),
	key(step, name) {
		const {env, state} = step;
		const ctx = sectionsCtx(env, state, step.derived);
		const b = findBinding(SECTIONS_KEYS, name, ctx);
		if (!b) return false;
		const command = sectionsCommand(ctx, b.action, (cursor, expanded) => {
			const t = textAt(env, state, cursor, expanded, null);
			return {matchLines: t.matchLines, lines: t.lines.length};
		});
		if (command) step.do(...(Array.isArray(command) ? command : [command as Action]));
		if ((b.action === 'next' || b.action === 'previous') && step.state.sections.hit >= 0)
			step.say([
				`match ${step.state.sections.hit + 1}/${ctx.matches.length}`,
				`第 ${step.state.sections.hit + 1}/${ctx.matches.length} 处`,
			]);
		return true;
	},
	status(s, d, lang) {
		const search = s.sections.search;
		if (search.editing) return editingStatus('search', search.value, lang);
		const where = search.value
			? `  /${search.value} ${d.matches.length ? `${Math.max(0, s.sections.hit) + 1}/${d.matches.length}` : say(['not found', '未找到'], lang)}`
			: '';
		const figure =
			s.sections.pane === 'text' && s.sections.figure !== null ? d.text.figures[s.sections.figure] : undefined;
		if (figure) return `${figure.label}  ${formatIndicatorValue(figure)} ${figure.unit}  · ${figure.id}${where}`;
		const section = d.outline[s.sections.cursor]?.section;
		if (!section) return where;
		const count = d.text.figures.length;
		const area = areaOf(areasOf(d.year.report), section.id)?.area;
		const part = area ? ` · ${say([area.en, area.zh], lang)}` : '';
		return `${section.id === PREAMBLE_SECTION.id ? '' : `${section.id} `}${section.title}${part} · ${count} ${say([`figure${count === 1 ? '' : 's'} · f selects one`, '项指标 · f 选择数字'], lang)}${where}`;
	},
	copyText(state, d) {
		const s = state.sections;
		if (s.pane === 'text' && s.figure !== null) return d.text.figures[s.figure]?.sentence ?? null;
		const section = d.outline[s.cursor]?.section;
		return section ? [section.title, ...section.paragraphs.map(p => p.text)].join('\n') : null;
	},
	render({state, derived, env, isColor, tops}) {
		const {layout, lang} = env;
		tops.sections = outlineWindow(state.sections.cursor, derived.outline.length, layout.body, tops.sections);
		return (
			<SectionsView
				outline={derived.outline}
				text={derived.text}
				state={state.sections}
				width={layout.columns}
				height={layout.body}
				isColor={isColor}
				lang={lang}
				outlineTop={tops.sections}
			/>
		);
	},
	mode(s, lang) {
		if (s.sections.search.editing) return say(['search', '查找'], lang);
		if (s.sections.pane === 'outline') return say(['outline', '目录'], lang);
		return say(['text', '正文'], lang);
	},
};
