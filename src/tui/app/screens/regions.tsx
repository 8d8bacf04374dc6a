/** The Regions screen: one measure across every stored government for a year (see screen.ts). */
import {formatChange, formatIndicatorValue} from '../../../render/format.js';
import {findBinding} from '../../keymap.js';
import {REGIONS_KEYS, type RegionsCtx, regionsCommand} from '../../regions/keys.js';
import {windowStart} from '../../list.js';
import {regionsPage, RegionsView} from '../../regions/view.js';
import type {Derived, Env} from '../derive.js';
import type {State} from '../state.js';
import {editingStatus, type Screen, shown} from './screen.js';
import {say} from '../../../core/said.js';

export const regionsCtx = (env: Env, state: State, d: Derived): RegionsCtx => ({
	state: state.regions,
	data: env.regions ?? null,
	lines: d.regionLines,
	page: regionsPage(env.layout.body),
});

export const regionsScreen: Screen = {
	view: 'regions',
	title: ['Regions view', '地区视图'],
	bindings: (env, state, d) => shown(REGIONS_KEYS, regionsCtx(env, state, d)),
	key(step, name) {
		const {env, state} = step;
		const ctx = regionsCtx(env, state, step.derived);
		const b = findBinding(REGIONS_KEYS, name, ctx);
		if (!b) return false;
		const command = regionsCommand(ctx, b.action);
		if (command === 'open') {
			const line = ctx.lines[state.regions.cursor];
			if (line) {
				const {row, figure} = line;
				const ref = {body: row.body, region: row.region, regionCode: row.regionCode, year: figure.year, title: ''};
				step.effects.push({kind: 'open', ref, figure});
			}
		} else if (command && 'message' in command) step.say(command.message);
		else if (command) step.do(command);
		return true;
	},
	status(s, d, lang) {
		if (s.regions.filter.editing) return editingStatus('filter', s.regions.filter.value, lang);
		const l = d.regionLines[s.regions.cursor];
		if (!l) return '';
		const change = l.change === null ? '' : ` (${formatChange(l.change, l.figure.qualifier !== null)})`;
		return `${l.row.region} ${l.figure.year} · ${l.figure.label} ${formatIndicatorValue(l.figure)}${l.figure.unit}${change} · ${l.figure.sentence}`;
	},
	copyText(state, d) {
		const l = d.regionLines[state.regions.cursor];
		return l
			? `${l.row.region}\t${l.figure.year}\t${l.figure.label}\t${formatIndicatorValue(l.figure)}\t${l.figure.unit}`
			: null;
	},
	render({state, derived, env, isColor, tops}) {
		const {layout, lang, colors} = env;
		tops.regions = windowStart(
			state.regions.cursor,
			derived.regionLines.length,
			regionsPage(layout.body),
			tops.regions,
		);
		return (
			<RegionsView
				data={env.regions ?? null}
				lines={derived.regionLines}
				top={tops.regions}
				state={state.regions}
				width={layout.columns}
				height={layout.body}
				lang={lang}
				colors={colors}
				isColor={isColor}
			/>
		);
	},
	mode: (s, lang) => (s.regions.filter.editing ? say(['filter', '筛选'], lang) : say(['regions', '地区'], lang)),
};
