/** `jcfz use [REGION]` — the region commands work on when none is named (see scope.ts for the whole rule). */
import {inertLine} from '../../core/inert.js';
import {openStore} from '../context.js';
import {defineCommand} from '../command.js';
import {describeBodies, resolveBody} from '../../store/scope.js';

export const defaultRegionCommand = defineCommand(({io, out}) => ({
	command: 'use [region]',
	describe: out.t(
		'set (or show) the region commands use when --region is not given',
		'设置（或查看）未给出 --region 时命令所用的地区',
	),
	builder: y =>
		y
			.positional('region', {
				type: 'string',
				describe: out.t('region, e.g. 晋城市 or 140500', '地区，如 晋城市 或 140500'),
			})
			.example('$0 use 晋城市', '')
			.example('$0 use', ''),
	handler: async argv => {
		const store = await openStore(argv, io.env, out.warn);
		if (argv.region === undefined) {
			const body = resolveBody(store, undefined);
			out.line(inertLine(`${body.region} (${body.years.join(', ')})`));
			return;
		}
		const body = resolveBody(store, argv.region);
		await store.use(body);
		out.line(
			inertLine(
				out.t(
					`commands now use ${body.region} (${body.years.join(', ')}) when --region is not given; stored: ${describeBodies(store.bodies)}`,
					`未给出 --region 时，命令将使用${body.region}（${body.years.join('、')}）；库中有 ${describeBodies(store.bodies, 'zh')}`,
				),
			),
		);
	},
}));
