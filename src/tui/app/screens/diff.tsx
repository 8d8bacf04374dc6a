/** The Diff screen: two years of the region side by side, paired figure by figure (see screen.ts). */
import type {Indicator} from '../../../core/types.js';
import {formatDelta, formatPct} from '../../../render/diff.js';
import {formatIndicatorValue} from '../../../render/format.js';
import {DIFF_KEYS, type DiffCtx, diffCommand} from '../../diff/keys.js';
import {rowLabel} from '../../diff/model.js';
import {diffPage, DiffView} from '../../diff/view.js';
import {windowStart} from '../../list.js';
import {findBinding} from '../../keymap.js';
import type {Derived, Env} from '../derive.js';
import type {State} from '../state.js';
import {openIndicator} from '../step.js';
import {editingStatus, type Screen, shown} from './screen.js';
import {say} from '../../../core/said.js';

export const diffCtx = (env: Env, state: State, d: Derived): DiffCtx => ({
	state: state.diff,
	rows: d.diffRows,
	years: env.data.years,
	page: env.layout.diffPage,
});

const side = (i: Indicator | null) => (i ? `${formatIndicatorValue(i)}${i.unit}` : '—');

export const diffScreen: Screen = {
	view: 'diff',
	title: ['Diff view', '对比视图'],
	bindings: (env, state, d) => shown(DIFF_KEYS, diffCtx(env, state, d)),
	key(step, name) {
		const {env, state} = step;
		const d = step.derived;
		const ctx = diffCtx(env, state, d);
		const b = findBinding(DIFF_KEYS, name, ctx);
		if (!b) return false;
		const command = diffCommand(ctx, b.action);
		if (command === 'open') {
			const r = d.diffRows[state.diff.cursor];
			const i = r?.to ?? r?.from;
			if (i) step.do(...openIndicator(env, state, i));
		} else if (command && 'message' in command) step.say(command.message);
		else if (command) step.do(command);
		return true;
	},
	status(s, d, lang) {
		if (s.diff.filter.editing) return editingStatus('filter', s.diff.filter.value, lang);
		const r = d.diffRows[s.diff.cursor];
		if (!r || !d.diff) return '';
		const [a, b] = d.diff.years;
		return `${rowLabel(r)} · ${a} ${side(r.from)} → ${b} ${side(r.to)} ${formatDelta(r)} ${formatPct(r, lang)}`.trim();
	},
	copyText(state, d) {
		const r = d.diffRows[state.diff.cursor];
		if (!r || !d.diff) return null;
		const [a, b] = d.diff.years;
		return `${r.label}\t${a} ${side(r.from)}\t${b} ${side(r.to)}\t${formatDelta(r)}\t${formatPct(r)}`;
	},
	render({state, derived, env, isColor, tops}) {
		const {layout, lang, colors, data} = env;
		const line = derived.display.findIndex(x => x.kind === 'row' && x.index === state.diff.cursor);
		tops.diff = windowStart(Math.max(0, line), derived.display.length, diffPage(layout.body), tops.diff);
		return (
			<DiffView
				region={data.region}
				years={derived.diff?.years ?? null}
				rows={derived.diffRows}
				display={derived.display}
				top={tops.diff}
				summary={derived.diff?.diff.summary ?? null}
				state={state.diff}
				width={layout.columns}
				height={layout.body}
				lang={lang}
				colors={colors}
				isColor={isColor}
			/>
		);
	},
	mode: (s, lang) => (s.diff.filter.editing ? say(['filter', '筛选'], lang) : say(['diff', '对比'], lang)),
};
