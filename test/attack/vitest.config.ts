/**
 * `npm run test:attack`: the slow attack tests (races run many times, large and hostile inputs) against the real
 * binary. Kept out of `npm test`, which must stay under three minutes; `.ci/run` runs both.
 */
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {
		include: ['test/attack/**/*.attack.ts'],
		testTimeout: 300_000,
		hookTimeout: 300_000,
		fileParallelism: false,
	},
});
