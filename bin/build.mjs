// Bundles the CLI and the TUI into dist/ with esbuild. One file loads much faster than hundreds of modules
// (about half the start-up time here); the TUI is a separate chunk so that CLI commands never load ink or react.
import {build} from 'esbuild';
import {copyFile, mkdir, readFile, rm} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

// yargs finds its locale files relative to its own module; in a bundle that path is wrong, so point it at
// dist/locales, where the two locales jcfz speaks are copied.
const yargsLocales = {
	name: 'yargs-locales',
	setup(b) {
		b.onLoad({filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			return {
				contents: source.replace("resolve(__dirname, '../../../locales')", "fileURLToPath(new URL('./locales', import.meta.url))"),
				loader: 'js',
			};
		});
	},
};

// string-width (ours, and the copies yargs and wrap-ansi bring) builds an Intl.Segmenter when it is loaded;
// the first one costs ~17 ms here, paid by every command even when all text is ASCII. Build it on first use.
const lazySegmenter = {
	name: 'lazy-segmenter',
	setup(b) {
		b.onLoad({filter: /string-width[\\/]index\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const patched = source.replace(
				/const segmenter = new Intl\.Segmenter\(\);/,
				'let realSegmenter; const segmenter = {segment: text => (realSegmenter ??= new Intl.Segmenter()).segment(text)};',
			);
			if (patched === source) throw new Error(`lazy-segmenter: pattern not found in ${args.path}`);
			return {contents: patched, loader: 'js'};
		});
	},
};

// yargs renders the whole help text before running any command, to have it ready should the handler fail
// later (~45 ms, two thirds of a lookup). jcfz handlers never print yargs' help, so skip that.
const noHelpCache = {
	name: 'no-help-cache',
	setup(b) {
		b.onLoad({filter: /yargs[\\/]build[\\/]lib[\\/]command\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const patched = source.replace('yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();', '');
			if (patched === source) throw new Error(`no-help-cache: pattern not found in ${args.path}`);
			return {contents: patched, loader: 'js'};
		});
	},
};

await rm(join(root, 'dist'), {recursive: true, force: true});
await build({
	absWorkingDir: root,
	entryPoints: {cli: 'src/cli/main.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: process.env.JCFZ_NO_MINIFY !== "1",
	legalComments: 'none',
	define: {__JCFZ_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"'},
	// Some dependencies are CommonJS and call require(); give the ESM bundle one.
	banner: {js: "import {createRequire as __jcfzCreateRequire} from 'node:module'; const require = __jcfzCreateRequire(import.meta.url);"},
	// Ink imports its devtools only when DEV=true (never here); the optional package is not installed.
	external: ['react-devtools-core'],
	plugins: [yargsLocales, lazySegmenter, noHelpCache],
	logLevel: 'warning',
});
await mkdir(join(root, 'dist', 'locales'), {recursive: true});
for (const locale of ['en.json', 'zh_CN.json']) {
	await copyFile(join(root, 'node_modules', 'yargs', 'locales', locale), join(root, 'dist', 'locales', locale));
}
