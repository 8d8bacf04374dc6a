/**
 * What a command may touch: its output streams, environment and arguments. Commands write to the streams they
 * are given (the glow habit), which keeps them testable in process and in a subprocess alike.
 */
import {colorEnabled, palette, type Palette} from '../render/color.js';
import {changeColors} from '../render/theme.js';
import {inert, inertLine} from '../core/inert.js';
import {type Lang, say} from '../core/said.js';

export interface Stream {
	write(text: string): unknown;
	readonly isTTY?: boolean;
	readonly columns?: number;
}

export interface IO {
	readonly stdout: Stream;
	readonly stderr: Stream;
	readonly stdin: NodeJS.ReadableStream & {isTTY?: boolean};
	readonly env: NodeJS.ProcessEnv;
}

export type {Lang};

export function detectLang(env: NodeJS.ProcessEnv): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** A progress line on a terminal's stderr, rewritten in place; nothing at all when stderr is piped. */
export interface Progress {
	update(text: string): void;
	done(): void;
}

export function progressLine(stderr: Stream): Progress {
	if (!stderr.isTTY) return {update: () => {}, done: () => {}};
	return {
		update: text => stderr.write(`\r\u001B[2K${inertLine(text)}`),
		done: () => stderr.write('\r\u001B[2K'),
	};
}

export interface Output {
	readonly lang: Lang;
	readonly color: Palette;
	/** Terminal width for tables; unlimited when piped. */
	readonly columns: number;
	line(text?: string): void;
	raw(text: string): void;
	/** A message on stderr, after whatever stdout holds so far. */
	warn(text: string): void;
	/** Writes what `line` and `raw` have gathered: output goes out in blocks, not one write per line. */
	flush(): void;
	/** Picks the message in the user's language. */
	t(en: string, zh: string): string;
	/** A counter for long work: "label 120/3000" on a terminal's stderr, cleared when done reaches total. */
	progress(label: string): (done: number, total: number) => void;
}

/** Characters gathered before a write to stdout (60,000 one-line writes cost a search --all 0.2 s). */
const OUTPUT_BLOCK = 1 << 16;

export function makeOutput(io: IO, lang: Lang): Output {
	const color = palette(colorEnabled(io.stdout, io.env), changeColors(io.env));
	let pending = '';
	const flush = () => {
		if (pending) io.stdout.write(pending);
		pending = '';
	};
	const write = (text: string) => {
		pending += text;
		if (pending.length >= OUTPUT_BLOCK) flush();
	};
	return {
		lang,
		color,
		columns: io.stdout.isTTY ? (io.stdout.columns ?? 80) : Number.POSITIVE_INFINITY,
		line: (text = '') => write(`${text}\n`),
		raw: write,
		warn: text => {
			flush();
			// Messages name files, regions and queries that come from outside: inert like everything printed.
			io.stderr.write(`${inert(text)}\n`);
		},
		flush,
		t: (en, zh) => say([en, zh], lang),
		progress: label => {
			const bar = progressLine(io.stderr);
			return (done, total) => (done >= total ? bar.done() : bar.update(`${label} ${done}/${total}`));
		},
	};
}
