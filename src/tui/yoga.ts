/**
 * Yoga (Ink's layout engine) as the explorer bundle sees it: the build points every `import Yoga from
 * 'yoga-layout'` here. yoga-layout's own entry instantiates its WebAssembly with a top-level await, which a
 * CommonJS bundle cannot hold — and only a CommonJS bundle can be compiled with V8's code cache on Node 20. Ink
 * touches Yoga only when it lays out a frame, never when it is loaded, so the object can be empty until
 * `yogaReady()` fills it, which the bundle's entry awaits before the explorer renders.
 *
 * Run from source (the tests), Ink imports the real yoga-layout and this module is not used.
 */
import {loadYoga} from 'yoga-layout/load';

type YogaApi = Awaited<ReturnType<typeof loadYoga>>;

const Yoga = {} as YogaApi;
export default Yoga;

let loading: Promise<void> | undefined;

/** Instantiates Yoga once; every later call waits for the same instance. */
export function yogaReady(): Promise<void> {
	loading ??= loadYoga().then(api => {
		Object.assign(Yoga, api);
	});
	return loading;
}
