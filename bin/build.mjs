// Bundles the CLI and the TUI into dist/ with esbuild. One file loads much faster than hundreds of modules
// (about half the start-up time here); the TUI is a separate chunk so that CLI commands never load ink or react.
// Plugins below patch third-party sources by matching their text: package.json pins those packages exactly
// (yargs, string-width, ink; yoga-layout through the lock file), and every text patch throws when its pattern is not found, so an upgrade fails the
// build instead of silently shipping unpatched code.
import {build} from 'esbuild';
import {spawn, spawnSync} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

// yargs' platform shim, patched three times: it finds its locale files relative to its own module, which in a
// bundle is wrong, so point it at dist/locales, where the two locales jcfz speaks are copied; it reads
// process.stdout when it is loaded, which builds the stream (see below); and it loads node:assert (~1.3 ms of
// every start-up) for two internal checks, which plain functions do as well.
const yargsShim = {
	name: 'yargs-shim',
	setup(b) {
		b.onLoad({filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const patches = [
				["resolve(__dirname, '../../../locales')", "fileURLToPath(new URL('./locales', import.meta.url))"],
				// Read when yargs is loaded, this builds process.stdout (~2.5 ms); jcfz sets the width itself.
				[
					"stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null",
					"get stdColumns() { return typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null; }",
				],
				[
					"import { notStrictEqual, strictEqual } from 'assert'",
					'const notStrictEqual = (a, b, m) => { if (a === b) throw new Error(m ?? String(a) + " === " + String(b)); };\n' +
						'const strictEqual = (a, b, m) => { if (a !== b) throw new Error(m ?? String(a) + " !== " + String(b)); };',
				],
			];
			let contents = source;
			for (const [needle, replacement] of patches) {
				if (!contents.includes(needle)) throw new Error(`yargs-shim: "${needle}" not found in ${args.path}`);
				contents = contents.replace(needle, replacement);
			}
			return {contents, loader: 'js'};
		});
	},
};

// string-width builds an Intl.Segmenter (~17 ms) and four Unicode-property regexes (/^\p{RGI_Emoji}$/v alone ~23 ms;
// the bundle writes them as `new RegExp`, which compiles them) when it is loaded, a cost every command paid even
// when all its text is ASCII. Build each on first use instead: the segmenter behind an object with its one method,
// each regex behind a function that every use calls.
const LAZY_REGEXES = ['visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'extendedPictographicRegex'];
const lazySegmenter = {
	name: 'lazy-segmenter',
	setup(b) {
		b.onLoad({filter: /string-width[\\/]index\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			let patched = source.replace(
				/const segmenter = new Intl\.Segmenter\(\);/,
				'let realSegmenter; const segmenter = {segment: text => (realSegmenter ??= new Intl.Segmenter()).segment(text)};',
			);
			if (patched === source) throw new Error(`lazy-segmenter: the segmenter not found in ${args.path}`);
			for (const name of LAZY_REGEXES) {
				const declaration = new RegExp(`const ${name} = (/.+/[a-z]*);`).exec(patched);
				if (!declaration) throw new Error(`lazy-segmenter: ${name} not found in ${args.path}`);
				const called = text => text.replace(new RegExp(`\\b${name}\\b`, 'g'), () => `${name}()`);
				const before = patched.slice(0, declaration.index);
				const after = patched.slice(declaration.index + declaration[0].length);
				const lazy = `let ${name}$real; const ${name} = () => (${name}$real ??= ${declaration[1]});`;
				patched = called(before) + lazy + called(after);
			}
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

// The yargs factory calls .version() with no argument, which walks up from the entry file listing every folder
// to find a package.json for the version (~2 ms of every command); jcfz sets its version itself.
const noVersionGuess = {
	name: 'no-version-guess',
	setup(b) {
		b.onLoad({filter: /yargs[\\/]build[\\/]lib[\\/]yargs-factory\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const patched = source.replace('yargs.version();', 'yargs.version(false);');
			if (patched === source) throw new Error(`no-version-guess: pattern not found in ${args.path}`);
			return {contents: patched, loader: 'js'};
		});
	},
};

// Every `import 'string-width'` (Ink's, wrap-ansi's, cli-truncate's) goes through jcfz's fast path for CJK text,
// which in turn imports the real package for the text that needs grapheme segmentation.
const fastStringWidth = {
	name: 'fast-string-width',
	setup(b) {
		const wrapper = join(root, 'src', 'render', 'fast-string-width.ts');
		b.onResolve({filter: /^string-width$/}, args => (args.importer === wrapper ? undefined : {path: wrapper}));
	},
};

// Ink loads its React devtools bridge only when DEV=true, which jcfz never sets; the optional package is not
// installed. Replace the bridge with an empty module so that nothing refers to it.
const noDevtools = {
	name: 'no-devtools',
	setup(b) {
		b.onResolve({filter: /^\.\/devtools\.js$/}, args =>
			/[\\/]ink[\\/]/.test(args.importer) ? {path: 'devtools', namespace: 'jcfz-empty'} : undefined,
		);
		b.onLoad({filter: /.*/, namespace: 'jcfz-empty'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

// Yoga (Ink's layout engine) ships its WebAssembly as base64 and, when a global fetch exists, fetches that data: URL
// instead of decoding it: the first touch of Node's fetch loads undici (about 20 ms of the explorer's start), for
// bytes already in memory. Both of its fetch tests are made false, so it decodes the base64 as it does without fetch.
const noYogaFetch = {
	name: 'no-yoga-fetch',
	setup(b) {
		b.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const needle = '"function"!=typeof fetch';
			const count = source.split(needle).length - 1;
			if (count !== 2) throw new Error(`no-yoga-fetch: expected 2 fetch tests in ${args.path}, found ${count}`);
			return {contents: source.replaceAll(needle, 'true'), loader: 'js'};
		});
	},
};

// The explorer is a CommonJS bundle (for V8's code cache, see buildProduct), which cannot hold a top-level await.
// Two modules have one: yoga-layout's entry, which instantiates its WebAssembly — every `import 'yoga-layout'` goes to
// src/tui/yoga.ts instead, filled before the explorer renders — and Ink's reconciler, which awaits its devtools
// bridge and its package.json only when DEV=true (never set by jcfz; see no-devtools).
const explorerWithoutTopLevelAwait = {
	name: 'explorer-without-top-level-await',
	setup(b) {
		const yoga = join(root, 'src', 'tui', 'yoga.ts');
		b.onResolve({filter: /^yoga-layout$/}, args => (args.importer === yoga ? undefined : {path: yoga}));
		b.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const patches = [
				["await import('./devtools.js');", ''],
				['? await loadPackageJson()', '? undefined'],
			];
			let contents = source;
			for (const [needle, replacement] of patches) {
				if (!contents.includes(needle))
					throw new Error(`explorer-without-top-level-await: "${needle}" not found in ${args.path}`);
				contents = contents.replace(needle, replacement);
			}
			return {contents, loader: 'js'};
		});
	},
};

/** esbuild options shared by the product build and the benchmark's in-process bundle. */
export const bundleOptions = {
	absWorkingDir: root,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: process.env.JCFZ_NO_MINIFY !== '1',
	legalComments: 'none',
	define: {
		__JCFZ_VERSION__: JSON.stringify(pkg.version),
		'process.env.NODE_ENV': '"production"',
		'process.env.DEV': '"false"',
	},
	// Some dependencies are CommonJS and call require(); give the ESM bundle one.
	banner: {
		js: "import {createRequire as __jcfzCreateRequire} from 'node:module'; const require = __jcfzCreateRequire(import.meta.url);",
	},
	plugins: [yargsShim, lazySegmenter, noHelpCache, noVersionGuess, fastStringWidth, noDevtools, noYogaFetch],
	logLevel: 'warning',
};

/**
 * The CLI is one CommonJS file so that bin/jcfz can load it through vm.Script with V8's code cache (ESM cannot
 * use one on Node 20): that takes ~30 ms off every command. The explorer is a second CommonJS file that holds the
 * CLI too (src/explorer-bundle.ts), for the same reason. The HTML reader and the document readers are separate ESM
 * files, imported only by the commands that need them.
 */
function lazyParts({explorer}) {
	return {
		name: 'lazy-parts',
		setup(b) {
			// Never followed at run time (see src/cli/lazy-parts.ts), but kept out of the bundle.
			if (!explorer) b.onResolve({filter: /\/tui\/run\.js$/}, () => ({path: './explorer.cjs', external: true}));
			b.onResolve({filter: /\/core\/html\.js$/}, () => ({path: './html.mjs', external: true}));
			b.onResolve({filter: /\/formats\/read-document\.js$/}, () => ({path: './documents.mjs', external: true}));
		},
	};
}

/** The options of a CommonJS bundle run by bin/jcfz. */
function commonJsBundle(entry, outfile, plugins) {
	const {splitting, banner, ...common} = bundleOptions;
	return {
		...common,
		format: 'cjs',
		entryPoints: [entry],
		outfile,
		// import.meta.url has no CommonJS equivalent; derive it from __filename.
		define: {...common.define, 'import.meta.url': '__jcfzModuleUrl'},
		banner: {js: "const __jcfzModuleUrl = require('node:url').pathToFileURL(__filename).href;"},
		plugins: [...plugins, ...common.plugins],
	};
}

async function buildProduct() {
	const dist = join(root, 'dist');
	await rm(dist, {recursive: true, force: true});
	await build(commonJsBundle('src/cli/main.ts', 'dist/cli.cjs', [lazyParts({explorer: false})]));
	await build(
		commonJsBundle('src/explorer-bundle.ts', 'dist/explorer.cjs', [
			lazyParts({explorer: true}),
			explorerWithoutTopLevelAwait,
		]),
	);
	await build({
		...bundleOptions,
		splitting: false,
		entryPoints: {html: 'src/core/html.ts', documents: 'src/formats/read-document.ts'},
		// pdf.js (with its worker, CMaps and fonts) and word-extractor are loaded from the installed packages.
		external: ['pdfjs-dist', 'word-extractor'],
		outdir: 'dist',
		outExtension: {'.js': '.mjs'},
	});
	await mkdir(join(dist, 'locales'), {recursive: true});
	for (const locale of ['en.json', 'zh_CN.json']) {
		await copyFile(join(root, 'node_modules', 'yargs', 'locales', locale), join(dist, 'locales', locale));
	}
	// Warm the code caches with representative runs on a throw-away store seeded from seeds/: a lookup for the CLI
	// bundle; for the explorer's, the explorer opened in a pseudo-terminal (util-linux `script`) and quit once its
	// first frame is drawn. Without `script`, the first explorer a user opens writes that cache.
	const scratch = await mkdtemp(join(tmpdir(), 'jcfz-build-'));
	const db = join(scratch, 'jcfz.json');
	spawnSync(process.execPath, [join(root, 'bin', 'jcfz'), 'show', '行政复议', '--db', db], {stdio: 'ignore'});
	await openExplorerOnce(db);
	await rm(scratch, {recursive: true, force: true});
}

/** Opens the explorer in a pseudo-terminal until its footer is drawn, then quits it (at most 20 s; never fails). */
function openExplorerOnce(db) {
	const command = `stty cols 100 rows 30; ${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'bin', 'jcfz'))} --db ${JSON.stringify(db)}`;
	return new Promise(resolve => {
		let child;
		try {
			child = spawn('script', ['-qfec', command, '/dev/null'], {stdio: ['pipe', 'pipe', 'ignore']});
		} catch {
			resolve();
			return;
		}
		const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		let output = '';
		child.stdout.on('data', data => {
			if (output === null) return;
			output += data;
			if (!/q (quit|退出)/.test(output)) return;
			output = null;
			child.stdin.write('q');
		});
		const done = () => {
			clearTimeout(timer);
			resolve();
		};
		// Without `script` (ENOENT) there is only an error event.
		child.on('error', done);
		child.on('close', done);
	});
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildProduct();
