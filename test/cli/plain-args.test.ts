/**
 * A plain command line is read without yargs (src/cli/plain-args.ts): for every line it reads, the argv must be
 * exactly what yargs — the parser main.ts builds from the same command modules — hands the command's handler;
 * every other line must be declined, so that yargs reads it or says what is wrong.
 */
import yargs from 'yargs';
import {describe, expect, test} from 'vitest';
import type {CommandContext} from '../../src/cli/command.js';
import {makeOutput, type IO} from '../../src/cli/io.js';
import {commandWord, commandsOf, yargsParser} from '../../src/cli/main.js';
import {plainArgs} from '../../src/cli/plain-args.js';

const io: IO = {
	stdout: {write: () => true, isTTY: false},
	stderr: {write: () => true, isTTY: false},
	get stdin(): never {
		throw new Error('no stdin in this test');
	},
	env: {},
};
const ctx: CommandContext = {io, out: makeOutput(io, 'en'), notFound: () => {}};

/** The argv yargs gives the handler of the command the line names (each handler replaced by a recorder). */
async function throughYargs(args: string[]): Promise<Record<string, unknown>> {
	let seen: Record<string, unknown> | undefined;
	const commands = commandsOf(ctx).map(c => ({
		...c,
		handler: (argv: Record<string, unknown>) => {
			seen = {...argv};
		},
	}));
	await yargsParser(yargs, ctx, commands, args).parseAsync();
	if (!seen) throw new Error(`yargs ran no command for ${args.join(' ')}`);
	return seen;
}

const plain = (args: string[]) => plainArgs(commandsOf(ctx), args, commandWord(args));

const split = (line: string): string[] => (line === '' ? [] : line.split(' '));

describe('a plain command line', () => {
	test.each([
		'',
		'tui',
		'--db /tmp/x.json',
		'tui --view diff --year 2023',
		'--lang zh tui --view indicators --filter 复议',
		'--view indicators',
		'--db=/tmp/x.json --lang en --view diff',
		'--db=/tmp/x.json show 复议',
		'show 行政复议',
		'show 102 --json',
		'show 复议 应诉',
		'show 复议 --year 2023 --region 晋城市',
		'show 复议 --year=2023 --db=/tmp/a.json',
		'--db /tmp/x.json show 5.2',
		'--lang en show 五 --json',
		'show',
		'sections --json',
		'indicators --min 5 --max 100.5 --limit 3 --sort value --json',
		'indicators --csv',
		'search 复议 --all --json',
		'diff 2022 2023 --only changed --json',
		'diff 2022 2023 --min-score 0.6 --sort delta',
		'diff 晋城市-2022 长治市-2023',
		'trend 复议 --region 晋城市',
		'rank 复议 --year 2023 --level city --limit 10',
		'check --year 2023 --json',
		'check 晋城市-2023',
		'measures --limit 5 --json',
		'export --format csv --out /tmp/x.csv',
		'export',
		'import a.txt b.pdf --dry-run --year 2023 --region 晋城市',
		'list --json',
		'remove 晋城市-2022',
		'move 晋城市-2022 --year 2021',
		'backups',
		'restore 1a2b3c4d',
		'use 晋城市',
		'use',
		'reindex',
	])('jcfz %s: read as yargs reads it', async line => {
		const args = split(line);
		const read = plain(args);
		expect(read, 'read without yargs').toBeDefined();
		expect(read!.argv).toEqual(await throughYargs(args));
	});
});

describe('a line that is not plain goes to yargs', () => {
	test.each([
		['--help', 'help'],
		['show 复议 -h', 'a short option'],
		['--version', 'the version'],
		['show -- -复议', '--'],
		['show -复议', 'a term that starts with a dash'],
		['import -', 'stdin'],
		['show 复议 --json --json', 'an option twice'],
		['show 复议 --no-json', 'a negation'],
		['show 复议 --json=false', 'a boolean with a value'],
		['show 复议 --bogus', 'an option the command does not declare'],
		['show 复议 --all', "another command's option"],
		['show 复议 --year', 'an option without its value'],
		['show 复议 --year --json', 'an option followed by another'],
		['show 复议 --region=', 'an empty value'],
		['indicators --min abc', 'a number that is not one'],
		['indicators --limit -1', 'a negative number'],
		['indicators --limit 1e3', 'a number yargs reads its own way'],
		['indicators --sort bogus', 'a choice that is not one'],
		['--lang xx show 复议', 'a language that is not one'],
		['indicators --json --csv', 'conflicting options'],
		['tui --diff 2022 2023', 'an array option'],
		['diff 2022 2023 2024', 'a positional too many'],
		['rank', 'a required positional missing'],
		['import --dry-run', 'required words missing'],
		['shwo 复议', 'a misspelt command'],
		['completion', 'the completion script'],
		['x', 'no such command'],
		['--json show 复议', 'an option before the command (yargs reads the line)'],
		['show 复议 --minScore 1', 'a camel-case spelling'],
	])('jcfz %s (%s)', (line, _) => {
		expect(plain(split(line))).toBeUndefined();
	});
});
