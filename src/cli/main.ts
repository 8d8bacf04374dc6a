/**
 * The CLI shell: reads the command line (a plain one from the commands' declarations, see plain-args.ts; any other
 * with the yargs parser built from the same command modules), runs the command, and turns expected failures into
 * a one-line message and an exit code (0 ok, 1 nothing found, 2 usage, 3 store/data). Never loads ink or react
 * unless the TUI is asked for, nor yargs for a plain command line.
 */
import {EXIT_CODES, isJcfzError, JcfzError} from '../core/errors.js';
import {inert, inertLine} from '../core/inert.js';
import {isPathFault, pathFault} from '../core/path-fault.js';
import {VERSION} from '../version.js';
import type {CommandModule} from 'yargs';
import type {CommandContext, GlobalOptions} from './command.js';
import {diffCommand} from './commands/diff.js';
import {exportCommand} from './commands/export.js';
import {importCommand} from './commands/import.js';
import {indicatorsCommand} from './commands/indicators.js';
import {listCommand} from './commands/list.js';
import {searchCommand} from './commands/search.js';
import {sectionsCommand} from './commands/sections.js';
import {showCommand} from './commands/show.js';
import {rankCommand} from './commands/rank.js';
import {trendCommand} from './commands/trend.js';
import {tuiCommand} from './commands/tui.js';
import {defaultRegionCommand} from './commands/use.js';
import {reindexCommand} from './commands/reindex.js';
import {removeCommand} from './commands/remove.js';
import {moveCommand} from './commands/move.js';
import {backupsCommand, restoreCommand} from './commands/backups.js';
import {checkCommand} from './commands/check.js';
import {measuresCommand} from './commands/measures.js';
import {detectLang, makeOutput, type IO, type Lang, type Stream} from './io.js';
import {fdStream, isPlainOutput} from './fd-output.js';
import {STDIN_PATH} from './read-report.js';
import {WRITE_FAULTS} from '../store/atomic-file.js';
import {GLOBAL_OPTIONS, plainArgs, wordsOf} from './plain-args.js';
import {say} from '../core/said.js';

/**
 * "-复议" (a filter term: labels without 复议) is not an option, but yargs would read it as the flags 复 and 议. Such
 * arguments — a dash and a character no option starts with — are marked before parsing and unmarked after.
 */
const MARK = '\u2063';
const TERM = /^-[^-\w]/u;

function protectTerm(arg: string): string {
	return TERM.test(arg) ? MARK + arg : arg;
}

/** The arguments that take several values by design (`array: true` positionals and options). */
const MANY = new Set(['_', '--', 'inputs', 'reports', 'target', 'diff']);

/**
 * An option given twice (--region A --region B) is the last one, as in most tools: yargs would hand over an array,
 * which code that expects one string cannot take.
 */
function lastOfRepeated(argv: Record<string, unknown>): void {
	for (const key of Object.keys(argv)) {
		const v = argv[key];
		if (Array.isArray(v) && !MANY.has(key)) argv[key] = v[v.length - 1];
	}
}

function unprotect(argv: Record<string, unknown>): void {
	const clean = (v: unknown): unknown =>
		typeof v === 'string' && v.startsWith(MARK) ? v.slice(MARK.length) : Array.isArray(v) ? v.map(clean) : v;
	for (const key of Object.keys(argv)) argv[key] = clean(argv[key]);
}

function langFrom(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
	const at = args.findIndex(a => a === '--lang' || a.startsWith('--lang='));
	const value = at === -1 ? undefined : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
	return value === 'zh' || value === 'en' ? value : detectLang(env);
}

/** --db and --lang, the options of every command, with their values (`--db FILE` or `--db=FILE`). */
const GLOBAL = /^--(?:db|lang)(?:=|$)/;

/**
 * The command a line names: its first argument after any --db/--lang, when that is not an option. With another
 * option first (`jcfz --view indicators`) there is none: the explorer's options may stand without its name, and
 * their values are not command words. bin/jcfz chooses its bundle by the same rule.
 */
export function commandWord(args: readonly string[]): string | undefined {
	let k = 0;
	while (GLOBAL.test(args[k] ?? '')) k += args[k]!.includes('=') ? 1 : 2;
	const arg = args[k];
	return arg !== undefined && !arg.startsWith('-') ? arg : undefined;
}

/**
 * The commands yargs is given: the one the arguments name, alone, when they name one — building the parser of every
 * command costs about as much as a lookup itself, and a command's own parsing and help need only that command —
 * else all of them (the explorer by default, --help, a misspelling to correct).
 */
function commandsFor(
	commands: readonly CommandModule<GlobalOptions, GlobalOptions>[],
	args: readonly string[],
): CommandModule<GlobalOptions, GlobalOptions>[] {
	const word = commandWord(args);
	const named = word === undefined ? undefined : commands.find(c => wordsOf(c).includes(word));
	const asksHelp = args.some(a => a === '--help' || a === '-h' || a.startsWith('--get-yargs-completions'));
	return named && !asksHelp ? [named] : [...commands];
}

/** Edit distance of two short words (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a: string, b: string): number {
	const d = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}

/** The command a misspelling most likely meant (at most two edits away), if one. */
function closest(word: string, names: readonly string[]): string | undefined {
	const scored = names.map(n => [n, distance(word.toLowerCase(), n)] as const).sort((x, y) => x[1] - y[1]);
	return scored[0] && scored[0][1] <= 2 && scored[0][1] < word.length ? scored[0][0] : undefined;
}

/** Every command module, made for this run's context. */
export function commandsOf(ctx: CommandContext): CommandModule<GlobalOptions, GlobalOptions>[] {
	return [
		tuiCommand,
		showCommand,
		sectionsCommand,
		indicatorsCommand,
		searchCommand,
		diffCommand,
		trendCommand,
		rankCommand,
		checkCommand,
		measuresCommand,
		exportCommand,
		importCommand,
		listCommand,
		removeCommand,
		moveCommand,
		backupsCommand,
		restoreCommand,
		defaultRegionCommand,
		reindexCommand,
	].map(c => c(ctx)) as CommandModule<GlobalOptions, GlobalOptions>[];
}

/**
 * The yargs parser of the command line (loaded only for a line that is not plain): `yargs` is the package's
 * factory, given by the caller so that tests can build the same parser.
 */
export function yargsParser(
	yargs: typeof import('yargs').default,
	ctx: CommandContext,
	commands: readonly CommandModule<GlobalOptions, GlobalOptions>[],
	args: readonly string[],
) {
	const {out} = ctx;
	const lang = out.lang;
	const names = [...commands.map(c => wordsOf(c)[0]!), 'completion'];
	// yargs drops a bare "-" from positional lists; pass stdin on as its device path (read-report.ts knows it).
	const parser = yargs(args.map(a => (a === '-' ? STDIN_PATH : protectTerm(a))))
		.middleware(argv => {
			unprotect(argv);
			lastOfRepeated(argv);
		}, true)
		.scriptName('jcfz')
		.locale(say(['en', 'zh_CN'], lang))
		.usage(
			out.t(
				'jcfz — read and compare rule-of-law government reports (法治政府建设年度报告)\n\nUsage: $0 [command] [options]',
				'jcfz —— 阅读和对比法治政府建设年度报告\n\n用法：$0 [命令] [选项]',
			),
		)
		.option('db', {
			...GLOBAL_OPTIONS.db,
			global: true,
			describe: out.t(
				'store file (default data/jcfz.json, or $JCFZ_DB)',
				'数据库文件（默认 data/jcfz.json，或 $JCFZ_DB）',
			),
		})
		.option('lang', {
			...GLOBAL_OPTIONS.lang,
			global: true,
			describe: out.t('language of messages and help', '提示和帮助的语言'),
		})
		.command(commandsFor(commands, args) as CommandModule[])
		// yargs' own `completion` command falls through to the default command (the explorer) when the process
		// does not exit; keep its --get-yargs-completions machinery, print the script from a command of ours.
		.completion('__yargs-completion', false)
		.command({
			command: 'completion',
			describe: out.t(
				'print a bash/zsh completion script (jcfz completion >> ~/.bashrc)',
				'输出 bash/zsh 补全脚本（jcfz completion >> ~/.bashrc）',
			),
			handler: (): void => {
				parser.showCompletionScript();
			},
		})
		.version(VERSION)
		.alias('h', 'help')
		.strict()
		.wrap(Math.min(100, ctx.io.stdout.columns ?? 100))
		.fail((message, error) => {
			if (error) throw error;
			// A misspelt command (jcfz shwo) is read as the explorer's stray argument: say which command was meant.
			const first = /^Unknown arguments?: ([^,]+)/.exec(message ?? '')?.[1]?.trim();
			if (first && args.includes(first) && !args.some(a => names.includes(a))) {
				const near = closest(first, names);
				throw new JcfzError(
					'usage',
					`unknown command "${first}"${near ? `: did you mean jcfz ${near}?` : ''} (see jcfz --help)`,
					`没有命令“${first}”${near ? `：是不是 jcfz ${near}？` : ''}（见 jcfz --help）`,
				);
			}
			throw new JcfzError('usage', `${message} (see jcfz --help)`, `${message}（见 jcfz --help）`);
		})
		.exitProcess(false);
	return parser;
}

export async function main(args: readonly string[], io: IO): Promise<number> {
	const lang = langFrom(args, io.env);
	const out = makeOutput(io, lang);
	let code = 0;
	const ctx: CommandContext = {io, out, notFound: () => (code = EXIT_CODES['not-found'])};
	const commands = commandsOf(ctx);
	try {
		const plain = plainArgs(commands, args, commandWord(args));
		if (plain) await plain.command.handler(plain.argv as never);
		else {
			const {default: yargs} = await import('yargs');
			await yargsParser(yargs, ctx, commands, args).parseAsync();
		}
		out.flush();
		return code;
	} catch (error) {
		out.flush();
		if (isJcfzError(error)) {
			io.stderr.write(`jcfz: ${inertLine(error.text(lang))}\n`);
			return EXIT_CODES[error.kind];
		}
		// A file-system fault no command foresaw still gets one line, never a stack trace.
		const fault = error as NodeJS.ErrnoException;
		if (isPathFault(fault) && typeof fault.path === 'string') {
			io.stderr.write(`jcfz: ${inertLine(pathFault(fault.path, fault, 'data', 'open').text(lang))}\n`);
			return EXIT_CODES.data;
		}
		io.stderr.write(
			`jcfz: internal error: ${inert(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
		);
		return 70;
	}
}

/** Entry point of bin/jcfz. */
export async function run(): Promise<void> {
	// With `ulimit -f`, exceeding the limit should fail the write (EFBIG, reported), not kill the process.
	process.on('SIGXFSZ', () => {});
	// `jcfz … | head` closes the pipe early: that is not an error. Output that cannot be written (a full disk,
	// /dev/full) is one line on stderr and the store/data exit code, never a stack trace.
	const failed = (code: string): void => {
		if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
		const [why, whyZh] = WRITE_FAULTS[code] ?? ['', ''];
		process.stderr.write(
			say(
				[
					`jcfz: cannot write the output (${code}${why && `: ${why}`})\n`,
					`jcfz: 无法写出输出（${code}${whyZh && `：${whyZh}`}）\n`,
				],
				langFrom(process.argv.slice(2), process.env),
			),
		);
		process.exit(EXIT_CODES.data);
	};
	let stdout: Stream;
	if (isPlainOutput(1)) stdout = fdStream(1, failed);
	else {
		stdout = process.stdout;
		process.stdout.on('error', (error: NodeJS.ErrnoException) => failed(error.code ?? 'EIO'));
	}
	process.exitCode = await main(process.argv.slice(2), {
		stdout,
		// process.stderr and process.stdin are built on first access (a few ms); most commands never use them.
		get stderr() {
			return process.stderr;
		},
		get stdin() {
			return process.stdin;
		},
		env: process.env,
	});
}
