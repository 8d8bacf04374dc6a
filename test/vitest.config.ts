/**
 * The tests' configuration. Frames are measured with the string-width the bundle ships: bin/build.mjs makes
 * every `import 'string-width'` — Ink's included — resolve to src/render/fast-string-width.ts, and so does this
 * (Ink is inlined so that the resolution reaches it).
 */
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const wrapper = fileURLToPath(new URL('../src/render/fast-string-width.ts', import.meta.url));

export default defineConfig({
	root,
	plugins: [
		{
			name: 'jcfz-fast-string-width',
			enforce: 'pre',
			resolveId(source, importer) {
				return source === 'string-width' && importer !== wrapper ? wrapper : null;
			},
		},
	],
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		server: {deps: {inline: [/[\\/]ink[\\/]/, 'ink-testing-library']}},
	},
});
