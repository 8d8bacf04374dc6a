/** The shape of a command module (yargs' command/describe/builder/handler) with jcfz's context injected. */
import type {Argv, CommandModule} from 'yargs';
import type {IO, Output} from './io.js';

export interface CommandContext {
	readonly io: IO;
	readonly out: Output;
	/** Set by a handler when it found nothing: exit code 1. */
	notFound(): void;
}

export interface GlobalOptions {
	readonly db?: string;
	readonly lang?: string;
}

/**
 * A command module made from the context. The options a builder declares are the handler's argv type, so a
 * misspelt option (`argv.minScroe`) is a type error, not an undefined at run time.
 */
export type CommandFactory<Options> = (ctx: CommandContext) => CommandModule<GlobalOptions, Options>;

/** Declares a command; its options type is inferred from its builder. */
export function defineCommand<Options>(factory: CommandFactory<Options>): CommandFactory<Options> {
	return factory;
}

/** The --year/--region pair most commands take. */
export function scopeOptions<T>(y: Argv<T>, out: Output) {
	return y
		.option('year', {type: 'string', describe: out.t('report year (default: the latest)', '报告年份（默认最新一年）')})
		.option('region', {
			type: 'string',
			describe: out.t(
				'region, e.g. 晋城市, 140500 or 崇义县交通运输局 (default: the one in use, see jcfz use)',
				'地区，如 晋城市、140500 或 崇义县交通运输局（默认：当前地区，见 jcfz use）',
			),
		});
}

export function formatOptions<T>(y: Argv<T>, out: Output) {
	return y
		.option('json', {type: 'boolean', describe: out.t('print JSON', '输出 JSON')})
		.option('csv', {
			type: 'boolean',
			describe: out.t('print CSV (UTF-8 with BOM, for Excel/WPS)', '输出 CSV（带 BOM 的 UTF-8，可用 Excel/WPS 打开）'),
		})
		.option('tsv', {type: 'boolean', describe: out.t('print tab-separated values', '输出制表符分隔文本')})
		.conflicts('json', ['csv', 'tsv'])
		.conflicts('csv', 'tsv');
}
