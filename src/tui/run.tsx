import type {Store} from '../store/store.js';
export interface TuiOptions {
	readonly year?: number;
	readonly region?: string;
	readonly view: 'sections' | 'indicators' | 'diff';
	readonly filter: string;
	readonly diff?: readonly number[];
	readonly lang: 'zh' | 'en';
}
export async function runTui(_store: Store, _options: TuiOptions): Promise<void> {
	throw new Error('TUI not built yet');
}
