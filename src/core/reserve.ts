/**
 * The space each widget keeps free until its content is shown, so the page
 * does not jump when it renders. Written once per widget and used twice: in
 * the widget's own styles (`:host`, before its first render and while it
 * loads), and by `dist/ontrack.js` for the widgets on the page that are not
 * defined yet (their module still on its way), so that a widget defined late
 * does not push down one defined early. No Lit here: `ontrack.js` loads this
 * before anything else.
 *
 * The defaults were measured with the demo content and follow the width:
 * `100cqi` is the width of the page's nearest container, else of the screen.
 * A page whose widget is much taller or shorter sets `--ontrack-reserve`.
 */

/** A selector for the element, with optional attribute conditions (`[limit='1']`). */
export type Selecting = (attributes?: string) => string;

const SPACE = 'var(--ontrack-space, 1rem)';

const RULES: Record<string, (at: Selecting) => string> = {
  // As many cards as `limit` asks for (three without one), in rows of as many
  // as fit. On a phone a card's text wraps more as the screen narrows while
  // its photo shrinks, so a card grows a little taller. A carousel shows one
  // card with its buttons below.
  'ontrack-testimonials': (at) => `
    ${at()} {
      --_cards: 3;
      --_columns: 1;
      --_row: calc(40rem - 0.46 * 100cqi);
      --_reserve-default: calc(round(up, var(--_cards) / var(--_columns), 1) * (var(--_row) + ${SPACE}) - ${SPACE});
    }
    ${at("[limit='1']")} { --_cards: 1; }
    ${at("[limit='2']")} { --_cards: 2; }
    ${at("[limit='4']")} { --_cards: 4; }
    ${at("[limit='5']")} { --_cards: 5; }
    ${at("[limit='6']")} { --_cards: 6; }
    @media (min-width: 34rem) { ${at()} { --_columns: 2; --_row: 37rem; } }
    @media (min-width: 51rem) { ${at()} { --_columns: 3; } }
    @media (min-width: 68rem) { ${at()} { --_columns: 4; } }
    ${at("[layout='carousel']")} { --_reserve-default: calc(var(--_row) + 4rem); }`,
  // The questions wrap more as the screen narrows; from 40rem the form stops growing wider.
  'ontrack-signup': (at) => `
    ${at()} { --_reserve-default: max(91rem, 146rem - 1.62 * 100cqi); }`,
  // The sections wrap more as the screen narrows.
  'ontrack-practice': (at) => `
    ${at()} { --_reserve-default: max(45rem, 112rem - 1.11 * 100cqi); }`,
  // One card under the other on a phone, the filters folded; from 40rem the
  // filters are open and the cards share rows.
  'ontrack-practice-library': (at) => `
    ${at()} { --_reserve-default: calc(204rem - 2.93 * 100cqi); }
    @media (min-width: 40rem) { ${at()} { --_reserve-default: max(60rem, 156rem - 1.1 * 100cqi); } }`,
  // A list on a phone, a matrix on wider screens.
  'ontrack-study-explorer': (at) => `
    ${at()} { --_reserve-default: calc(117rem - 0.57 * 100cqi); }
    @media (min-width: 31rem) { ${at()} { --_reserve-default: max(58rem, 120rem - 1.15 * 100cqi); } }`,
  // One line: the label and the menu.
  'ontrack-language-picker': (at) => `
    ${at()} { --_reserve-default: 2.75rem; }`,
};

/** Inside a widget's shadow root: `:host`, `:host([limit='1'])`. */
export const host: Selecting = (attributes) => (attributes ? `:host(${attributes})` : ':host');

/** The rules that set `--_reserve-default` for `tag`, written for `at` (`host` in the widget's styles). */
export function reserveRules(tag: string, at: Selecting): string {
  return RULES[tag]?.(at) ?? '';
}

/**
 * Keeps the widgets' space on the page before they are defined: one document
 * style sheet (adopted, so a strict Content Security Policy allows it) for
 * the given tags while they are `:not(:defined)`. Once a widget is defined its
 * own styles keep the same space until its content is shown.
 */
export function reserveBeforeDefinition(tags: readonly string[]): void {
  const known = tags.filter((tag) => tag in RULES && !customElements.get(tag));
  if (!known.length || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const waiting = (tag: string): Selecting => (attributes = '') => `${tag}${attributes}:not(:defined)`;
  const css = known.map((tag) => reserveRules(tag, waiting(tag))).join('\n') +
    `\n${known.map((tag) => waiting(tag)()).join(', ')} {
      display: block;
      min-block-size: var(--ontrack-reserve, var(--_reserve-default));
    }`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable style sheets: the widgets still reserve their space once defined.
  }
}
