/**
 * What the benchmark measures in process, bundled exactly like the product (production React, the fast
 * string-width), so that in-process figures describe the code users run.
 */
export {render} from 'ink-testing-library';
export {createElement} from 'react';
export {diffIndicators} from '../src/core/diff/diff.js';
export {extractIndicators} from '../src/core/extract.js';
export {compileFilter} from '../src/core/filter.js';
export {parseReport} from '../src/core/parse.js';
export {Store} from '../src/store/store.js';
export {App} from '../src/tui/app/app.js';
export {createKeyReader} from '../src/tui/input/read-keys.js';
export {loadRegions} from '../src/tui/regions/load.js';
