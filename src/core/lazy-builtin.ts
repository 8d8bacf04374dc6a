/**
 * Node's built-in modules, loaded on first use. A command loads only what it needs: `jcfz show` takes no lock and
 * never needs node:net (~2 ms), nor node:v8 or node:readline. (The CLI bundle runs through vm.Script, where
 * import() is not available: require, made for this module, is.)
 */
import {createRequire} from 'node:module';

let require: NodeJS.Require | undefined;
const loaded = new Map<string, unknown>();

export function builtin<T>(name: string): T {
	let m = loaded.get(name);
	if (m === undefined) {
		require ??= createRequire(import.meta.url);
		m = require(name);
		loaded.set(name, m);
	}
	return m as T;
}
