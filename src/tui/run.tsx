/**
 * The TUI shell: reads the store, renders <App> full-screen on the alternate screen buffer, follows the terminal
 * size, and restores the terminal on q, Ctrl-C, SIGTERM and on an exception.
 */
import {render, useApp, useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {JcfzError} from '../core/errors.js';
import {colorEnabled} from '../render/color.js';
import {resolveBody} from '../cli/scope.js';
import type {Store} from '../store/store.js';
import {App} from './app.js';
import type {TuiData, YearData} from './model.js';
import type {InitialOptions, View} from './state.js';

export interface TuiOptions {
	readonly year?: number;
	readonly region?: string;
	readonly view: View;
	readonly filter: string;
	readonly diff?: readonly number[];
	readonly lang: 'zh' | 'en';
}

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/** Loads every year of the body in scope (the scope module decides which: --region, jcfz use, the only one). */
export async function loadTuiData(store: Store, options: Pick<TuiOptions, 'region'>): Promise<TuiData> {
	const body = resolveBody(store, options.region);
	const byYear = new Map<number, YearData>();
	for (const e of await store.entries(body)) {
		const {report, indicators} = await store.load(e);
		byYear.set(e.year, {report, indicators});
	}
	return {region: body.region, years: [...byYear.keys()], byYear};
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

function Root(props: {data: TuiData; initial: InitialOptions; lang: 'zh' | 'en'; isColor: boolean}) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	return <App {...props} columns={columns} rows={rows} onQuit={() => exit()} />;
}

export async function runTui(store: Store, options: TuiOptions): Promise<void> {
	const data = await loadTuiData(store, options);
	const initial = initialOptions(data, options);
	const out = process.stdout;
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		out.write(SHOW_CURSOR + LEAVE_ALT);
	};
	out.write(ENTER_ALT);
	const onSignal = () => {
		instance.unmount();
		restore();
		process.exit(143);
	};
	const onCrash = (error: unknown) => {
		restore();
		process.stderr.write(`jcfz: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(70);
	};
	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);
	process.on('uncaughtException', onCrash);
	process.on('exit', restore);
	const instance = render(<Root data={data} initial={initial} lang={options.lang} isColor={colorEnabled(out)} />, {
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 60,
	});
	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('uncaughtException', onCrash);
	}
}
