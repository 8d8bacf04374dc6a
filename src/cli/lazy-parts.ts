/**
 * The explorer (ink, react), the HTML reader (htmlparser2) and the document readers (pdf.js, Word) are bundled apart
 * from the CLI and loaded only by the commands that need them. bin/jcfz runs the bundles through vm.Script (for
 * V8's code cache), where `import()` is not available on Node 20, so it lends a loader as
 * `globalThis.jcfzImportPart`: the explorer comes from dist/explorer.cjs (already running when the explorer was
 * asked for on the command line), the readers from their ES modules. Run from source (tests), the plain dynamic
 * import is used.
 */
type ImportPart = (name: 'tui' | 'html' | 'documents') => Promise<unknown>;

const hostImport = (): ImportPart | undefined => (globalThis as {jcfzImportPart?: ImportPart}).jcfzImportPart;

export function loadTui(): Promise<typeof import('../tui/run.js')> {
	const host = hostImport();
	return (host ? host('tui') : import('../tui/run.js')) as Promise<typeof import('../tui/run.js')>;
}

export function loadHtml(): Promise<typeof import('../core/html.js')> {
	const host = hostImport();
	return (host ? host('html') : import('../core/html.js')) as Promise<typeof import('../core/html.js')>;
}

export function loadDocuments(): Promise<typeof import('../formats/read-document.js')> {
	const host = hostImport();
	return (host ? host('documents') : import('../formats/read-document.js')) as Promise<
		typeof import('../formats/read-document.js')
	>;
}

/**
 * The parser and the extractor, for the commands that read a report (import, diff of files, the first run's
 * seeding). Imported on demand, they are evaluated only by those commands: in the bundles, a module reached
 * only through import() is initialised when it is first asked for, and a lookup never asks.
 */
export function loadAnalysis(): Promise<typeof import('../core/analyze.js')> {
	return import('../core/analyze.js');
}
