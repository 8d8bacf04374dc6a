/** Shared setup for frame tests: the seed (and the synthetic 2022 report) as TUI data, rendered at a fixed size. */
import {render} from 'ink-testing-library';
import {App} from '../../src/tui/app.js';
import type {TuiData} from '../../src/tui/model.js';
import type {InitialOptions} from '../../src/tui/state.js';
import {SEED, SYNTHETIC_2022, loadReport} from '../helpers.js';

const y2023 = loadReport(SEED);
const y2022 = loadReport(SYNTHETIC_2022);

export const ONE_YEAR: TuiData = {region: '晋城市', years: [2023], byYear: new Map([[2023, y2023]])};
export const TWO_YEARS: TuiData = {
	region: '晋城市',
	years: [2022, 2023],
	byYear: new Map([
		[2022, y2022],
		[2023, y2023],
	]),
};

export function renderApp(
	data: TuiData,
	initial: Partial<InitialOptions> = {},
	size = {columns: 80, rows: 24},
	lang: 'zh' | 'en' = 'zh',
) {
	let quit = 0;
	const last = data.years.length - 1;
	const r = render(
		<App
			data={data}
			initial={{yearIndex: last, diffPair: [Math.max(0, last - 1), last], ...initial}}
			columns={size.columns}
			rows={size.rows}
			lang={lang}
			isColor={false}
			onQuit={() => quit++}
		/>,
	);
	return {...r, quits: () => quit};
}

/** Waits until the frame satisfies `ok` (rather than sleeping a fixed time). */
export async function waitFor(
	frame: () => string | undefined,
	ok: (f: string) => boolean,
	timeoutMs = 2000,
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const f = frame() ?? '';
		if (ok(f)) return f;
		if (Date.now() > deadline) throw new Error(`frame never matched; last frame:\n${f}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

/** Types keys one at a time, letting Ink see each as its own read. */
export async function press(stdin: {write(s: string): void}, ...keys: string[]): Promise<void> {
	for (const k of keys) {
		stdin.write(k);
		await new Promise(resolve => setTimeout(resolve, 15));
	}
}

export const KEYS = {
	down: '\u001B[B',
	up: '\u001B[A',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
} as const;
