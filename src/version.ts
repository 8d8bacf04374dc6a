/** The package version, injected by the bundler; "dev" when running from source. */
declare const __JCFZ_VERSION__: string | undefined;
export const VERSION: string = typeof __JCFZ_VERSION__ === 'string' ? __JCFZ_VERSION__ : 'dev';
