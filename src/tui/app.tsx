/**
 * The explorer's root: holds the state (one reducer), maps keys through the key maps, derives what to show, and
 * routes to one of three views. No I/O: data comes in as props, quitting is reported through `onQuit`.
 */
import {Box, Text, useInput} from 'ink';
import {useMemo, useRef, useState} from 'react';
import {formatIndicatorValue} from '../render/format.js';
import {inertLine} from '../render/sanitize.js';
import {truncate} from '../render/width.js';
import {Footer, Header, HelpOverlay} from './components/chrome.js';
import {isEditing, keyToCommand} from './controller.js';
import {DIFF_KEYS, GLOBAL_KEYS, INDICATORS_KEYS, keyName, SECTIONS_KEYS, type Binding} from './keys.js';
import {
	contextFor,
	currentYear,
	diffFor,
	filterIndicators,
	selectedSection,
	sectionFigures,
	sortedIndicators,
	visibleDiffRows,
	type TuiData,
} from './model.js';
import {createState, reduce, type InitialOptions, type State, type View} from './state.js';
import {DiffView, diffPage} from './views/diff-view.js';
import {IndicatorsView, indicatorPage} from './views/indicators-view.js';
import {outlineWidth, SectionsView} from './views/sections-view.js';

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

export interface AppProps {
	readonly data: TuiData;
	readonly initial: InitialOptions;
	readonly columns: number;
	readonly rows: number;
	readonly lang: 'zh' | 'en';
	/** False under NO_COLOR. */
	readonly isColor: boolean;
	readonly onQuit: () => void;
}

/** Each view's keys, then the global ones: what the footer and the help overlay list. */
const BINDINGS: Readonly<Record<View, readonly Binding<string>[]>> = {
	sections: [...SECTIONS_KEYS, ...GLOBAL_KEYS],
	indicators: [...INDICATORS_KEYS, ...GLOBAL_KEYS],
	diff: [...DIFF_KEYS, ...GLOBAL_KEYS],
};

export function App({data, initial, columns, rows, lang, isColor, onQuit}: AppProps) {
	const [state, setState] = useState(() => createState(initial));
	// Keys can arrive faster than React re-renders ("/" then "复议" in one read): each key is applied to the
	// latest state, not to the one of the last render.
	const latest = useRef(state);
	const zh = lang === 'zh';
	const year = currentYear(data, state);
	const bodyHeight = rows - 3;
	const textWidth = columns - outlineWidth(columns) - 2;

	const sorted = sortedIndicators(year, state);
	const filtered = filterIndicators(sorted, state.indicators.filter.value);
	const diff = state.view === 'diff' ? diffFor(data, state.diff.pair) : null;
	const diffRows = useMemo(
		() => visibleDiffRows(diff, state.diff.status, state.diff.filter.value),
		[diff, state.diff.status, state.diff.filter.value],
	);
	const section = selectedSection(year, state);
	const figures = useMemo(() => sectionFigures(year, section, textWidth), [year, section, textWidth]);
	const pageOf = (s: State) =>
		s.view === 'sections' ? bodyHeight : s.view === 'indicators' ? indicatorPage(bodyHeight) : diffPage(bodyHeight);

	const apply = (name: string, input: string): boolean => {
		const current = latest.current;
		const command = keyToCommand(current, contextFor(data, current, textWidth, pageOf(current)), name, input);
		if (!command) return true;
		if (command.type === 'quit') {
			onQuit();
			return false;
		}
		latest.current = reduce(current, command);
		return true;
	};

	useInput((input, key) => {
		const name = keyName(input, key);
		const chars = [...input];
		// Several characters in one read ("/复议" typed fast, or pasted): outside a text box they are keys, one
		// by one; inside one (IME commits, pastes) they are text, appended whole.
		if (name === input && chars.length > 1 && !isEditing(latest.current)) {
			for (const ch of chars) if (!apply(ch, ch)) return;
		} else if (!apply(name, input)) return;
		setState(latest.current);
	});

	if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
		return (
			<Text>
				{truncate(
					zh
						? `终端太小（${columns}×${rows}），至少需要 ${MIN_COLUMNS}×${MIN_ROWS}。q 退出`
						: `terminal too small (${columns}×${rows}): jcfz needs ${MIN_COLUMNS}×${MIN_ROWS}. q quits`,
					columns,
				)}
			</Text>
		);
	}

	const title = zh
		? `jcfz · ${year.report.region} ${year.report.year} · ${year.report.sections.length} 章 · ${year.indicators.length} 项指标`
		: `jcfz · ${year.report.region} ${year.report.year} · ${year.report.sections.length} sections · ${year.indicators.length} indicators`;
	let detail = '';
	if (state.view === 'sections') {
		const figure = figures[state.sections.figure];
		const search = state.sections.search;
		if (search.editing || search.value)
			detail = `/${search.value}${search.editing ? '▏' : ''}  ${zh ? 'n/N 下一个/上一个' : 'n/N next/previous'}`;
		else if (state.sections.pane === 'text' && figure)
			detail = `${figure.label}  ${formatIndicatorValue(figure)} ${figure.unit}  · ${figure.id}`;
		else if (section)
			detail = zh
				? `${section.id} ${section.title} · ${figures.length} 项指标`
				: `${section.id} ${section.title} · ${figures.length} indicators`;
	} else if (state.view === 'indicators') {
		detail = filtered[state.indicators.cursor]?.sentence ?? '';
	} else {
		const row = diffRows[state.diff.cursor];
		detail = row ? (row.to ?? row.from)!.sentence : '';
	}
	const bindings = BINDINGS[state.view];

	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Header title={title} view={state.view} width={columns} lang={lang} />
			<Box height={bodyHeight} flexDirection="column">
				{state.showHelp ? (
					<HelpOverlay view={state.view} bindings={bindings} width={columns} height={bodyHeight} lang={lang} />
				) : state.view === 'sections' ? (
					<SectionsView
						report={year.report}
						indicators={year.indicators}
						state={state.sections}
						width={columns}
						height={bodyHeight}
						isColor={isColor}
					/>
				) : state.view === 'indicators' ? (
					<IndicatorsView
						rows={filtered}
						total={year.indicators.length}
						state={state.indicators}
						width={columns}
						height={bodyHeight}
						lang={lang}
					/>
				) : (
					<DiffView
						region={data.region}
						years={diff?.years ?? null}
						rows={diffRows}
						summary={diff?.diff.summary ?? null}
						state={state.diff}
						width={columns}
						height={bodyHeight}
						lang={lang}
					/>
				)}
			</Box>
			<Text wrap="truncate-end">{truncate(inertLine(detail), columns)}</Text>
			<Footer bindings={bindings} width={columns} lang={lang} />
		</Box>
	);
}
