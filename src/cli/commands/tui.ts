/**
 * `jcfz` / `jcfz tui` — the interactive explorer. The TUI bundle (ink, react) is imported only here, so
 * every other command starts without it.
 */
import {JcfzError} from '../../core/errors.js';
import {colorEnabled} from '../../render/color.js';
import {openStore} from '../context.js';
import {parseYear} from '../../store/scope.js';
import {defineCommand} from '../command.js';
import {loadTui} from '../lazy-parts.js';

export const VIEWS = ['sections', 'indicators', 'diff', 'regions'] as const;

/**
 * The explorer runs on a real terminal (checked above), whatever the environment says. Ink draws nothing until
 * exit when it believes it runs under CI (is-in-ci reads CI, CI_* and CONTINUOUS_INTEGRATION), and chalk turns
 * every style off — inverse and bold included — when any CI variable is set, even CI=0. So those go, and chalk
 * is told to style: whether colours are used is jcfz's own decision (NO_COLOR keeps inverse and bold).
 */
export function prepareTerminalEnv(env: NodeJS.ProcessEnv): void {
	for (const key of Object.keys(env))
		if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete env[key];
	env.FORCE_COLOR = '1';
}

export const tuiCommand = defineCommand(({io, out}) => ({
	command: ['tui', '$0'],
	describe: out.t('open the interactive explorer (default)', '打开交互式浏览界面（默认）'),
	builder: y =>
		y
			.option('year', {
				type: 'string',
				describe: out.t('report year (default: the latest)', '报告年份（默认最新一年）'),
			})
			.option('region', {type: 'string', describe: out.t('region', '地区')})
			.option('view', {choices: VIEWS, default: 'sections' as const, describe: out.t('view to open', '打开的视图')})
			.option('filter', {type: 'string', describe: out.t('initial indicator filter', '初始指标筛选')})
			.option('diff', {
				type: 'string',
				array: true,
				describe: out.t('years A and B for the diff view', '对比视图的年份 A 和 B'),
			})
			.example('$0', '')
			.example('$0 tui --view indicators --filter 复议', '')
			.example('$0 tui --view diff --diff 2022 2023', ''),
	handler: async argv => {
		if (!io.stdout.isTTY || !io.stdin.isTTY) {
			throw new JcfzError(
				'usage',
				'the explorer needs a terminal; from scripts use `jcfz show`, `jcfz indicators`, `jcfz diff` (see jcfz --help)',
				'交互界面需要终端；在脚本中请用 `jcfz show`、`jcfz indicators`、`jcfz diff`（见 jcfz --help）',
			);
		}
		parseYear(argv.year);
		const store = await openStore(argv, io.env, out.warn);
		const isColor = colorEnabled(io.stdout, io.env);
		prepareTerminalEnv(process.env);
		const {runTui} = await loadTui();
		await runTui(store, {
			year: argv.year === undefined ? undefined : Number(argv.year),
			region: argv.region,
			view: argv.view,
			filter: argv.filter ?? '',
			diff: argv.diff?.map(Number),
			lang: out.lang,
			isColor,
		});
	},
}));
