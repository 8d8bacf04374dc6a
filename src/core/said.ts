/**
 * How jcfz speaks. Every text it shows a person is written in both of its languages where it is used — English
 * first, then Chinese, with the same values interpolated in each, so that the compiler checks both — and chosen by
 * this one function. (A catalogue of keyed messages would part each text from the condition it describes and turn
 * its interpolations into untyped templates: see the README's Messages.)
 */

export type Lang = 'zh' | 'en';

/** A text in both languages: English, Chinese. */
export type Said = readonly [en: string, zh: string];

/** The text (or the lines, or any pair of alternatives) in `lang`. */
export function say<T>(said: readonly [en: T, zh: T], lang: Lang): T {
	return said[lang === 'zh' ? 1 : 0];
}
