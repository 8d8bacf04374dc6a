/**
 * A JSON array written item by item, byte for byte what `JSON.stringify(items, null, 2)` gives for the whole
 * array: a search over 30,000 reports prints its hits without holding them all.
 */
import {toJson} from './json.js';
export interface JsonArrayWriter {
	item(value: unknown): void;
	end(): void;
}

export function jsonArrayWriter(write: (text: string) => void): JsonArrayWriter {
	let count = 0;
	return {
		item: value => {
			// JSON strings hold no raw line breaks, so every line break is the layout's and can be indented.
			write(`${count++ === 0 ? '[\n' : ',\n'}  ${toJson(value).replace(/\n/g, '\n  ')}`);
		},
		end: () => write(count === 0 ? '[]\n' : '\n]\n'),
	};
}
