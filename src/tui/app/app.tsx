import {Box, Text} from 'ink';
import {type ReactElement, useEffect, useMemo, useRef, useState} from 'react';
import type {Theme} from '../../render/theme.js';
import {wrap} from '../../render/width.js';
import type {ReportRef, TuiData} from '../data.js';
import {helpLines, HelpView} from '../help/view.js';
import {PickerView} from '../picker/view.js';
import type {RegionsData} from '../regions/model.js';
import type {Indicator} from '../../core/types.js';
import {openIndicator} from './step.js';
import {Footer, Header, StatusLine} from './chrome.js';
import {derive, type Env} from './derive.js';
import {helpSections, shortHelp} from './help.js';
import {SCREENS} from './screens/index.js';
import {layoutOf, MIN_COLUMNS, MIN_ROWS} from './layout.js';
import {createState, type InitialOptions, reduce, type State, type View} from './state.js';
import {type AppEvent, type Effect, update} from './update.js';
import {say} from '../../core/said.js';

/** Where input events come from: the shell reads the terminal, a test writes bytes. */
export interface InputSource {
	subscribe(listener: (events: readonly AppEvent[]) => void): () => void;
}

export interface AppProps {
	readonly data: TuiData;
	readonly catalogue: readonly ReportRef[];
	readonly initial: InitialOptions;
	readonly columns: number;
	readonly rows: number;
	readonly lang: 'zh' | 'en';
	/** False under NO_COLOR: no colours, but bold and inverse video still mark the selection. */
	readonly isColor: boolean;
	readonly colors: Theme;
	readonly input: InputSource;
	readonly onEffect: (effect: Effect) => void;
	/** When `data` is replaced (another report opened, the store changed): the year to show. */
	readonly year?: number;
	/** With a new `data`: the figure to show in its section (a report opened from the Regions screen). */
	readonly focus?: Indicator;
	/** The Regions screen's data, once the shell has loaded it. */
	readonly regions?: RegionsData | null;
	/** Called after every render that follows input (tests wait on it rather than sleeping). */
	readonly onRendered?: () => void;
}

export function App(props: AppProps) {
	const {data, catalogue, columns, rows, lang, isColor, colors} = props;
	const [state, setState] = useState(() => createState(props.initial));
	// Counts input batches: every batch renders, even one that changes nothing, so that a frame follows each key.
	const [, setBatches] = useState(0);
	const latest = useRef(state);
	const regions = props.regions ?? null;
	const env: Env = useMemo(
		() => ({data, catalogue, layout: layoutOf(columns, rows), lang, colors, regions}),
		[data, catalogue, columns, rows, lang, colors, regions],
	);
	const envRef = useRef(env);
	envRef.current = env;
	const onEffect = useRef(props.onEffect);
	onEffect.current = props.onEffect;

	// New data: keep what still fits, show the year asked for.
	const shownData = useRef(data);
	if (shownData.current !== data) {
		const before = shownData.current;
		const wanted = props.year ?? before.years[latest.current.yearIndex];
		const at = wanted === undefined ? -1 : data.years.indexOf(wanted);
		shownData.current = data;
		latest.current = reduce(latest.current, {
			type: 'data',
			years: data.years.length,
			yearIndex: at >= 0 ? at : data.years.length - 1,
			sameBody: before.body === data.body,
		});
		// Opened at a figure (from the Regions screen): its section, the figure selected.
		const focus = props.focus && data.byYear.get(props.focus.year)?.indicators.find(i => i.id === props.focus!.id);
		if (focus)
			for (const action of openIndicator(env, latest.current, focus)) latest.current = reduce(latest.current, action);
	}
	// New Regions data (another measure): open on its year, at the top.
	const shownRegions = useRef<RegionsData | null>(null);
	if (shownRegions.current !== regions) {
		shownRegions.current = regions;
		if (regions) latest.current = reduce(latest.current, {type: 'regions/loaded', year: regions.year});
	}

	useEffect(
		() =>
			props.input.subscribe(events => {
				let next = latest.current;
				for (const event of events) {
					const result = update(next, event, envRef.current);
					next = result.state;
					for (const effect of result.effects) onEffect.current(effect);
				}
				latest.current = next;
				setState(next);
				setBatches(n => n + 1);
			}),
		[props.input],
	);
	const onRendered = props.onRendered;
	useEffect(() => {
		onRendered?.();
	});

	const s = latest.current;
	const tops = useRef<Record<View, number>>({sections: 0, indicators: 0, diff: 0, regions: 0});
	if (!env.layout.fits) {
		const message = say(
			[
				`Terminal too small (${columns}×${rows}): jcfz needs ${MIN_COLUMNS}×${MIN_ROWS}. Enlarge it, or press q to quit.`,
				`终端太小（${columns}×${rows}）：jcfz 至少需要 ${MIN_COLUMNS}×${MIN_ROWS}。放大窗口，或按 q 退出。`,
			],
			lang,
		);
		return (
			<Box flexDirection="column">
				{wrap(message, Math.max(1, columns))
					.slice(0, Math.max(1, rows))
					.map(line => (
						<Text key={line}>{line}</Text>
					))}
			</Box>
		);
	}
	const d = derive(env, s);
	const {layout} = env;
	const report = d.year.report;
	const published = report.published ? ` · ${say(['published', '发布'], lang)} ${report.published}` : '';
	// Test data says so where a narrow header still shows it, not only at the end of a long title.
	const synthetic = /合成测试数据/.test(report.title) ? ' · 合成测试数据' : '';
	const shownTitle = synthetic ? report.title.replace(/[（(]?合成测试数据[^）)]*[）)]?/u, '') : report.title;
	const title = `jcfz · ${report.region} ${report.year}${synthetic}${published} · ${shownTitle || say(['(no title)', '（无标题）'], lang)}`;

	let screen: ReactElement;
	let mode: string;
	if (s.overlay?.kind === 'help') {
		mode = say(['help', '帮助'], lang);
		screen = (
			<HelpView
				lines={helpLines(helpSections(env, s, d), lang, isColor)}
				scroll={s.overlay.scroll}
				width={columns}
				height={layout.body}
				lang={lang}
				isColor={isColor}
			/>
		);
	} else if (s.overlay?.kind === 'picker') {
		mode = say(['open', '选择报告'], lang);
		screen = (
			<PickerView
				rows={d.picker}
				total={catalogue.length}
				state={s.overlay}
				current={{body: data.body, year: report.year}}
				width={columns}
				height={layout.body}
				lang={lang}
			/>
		);
	} else {
		const shown = SCREENS[s.view];
		mode = shown.mode(s, lang);
		screen = shown.render({state: s, derived: d, env, isColor, tops: tops.current});
	}
	if (s.overlay?.kind === 'jump') mode = say(['jump', '跳转'], lang);
	if (s.overlay?.kind === 'export') mode = say(['export', '导出'], lang);

	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Header title={title} view={s.view} width={columns} lang={lang} />
			<Box height={layout.body} flexDirection="column">
				{screen}
			</Box>
			<StatusLine text={statusText(s, d, lang, data.years)} width={columns} isMessage={s.message !== null} />
			<Footer mode={mode} keys={shortHelp(env, s, d)} width={columns} />
		</Box>
	);
}

/** The status line: a message, the box being edited, or what is selected. */
function statusText(s: State, d: ReturnType<typeof derive>, lang: 'zh' | 'en', _years: readonly number[]): string {
	if (s.message) return say(s.message, lang);
	if (s.overlay?.kind === 'jump')
		return `${say(['go to section', '跳到章节'], lang)} :${s.overlay.value}▏  ${say(['e.g. 5.2 or 五; Enter goes, Esc cancels', '如 5.2、五；回车跳转，Esc 取消'], lang)}`;
	if (s.overlay?.kind === 'export' && s.view === 'sections')
		return say(
			[
				'export this section: c CSV (its figures) · j JSON · m Markdown (its text and figures) · Esc cancels',
				'导出本节：c CSV（其数字）· j JSON · m Markdown（正文与数字）· Esc 取消',
			],
			lang,
		);
	if (s.overlay?.kind === 'export')
		return say(
			[
				'export this view: c CSV · j JSON · m Markdown · Esc cancels',
				'导出当前视图：c CSV · j JSON · m Markdown · Esc 取消',
			],
			lang,
		);
	if (s.overlay?.kind === 'picker' && s.overlay.confirm) {
		const {ref} = s.overlay.confirm;
		if (s.overlay.confirm.kind === 'remove')
			return say(
				[
					`Remove ${ref.region} ${ref.year} from the store? It is kept in the backups (jcfz restore). y removes · any other key cancels`,
					`从库中删除 ${ref.region} ${ref.year}？它会先备份（jcfz restore 可恢复）。y 删除 · 其他键取消`,
				],
				lang,
			);
		return say(
			[
				`File ${ref.region} ${ref.year} as (region year): ${s.overlay.confirm.value}▏  Enter moves, Esc cancels`,
				`把 ${ref.region} ${ref.year} 改到（地区 年份）：${s.overlay.confirm.value}▏  回车确认，Esc 取消`,
			],
			lang,
		);
	}
	if (s.overlay) return '';
	return SCREENS[s.view].status(s, d, lang);
}
