/**
 * The index document (`jcfz.json`) as jcfz writes it — a header line, then one body per line — read lazily: a
 * lookup parses the header and the line of the body it needs, not the 3,000 lines of a national store. The whole
 * document is parsed and checked the first time anything needs the list of bodies, and at once when the file is
 * not in that layout (hand-edited, or damaged: then the full parse reports where).
 */
import type {Adapter} from 'lowdb';
import {AtomicTextFile} from './atomic-file.js';
import {type BodyEntry, bodyEntryCheck, type IndexDoc, SCHEMA_VERSION, validateIndex} from './documents.js';
import {parseJsonDocument, ShapeError} from './json-file.js';

/** The index as text: one body per line, so that it stays cheap to read and a diff of two versions readable. */
export function serializeIndex(doc: IndexDoc): string {
	const bodies = doc.bodies.map(b => `\t${JSON.stringify(b)}`).join(',\n');
	const chosen = doc.chosen ? ',"chosen":true' : '';
	return `{"schemaVersion":${doc.schemaVersion},"generation":${doc.generation},"current":${JSON.stringify(doc.current)}${chosen},"bodies":[\n${bodies}\n]}\n`;
}

/** Finds one body of a lazily read index without parsing the others. */
const finders = new WeakMap<IndexDoc, (key: string) => BodyEntry | undefined>();

/** The body of `key` in `doc`, parsing only its line when the index was read lazily. */
export function findBodyEntry(doc: IndexDoc, key: string): BodyEntry | undefined {
	const find = finders.get(doc);
	return find ? find(key) : doc.bodies.find(b => b.key === key);
}

const END = '\n]}\n';

/** An index in jcfz's own layout, with `bodies` parsed on first use; undefined for any other text. */
function lazyIndex(path: string, text: string): IndexDoc | undefined {
	const firstLine = text.indexOf('\n');
	if (firstLine < 0 || !text.endsWith(END)) return undefined;
	let head: {schemaVersion?: unknown; generation?: unknown; current?: unknown; chosen?: unknown; bodies?: unknown};
	try {
		head = JSON.parse(`${text.slice(0, firstLine)}]}`);
	} catch {
		return undefined;
	}
	const {schemaVersion, generation, current, chosen} = head;
	if (schemaVersion !== SCHEMA_VERSION || !Number.isInteger(generation)) return undefined;
	if (current !== null && typeof current !== 'string') return undefined;
	if (chosen !== undefined && typeof chosen !== 'boolean') return undefined;
	let all: BodyEntry[] | undefined;
	const materialize = () => {
		all ??= parseJsonDocument(path, text, validateIndex).bodies;
		return all;
	};
	const doc = {schemaVersion, generation, current, ...(chosen ? {chosen} : {})} as IndexDoc;
	Object.defineProperty(doc, 'bodies', {
		enumerable: true,
		get: materialize,
		set: (value: BodyEntry[]) => {
			all = value;
		},
	});
	finders.set(doc, key => {
		if (all) return all.find(b => b.key === key);
		const at = text.indexOf(`\n\t{"key":${JSON.stringify(key)},`);
		if (at < 0) return materialize().find(b => b.key === key);
		const end = text.indexOf('\n', at + 1);
		const line = text.slice(at + 2, end).replace(/,$/, '');
		try {
			const entry: unknown = JSON.parse(line);
			bodyEntryCheck(entry);
			return entry as BodyEntry;
		} catch (error) {
			if (error instanceof SyntaxError || error instanceof ShapeError) return materialize().find(b => b.key === key);
			throw error;
		}
	});
	return doc;
}

export function parseIndex(path: string, text: string): IndexDoc {
	return lazyIndex(path, text) ?? parseJsonDocument(path, text, validateIndex);
}

export class IndexFile implements Adapter<IndexDoc> {
	readonly #file: AtomicTextFile;
	constructor(path: string) {
		this.#file = new AtomicTextFile(path);
	}

	get path(): string {
		return this.#file.path;
	}

	async read(): Promise<IndexDoc | null> {
		const text = await this.#file.read();
		return text === null ? null : parseIndex(this.path, text);
	}

	write(doc: IndexDoc): Promise<void> {
		return this.#file.write(serializeIndex(doc));
	}
}
