import { unsafeCSS, type CSSResult } from 'lit';
import { host, reserveRules } from './reserve.js';

/**
 * The space a widget keeps free while loading (see `reserve.ts`), as a style
 * sheet of its own: the rules are generated, so they stay out of the widget's
 * literal `css` (which the build minifies).
 */
export const reserveStyles = (tag: string): CSSResult => unsafeCSS(reserveRules(tag, host));
