/**
 * Shared setup for explorer tests: the seed (and the SYNTHETIC 2022 report) as explorer data, rendered at a fixed
 * size with colour off, input typed as the bytes a terminal would send (through the real key reader), and a wait
 * for the frame that follows each input rather than a sleep.
 */
import {render} from 'ink-testing-library';
import {theme} from '../../src/render/theme.js';
import {App} from '../../src/tui/app/app.js';
import type {InitialOptions} from '../../src/tui/app/state.js';
import type {AppEvent, Effect} from '../../src/tui/app/update.js';
import type {ReportRef, TuiData} from '../../src/tui/data.js';
import {createKeyReader} from '../../src/tui/input/read-keys.js';
import type {RegionsData} from '../../src/tui/regions/model.js';
import {SEED, SYNTHETIC_2022, loadReport} from '../helpers.js';

const y2023 = loadReport(SEED);
const y2022 = loadReport(SYNTHETIC_2022);

export const ONE_YEAR: TuiData = {body: '140500', region: '晋城市', years: [2023], byYear: new Map([[2023, y2023]])};
export const TWO_YEARS: TuiData = {
	body: '140500',
	region: '晋城市',
	years: [2022, 2023],
	byYear: new Map([
		[2022, y2022],
		[2023, y2023],
	]),
};

export const CATALOGUE: readonly ReportRef[] = [
	{body: '140500', region: '晋城市', regionCode: '140500', year: 2023, title: y2023.report.title},
	{body: '140500', region: '晋城市', regionCode: '140500', year: 2022, title: y2022.report.title},
	{
		body: '140521',
		region: '沁水县',
		regionCode: '140521',
		year: 2023,
		title: '沁水县2023年法治政府建设情况的报告（合成测试数据）',
	},
];

export function renderApp(
	data: TuiData,
	initial: Partial<InitialOptions> = {},
	size = {columns: 80, rows: 24},
	lang: 'zh' | 'en' = 'zh',
	regions: RegionsData | null = null,
) {
	const listeners = new Set<(events: readonly AppEvent[]) => void>();
	const reader = createKeyReader();
	const effects: Effect[] = [];
	let renders = 0;
	const last = data.years.length - 1;
	const element = (d: TuiData, year?: number) => (
		<App
			data={d}
			catalogue={CATALOGUE}
			initial={{yearIndex: last, diffPair: [Math.max(0, last - 1), last], ...initial}}
			year={year}
			regions={regions}
			columns={size.columns}
			rows={size.rows}
			lang={lang}
			isColor={false}
			colors={theme()}
			input={{
				subscribe: l => {
					listeners.add(l);
					return () => listeners.delete(l);
				},
			}}
			onEffect={e => effects.push(e)}
			onRendered={() => renders++}
		/>
	);
	const r = render(element(data));
	/** Sends events and waits for the frame they make. */
	const send = async (events: readonly AppEvent[]) => {
		const before = renders;
		for (const l of listeners) l(events);
		const deadline = Date.now() + 2000;
		while (renders === before) {
			if (Date.now() > deadline) throw new Error('no frame followed the input');
			await new Promise(resolve => setTimeout(resolve, 1));
		}
	};
	return {
		...r,
		effects,
		/** Each argument is one read from the terminal: "复议\r" is one read of three keys. */
		type: async (...reads: string[]) => {
			for (const read of reads) await send([...reader.push(read), ...reader.flush()]);
		},
		send,
		/** Replaces the data, as the shell does when a report is opened or the store changes. */
		rerender: (d: TuiData, year?: number) => r.rerender(element(d, year)),
	};
}

export const KEYS = {
	down: '\u001B[B',
	up: '\u001B[A',
	right: '\u001B[C',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	delete: '\u001B[3~',
	f2: '\u001BOQ',
	pasteStart: '\u001B[200~',
	pasteEnd: '\u001B[201~',
} as const;
