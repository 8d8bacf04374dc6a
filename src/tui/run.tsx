/**
 * The explorer's shell (all its I/O): loads the reports the scope module chooses, reads the terminal's input into
 * key events (bracketed paste and mouse reporting on), renders <App> full-screen on the alternate screen, follows
 * the terminal's size, carries out the App's effects (open a report, copy with OSC 52, export a file), reloads
 * when another jcfz changes the store, and restores the terminal on q, Ctrl-C, a signal (TERM, INT, QUIT, HUP — a
 * closed terminal included) or a crash.
 */
import {watchFile, unwatchFile} from 'node:fs';
import {resolve} from 'node:path';
import {render, useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {JcfzError, saidOf} from '../core/errors.js';
import {inert} from '../core/inert.js';
import {changeColors, theme} from '../render/theme.js';
import {resolveBody} from '../store/scope.js';
import {resolveRegion} from '../core/region/identify.js';
import {writeFileAtomic} from '../store/atomic-file.js';
import {checkOutputTarget} from '../store/output-target.js';
import type {Store} from '../store/store.js';
import {App, type InputSource} from './app/app.js';
import type {InitialOptions, View} from './app/state.js';
import type {AppEvent, Effect} from './app/update.js';
import type {ReportRef, TuiData, YearData} from './data.js';
import {createKeyReader} from './input/read-keys.js';
import type {Indicator} from '../core/types.js';
import type {RegionsData} from './regions/model.js';
import {loadRegions} from './regions/load.js';

export interface TuiOptions {
	readonly year?: number;
	readonly region?: string;
	readonly view: View;
	readonly filter: string;
	readonly diff?: readonly number[];
	readonly lang: 'zh' | 'en';
	/** Colours on (decided before the explorer loads: see commands/tui.ts). */
	readonly isColor: boolean;
}

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
/** Bracketed paste (a paste arrives marked, so its newline is not a stray Enter) and SGR mouse reports. */
const INPUT_MODES_ON = '\u001B[?2004h\u001B[?1000h\u001B[?1006h';
const INPUT_MODES_OFF = '\u001B[?1006l\u001B[?1000l\u001B[?2004l';
/** How long a lone ESC waits for the rest of a sequence before it is the Escape key. */
const ESCAPE_WAIT_MS = 30;

/** Every year of one reporting body. */
async function loadBody(store: Store, body: string, region: string): Promise<TuiData> {
	const byYear = new Map<number, YearData>();
	for (const e of await store.entries(body)) {
		const {report, indicators} = await store.load(e);
		byYear.set(e.year, {report, indicators});
	}
	return {body, region, years: [...byYear.keys()], byYear};
}

/** Loads every year of the body in scope (the scope module decides which: --region, jcfz use, the only one). */
export async function loadTuiData(store: Store, options: Pick<TuiOptions, 'region'>): Promise<TuiData> {
	const body = resolveBody(store, options.region);
	return loadBody(store, body.key, body.region);
}

/**
 * Every stored report, from the store's index; titles from the cross-report index when it is up to date (no
 * report document is read, and the explorer never rebuilds the index: without it, titles are left out).
 */
export async function catalogueOf(store: Store): Promise<ReportRef[]> {
	const index = await store.indexIfReady();
	const titles = new Map<string, string>();
	try {
		if (index)
			for (const year of await index.years())
				for (const [slot, title] of await index.titles(year)) titles.set(slot, title);
	} catch {
		// A damaged index (a line that is not [slot, title]) costs the titles, never the explorer: the next
		// rank or search --all rebuilds it.
		titles.clear();
	}
	return store.bodies.flatMap(b =>
		b.years.map(year => ({
			body: b.key,
			region: b.region,
			regionCode: b.regionCode,
			year,
			title: titles.get(`${b.key}@${year}`) ?? '',
		})),
	);
}

export function initialOptions(data: TuiData, options: TuiOptions): InitialOptions {
	const yearIndex =
		options.year !== undefined && data.years.includes(options.year)
			? data.years.indexOf(options.year)
			: data.years.length - 1;
	if (options.year !== undefined && !data.years.includes(options.year)) {
		throw new JcfzError(
			'not-found',
			`no ${data.region} report for ${options.year}: the store has ${data.years.join(', ')}`,
			`没有${data.region} ${options.year} 年的报告：库中有 ${data.years.join('、')}`,
		);
	}
	const last = data.years.length - 1;
	let diffPair: [number, number] = [Math.max(0, last - 1), last];
	if (options.diff) {
		// A year that is well formed but not stored is "nothing found" (exit 1), as for jcfz diff.
		const absent = options.diff.length === 2 ? options.diff.find(y => !data.years.includes(y)) : undefined;
		if (absent !== undefined)
			throw new JcfzError(
				'not-found',
				`no ${data.region} report for ${absent}: the store has ${data.years.join(', ')} (--diff wants two of them)`,
				`没有${data.region} ${absent} 年的报告：库中有 ${data.years.join('、')}（--diff 需要其中两个年份）`,
			);
		const [a, b] = options.diff.map(y => data.years.indexOf(y));
		if (options.diff.length !== 2 || a === undefined || b === undefined || a < 0 || b < 0 || a === b) {
			throw new JcfzError(
				'usage',
				`--diff wants two different years of ${data.region} from the store (${data.years.join(', ')}), e.g. --diff ${data.years.slice(-2).join(' ')}`,
				`--diff 需要库中${data.region}的两个不同年份（${data.years.join('、')}），例如 --diff ${data.years.slice(-2).join(' ')}`,
			);
		}
		diffPair = a < b ? [a, b] : [b, a];
	}
	return {view: options.view, yearIndex, filter: options.filter, diffPair};
}

/** Key events from the terminal: each read split into keys, a lone ESC sent once nothing follows it. */
function terminalInput(stdin: NodeJS.ReadStream): InputSource & {push(events: AppEvent[]): void; close(): void} {
	const reader = createKeyReader();
	const listeners = new Set<(events: readonly AppEvent[]) => void>();
	const emit = (events: readonly AppEvent[]) => {
		if (events.length) for (const l of listeners) l(events);
	};
	let timer: NodeJS.Timeout | undefined;
	const onData = (chunk: string) => {
		clearTimeout(timer);
		emit(reader.push(chunk));
		timer = setTimeout(() => emit(reader.flush()), ESCAPE_WAIT_MS);
	};
	stdin.setEncoding('utf8');
	if (stdin.isTTY) stdin.setRawMode(true);
	stdin.on('data', onData);
	stdin.resume();
	return {
		subscribe: listener => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		push: emit,
		close: () => {
			clearTimeout(timer);
			stdin.off('data', onData);
			if (stdin.isTTY) stdin.setRawMode(false);
			stdin.pause();
		},
	};
}

/** The terminal's size now (80×24 when it does not say). */
function sizeOf(stdout: NodeJS.WriteStream): {columns: number; rows: number} {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

function useTerminalSize(): {columns: number; rows: number} {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const onResize = () => setSize(sizeOf(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

interface RootProps {
	readonly store: Store;
	readonly first: TuiData;
	readonly firstCatalogue: ReportRef[];
	readonly initial: InitialOptions;
	readonly lang: 'zh' | 'en';
	readonly isColor: boolean;
	readonly input: ReturnType<typeof terminalInput>;
	readonly onQuit: () => void;
	readonly write: (text: string) => void;
}

/** The shell component: holds the data on show, and reloads it when asked or when the store changes. */
function Root({store, first, firstCatalogue, initial, lang, isColor, input, onQuit, write}: RootProps) {
	const {columns, rows} = useTerminalSize();
	const [shown, setShown] = useState<{
		data: TuiData;
		year?: number;
		focus?: Indicator;
		catalogue: ReportRef[];
	}>(() => ({data: first, catalogue: firstCatalogue}));
	const [regions, setRegions] = useState<RegionsData | null>(null);
	const say = (message: readonly [string, string]) => input.push([{kind: 'message', message}]);
	const cannotRead = (error: unknown) => {
		const [en, zh] = saidOf(error);
		say([`cannot read the store: ${en}`, `无法读取库：${zh}`]);
	};
	const reload = async (body: string, region: string, year?: number, focus?: Indicator) => {
		try {
			await store.refresh();
			const data = await loadBody(store, body, region);
			if (data.years.length === 0) return;
			setShown({data, year, focus, catalogue: await catalogueOf(store)});
		} catch (error) {
			cannotRead(error);
		}
	};
	/** The Regions screen's data: the measure of `figure`, else the one most reports share. */
	const loadMeasure = async (figure?: Indicator) => {
		try {
			const year = shown.year ?? shown.data.years[shown.data.years.length - 1]!;
			const data = await loadRegions(store, shown.data, year, figure);
			if (data) setRegions(data);
			else say(['no figure is stored in any report yet', '库中的报告还没有任何数字']);
		} catch (error) {
			cannotRead(error);
		}
	};
	/** A change confirmed in the picker: made under the store's lock, said, and the store shown as it now is. */
	const change = async (effect: Extract<Effect, {kind: 'remove' | 'move'}>) => {
		const {ref} = effect;
		const entry = {body: ref.body, id: `${ref.region}-${ref.year}`};
		try {
			if (effect.kind === 'remove') {
				const [backup] = await store.remove([entry]);
				const left = store.bodies.find(b => b.key === shown.data.body) ?? store.bodies[0];
				if (left) await reload(left.key, left.region);
				say([
					`removed ${ref.region} ${ref.year}; backup ${backup!.id} (jcfz restore ${backup!.id} puts it back)`,
					`已删除 ${ref.region} ${ref.year}；备份 ${backup!.id}（jcfz restore ${backup!.id} 可恢复）`,
				]);
				if (!left) onQuit();
				return;
			}
			const moved = await store.move(entry, {...resolveRegion(effect.region), year: effect.year});
			await reload(moved.to.body, moved.to.region, moved.to.year);
			say([
				`moved ${ref.region} ${ref.year} → ${moved.to.region} ${moved.to.year}; backup ${moved.backups[0]!.id}`,
				`已将 ${ref.region} ${ref.year} 改为 ${moved.to.region} ${moved.to.year}；备份 ${moved.backups[0]!.id}`,
			]);
		} catch (error) {
			say(saidOf(error));
		}
	};
	// Opened on the Regions view (tui --view regions): its data at once.
	// biome-ignore lint/correctness/useExhaustiveDependencies: once, at the start
	useEffect(() => {
		if (initial.view === 'regions') void loadMeasure();
	}, []);
	// Another jcfz imported, replaced or removed a report: show the store as it now is.
	const body = shown.data.body;
	const region = shown.data.region;
	// biome-ignore lint/correctness/useExhaustiveDependencies: reload reads the store anew; the body is what matters
	useEffect(() => {
		const onChange = () => void reload(body, region);
		watchFile(store.path, {interval: 1000}, onChange);
		return () => unwatchFile(store.path, onChange);
	}, [store, body, region]);
	const onEffect = (effect: Effect) => {
		if (effect.kind === 'quit') onQuit();
		else if (effect.kind === 'copy') {
			// OSC 52: the terminal puts the text on the clipboard. Only base64 is written, so nothing in the
			// text can drive the terminal.
			write(`\u001B]52;c;${Buffer.from(inert(effect.text), 'utf8').toString('base64')}\u0007`);
		} else if (effect.kind === 'export') {
			const path = resolve(effect.file.name);
			Promise.resolve()
				.then(() => {
					checkOutputTarget(path, store.path);
					return writeFileAtomic(path, effect.file.text, 'output');
				})
				.then(
					() => say([`wrote ${path}`, `已写入 ${path}`]),
					(error: Error) => say(saidOf(error)),
				);
		} else if (effect.kind === 'open') {
			void reload(effect.ref.body, effect.ref.region, effect.ref.year, effect.figure);
		} else if (effect.kind === 'regions') {
			void loadMeasure(effect.figure);
		} else if (effect.kind === 'remove' || effect.kind === 'move') {
			void change(effect);
		}
	};
	return (
		<App
			data={shown.data}
			catalogue={shown.catalogue}
			initial={initial}
			year={shown.year}
			focus={shown.focus}
			regions={regions}
			columns={columns}
			rows={rows}
			lang={lang}
			isColor={isColor}
			colors={theme(changeColors(process.env))}
			input={input}
			onEffect={onEffect}
		/>
	);
}

/** Exit codes for signals, as shells report them (128 + the signal's number). */
const SIGNAL_CODES = {SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143} as const;

export async function runTui(store: Store, options: TuiOptions): Promise<void> {
	const first = await loadTuiData(store, options);
	const initial = initialOptions(first, options);
	const firstCatalogue = await catalogueOf(store);
	const out = process.stdout;
	let hungUp = false;
	// Writes to a terminal that has gone (SIGHUP, a closed pty) fail with EIO: that must not abort the process.
	const write = (text: string) => {
		if (hungUp) return;
		try {
			out.write(text);
		} catch {
			hungUp = true;
		}
	};
	out.on('error', () => {
		hungUp = true;
	});
	let restored = false;
	const input = terminalInput(process.stdin);
	const restore = () => {
		if (restored) return;
		restored = true;
		input.close();
		write(INPUT_MODES_OFF + SHOW_CURSOR + LEAVE_ALT);
	};
	write(ENTER_ALT + INPUT_MODES_ON);
	const onSignal = (signal: keyof typeof SIGNAL_CODES) => {
		// A hang-up may come while the terminal is still there (kill -HUP): restore it all the same; a terminal that
		// has gone fails the writes, which `write` absorbs.
		try {
			instance.unmount();
		} catch {}
		restore();
		process.exit(SIGNAL_CODES[signal]);
	};
	const onCrash = (error: unknown) => {
		restore();
		process.stderr.write(
			`jcfz: internal error: ${inert(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
		);
		process.exit(70);
	};
	const signals = Object.keys(SIGNAL_CODES) as (keyof typeof SIGNAL_CODES)[];
	for (const s of signals) process.on(s, onSignal);
	process.on('uncaughtException', onCrash);
	process.on('exit', restore);
	let quit: () => void = () => {};
	const done = new Promise<void>(resolve => {
		quit = resolve;
	});
	const instance = render(
		<Root
			store={store}
			first={first}
			firstCatalogue={firstCatalogue}
			initial={initial}
			lang={options.lang}
			isColor={options.isColor}
			input={input}
			onQuit={() => quit()}
			write={write}
		/>,
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
	try {
		await done;
		instance.unmount();
	} finally {
		restore();
		for (const s of signals) process.off(s, onSignal);
		process.off('uncaughtException', onCrash);
	}
}
