/**
 * What a command may touch: its output streams, environment and arguments. Commands write to the streams they
 * are given (the glow habit), which keeps them testable in process and in a subprocess alike.
 */
import {colorEnabled, palette, type Palette} from '../render/color.js';

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

export type Lang = 'zh' | 'en';

export function detectLang(env: NodeJS.ProcessEnv): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^zh/i.test(locale) ? 'zh' : 'en';
}

export interface Output {
	readonly lang: Lang;
	readonly color: Palette;
	/** Terminal width for tables; unlimited when piped. */
	readonly columns: number;
	line(text?: string): void;
	raw(text: string): void;
	warn(text: string): void;
	/** Picks the message in the user's language. */
	t(en: string, zh: string): string;
}

export function makeOutput(io: IO, lang: Lang): Output {
	const color = palette(colorEnabled(io.stdout, io.env));
	return {
		lang,
		color,
		columns: io.stdout.isTTY ? (io.stdout.columns ?? 80) : Number.POSITIVE_INFINITY,
		line: (text = '') => io.stdout.write(`${text}\n`),
		raw: text => io.stdout.write(text),
		warn: text => io.stderr.write(`${text}\n`),
		t: (en, zh) => (lang === 'zh' ? zh : en),
	};
}
