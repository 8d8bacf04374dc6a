/** The header's tabs (pure): what the header draws and what a click on it hits. */
import {VIEW_ORDER, type View} from './state.js';
import {say} from '../../core/said.js';

const TABS: Readonly<Record<View, readonly [string, string]>> = {
	sections: ['Sections', '章节'],
	indicators: ['Indicators', '指标'],
	diff: ['Diff', '对比'],
	regions: ['Regions', '地区'],
};

/**
 * The header's tabs, in VIEW_ORDER (what a click on the header hits, update.ts): on a narrow screen only the current
 * view is named, the title needs the room.
 */
export function headerTabs(view: View, columns: number, lang: 'zh' | 'en'): {v: View; text: string}[] {
	const narrow = columns < 100;
	return VIEW_ORDER.map((v, k) => ({
		v,
		text: narrow && v !== view ? ` ${k + 1} ` : ` ${k + 1} ${say(TABS[v], lang)} `,
	}));
}
