/** The explorer's screens, by view: the one table the root routes through (see screen.ts). */
import type {View} from '../state.js';
import {diffScreen} from './diff.js';
import {indicatorsScreen} from './indicators.js';
import {regionsScreen} from './regions.js';
import type {Screen} from './screen.js';
import {sectionsScreen} from './sections.js';

export const SCREENS: Readonly<Record<View, Screen>> = {
	sections: sectionsScreen,
	indicators: indicatorsScreen,
	diff: diffScreen,
	regions: regionsScreen,
};

export type {Screen, ShownBinding} from './screen.js';
