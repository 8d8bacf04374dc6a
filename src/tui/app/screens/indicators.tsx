/** The Indicators screen: the table of the year's figures, filtered and sorted (see screen.ts). */
import {formatIndicatorValue} from '../../../render/format.js';
import {INDICATORS_KEYS, type IndicatorsCtx, indicatorsCommand} from '../../indicators/keys.js';
import {findBinding} from '../../keymap.js';
import {IndicatorsView} from '../../indicators/view.js';
import {windowStart} from '../../list.js';
import {type Derived, type Env, trendText} from '../derive.js';
import type {State} from '../state.js';
import {openIndicator} from '../step.js';
import {editingStatus, type Screen, shown} from './screen.js';
import {say} from '../../../core/said.js';

export const indicatorsCtx = (env: Env, state: State, d: Derived): IndicatorsCtx => ({
	state: state.indicators,
	rows: d.indicators,
	page: env.layout.indicatorsPage,
});

export const indicatorsScreen: Screen = {
	view: 'indicators',
	title: ['Indicators view', '指标视图'],
	bindings: (env, state, d) => shown(INDICATORS_KEYS, indicatorsCtx(env, state, d)),
	key(step, name) {
		const {env, state} = step;
		const d = step.derived;
		const ctx = indicatorsCtx(env, state, d);
		const b = findBinding(INDICATORS_KEYS, name, ctx);
		if (!b) return false;
		const command = indicatorsCommand(ctx, b.action);
		if (command === 'open') {
			const i = d.indicators[state.indicators.cursor];
			if (i) step.do(...openIndicator(env, state, i));
		} else if (command === 'regions') {
			// The shell loads that figure's measure across the governments (run.tsx).
			const i = d.indicators[state.indicators.cursor];
			if (i) {
				step.do({type: 'view', view: 'regions'});
				step.effects.push({kind: 'regions', figure: i});
			}
		} else if (command) step.do(command);
		return true;
	},
	status(s, d, lang) {
		if (s.indicators.filter.editing) return editingStatus('filter', s.indicators.filter.value, lang);
		const i = d.indicators[s.indicators.cursor];
		return i ? `${s.indicators.cursor + 1}/${d.indicators.length} · ${i.id} · ${i.sectionTitle}` : '';
	},
	copyText(state, d) {
		const i = d.indicators[state.indicators.cursor];
		return i ? `${i.label} ${formatIndicatorValue(i)} ${i.unit}\t${i.sentence}` : null;
	},
	render({state, derived, env, isColor, tops}) {
		const {layout, lang, data, colors} = env;
		tops.indicators = windowStart(
			state.indicators.cursor,
			derived.indicators.length,
			layout.indicatorsPage,
			tops.indicators,
		);
		const selected = derived.indicators[state.indicators.cursor];
		return (
			<IndicatorsView
				rows={derived.indicators}
				total={derived.year.indicators.length}
				state={state.indicators}
				top={tops.indicators}
				trend={selected ? trendText(data, selected, lang) : null}
				width={layout.columns}
				height={layout.body}
				lang={lang}
				isColor={isColor}
				colors={colors}
			/>
		);
	},
	mode: (s, lang) => (s.indicators.filter.editing ? say(['filter', '筛选'], lang) : say(['table', '指标'], lang)),
};
