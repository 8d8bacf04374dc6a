/** Terminal safety for everything the CLI and the TUI print (the functions live in the core, which uses them too). */
export {inert, inertLine} from '../core/inert.js';
