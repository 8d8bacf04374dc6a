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
	minify: true,
	legalComments: 'none',
	define: {__JCFZ_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"'},
	// Some dependencies are CommonJS and call require(); give the ESM bundle one.
	banner: {js: "import {createRequire as __jcfzCreateRequire} from 'node:module'; const require = __jcfzCreateRequire(import.meta.url);"},
	plugins: [yargsLocales],
	logLevel: 'warning',
});
await mkdir(join(root, 'dist', 'locales'), {recursive: true});
for (const locale of ['en.json', 'zh_CN.json']) {
	await copyFile(join(root, 'node_modules', 'yargs', 'locales', locale), join(root, 'dist', 'locales', locale));
}
