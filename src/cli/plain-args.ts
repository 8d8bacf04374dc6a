/**
 * A plain command line read from the commands' own declarations, without yargs. Building yargs' parser — every
 * option, its translations and help texts — and running it costs about 3 ms, a fifth of a lookup's start-up.
 * Most command lines are plain: a command, words, and options it declares, given once each as `--name value`,
 * `--name=value` or `--flag`. For those, the command's builder is run against a recorder of what it declares and
 * the argv yargs would hand the handler is built from that (test/cli/plain-args.test.ts holds the two to be equal).
 *
 * Anything else is not read here: help and version, short options, `--`, `-` for stdin, `--no-x`, an option
 * twice, one the command does not declare, an array option, a value of the wrong kind, a choice that is not one,
 * conflicting options, a missing required one, a positional too many or too few. Those go to yargs, which reads
 * them or says what is wrong — this reader never refuses, it only declines.
 */
import type {CommandModule, Options, PositionalOptions} from 'yargs';
import type {GlobalOptions} from './command.js';

type Command = CommandModule<GlobalOptions, GlobalOptions>;

/** What a builder declares. */
interface Declared {
	readonly options: Map<string, Options>;
	readonly positionals: Map<string, PositionalOptions>;
	readonly conflicts: [string, string | readonly string[]][];
}

/** The options every command takes (see main.ts). */
export const GLOBAL_OPTIONS = {
	db: {type: 'string'},
	lang: {choices: ['zh', 'en']},
} as const satisfies Record<string, Options>;

class Declined extends Error {}

/** Runs a builder against a recorder; a builder that calls anything but these four methods declines. */
function declared(command: Command): Declared {
	const found: Declared = {options: new Map(), positionals: new Map(), conflicts: []};
	for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) found.options.set(name, spec);
	const builder = command.builder;
	if (builder === undefined) return found;
	if (typeof builder !== 'function') throw new Declined();
	const record: Record<string, (...args: never[]) => void> = {
		option: (name: string, spec: Options) => found.options.set(name, spec),
		positional: (name: string, spec: PositionalOptions) => found.positionals.set(name, spec),
		conflicts: (a: string, b: string | readonly string[]) => found.conflicts.push([a, b]),
		example: () => {},
	};
	const recorder: object = new Proxy(
		{},
		{
			get(_, method) {
				const take = typeof method === 'string' && Object.hasOwn(record, method) ? record[method] : undefined;
				if (!take) throw new Declined();
				return (...args: never[]) => {
					take(...args);
					return recorder;
				};
			},
		},
	);
	builder(recorder as Parameters<typeof builder>[0]);
	return found;
}

/** The command's positionals from its command string: `diff <a> <b>`, `show [target..]`. */
function positionalsOf(command: string): {name: string; required: boolean; variadic: boolean}[] {
	return command
		.split(' ')
		.slice(1)
		.map(word => {
			const m = /^([<[])([\w-]+)(\.\.)?[>\]]$/.exec(word);
			if (!m) throw new Declined();
			return {name: m[2]!, required: m[1] === '<', variadic: m[3] !== undefined};
		});
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Sets an option's value under its name and, for a dashed name, its camel-case alias (as yargs does). */
function set(argv: Record<string, unknown>, name: string, value: unknown): void {
	argv[name] = value;
	if (name.includes('-')) argv[camel(name)] = value;
}

/** A value as the option's type reads it, or Declined. */
function readValue(spec: Options, text: string): unknown {
	if (text === '' || text.startsWith('-')) throw new Declined();
	if (spec.choices !== undefined && !(spec.choices as readonly unknown[]).includes(text)) throw new Declined();
	if (spec.type === 'string' || (spec.type === undefined && spec.choices !== undefined)) return text;
	// A number as yargs-parser takes one: plain decimal notation only, anything else is for yargs to read.
	if (spec.type === 'number' && /^\d+(?:\.\d+)?$/.test(text)) return Number(text);
	throw new Declined();
}

/** A command's usages as written: `show [target..]`; the explorer's are `tui` and `$0`. */
function usagesOf(command: Command): string[] {
	return [command.command ?? []].flat().map(String);
}

/** The words that name a command (the first word of each usage). */
export function wordsOf(command: Command): string[] {
	return usagesOf(command).map(usage => usage.split(' ')[0]!);
}

function read(command: Command, args: readonly string[], word: string | undefined): Record<string, unknown> {
	const usage = usagesOf(command).find(n => n.split(' ')[0] === (word ?? '$0'));
	if (usage === undefined) throw new Declined();
	const {options, positionals, conflicts} = declared(command);
	const argv: Record<string, unknown> = {_: word === undefined ? [] : [word]};
	const words: string[] = [];
	const given = new Set<string>();
	let commandSeen = word === undefined;
	for (let k = 0; k < args.length; k++) {
		const arg = args[k]!;
		if (!arg.startsWith('-')) {
			if (!commandSeen && arg === word) commandSeen = true;
			else words.push(arg);
			continue;
		}
		const m = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
		if (!m) throw new Declined();
		const name = m[1]!;
		const spec = options.get(name);
		if (spec === undefined || spec.array || given.has(name)) throw new Declined();
		given.add(name);
		if (spec.type === 'boolean') {
			if (m[2] !== undefined) throw new Declined();
			set(argv, name, true);
		} else {
			const text = m[2] ?? args[++k];
			if (text === undefined) throw new Declined();
			set(argv, name, readValue(spec, text));
		}
	}
	if (!commandSeen) throw new Declined();
	for (const [name, spec] of options) {
		if (spec.demandOption && !given.has(name)) throw new Declined();
		if (spec.default !== undefined && !given.has(name)) set(argv, name, spec.default);
	}
	for (const [a, b] of conflicts)
		if (given.has(a) && [b].flat().some(x => given.has(x as string))) throw new Declined();
	for (const {name, required, variadic} of positionalsOf(usage)) {
		const spec = positionals.get(name);
		if (spec?.type !== 'string' || (variadic && !spec.array)) throw new Declined();
		if (required && words.length === 0) throw new Declined();
		if (variadic) set(argv, name, words.splice(0));
		else if (words.length > 0) set(argv, name, words.shift());
	}
	if (words.length > 0) throw new Declined();
	argv.$0 = 'jcfz';
	return argv;
}

/**
 * The command a plain command line names and the argv yargs would give its handler; undefined when the line is
 * not plain (see the module comment) and yargs should read it. `word` is the command word (main.ts commandWord).
 */
export function plainArgs(
	commands: readonly Command[],
	args: readonly string[],
	word: string | undefined,
): {command: Command; argv: Record<string, unknown>} | undefined {
	const command = commands.find(c => wordsOf(c).includes(word ?? '$0'));
	if (command === undefined || typeof command.handler !== 'function') return undefined;
	try {
		return {command, argv: read(command, args, word)};
	} catch (error) {
		if (error instanceof Declined) return undefined;
		throw error;
	}
}
