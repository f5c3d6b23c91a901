import { css } from 'lit';

/**
 * Styles every widget shares: design tokens with accessible defaults, the
 * state notices, buttons, focus and motion. Widgets add their own on top.
 *
 * Global tokens (set them on `:root` or any ancestor):
 * `--ontrack-color-text`, `--ontrack-color-muted`, `--ontrack-color-surface`,
 * `--ontrack-color-border`, `--ontrack-color-accent`, `--ontrack-color-on-accent`,
 * `--ontrack-color-danger`, `--ontrack-color-focus`, `--ontrack-radius`,
 * `--ontrack-space`, `--ontrack-font-family`, `--ontrack-max-width`,
 * `--ontrack-reserve` (the height a widget keeps free while it loads, so the
 * page does not jump when it renders; each widget has a default of its own,
 * set as `--_reserve-default`).
 */
export const frameStyles = css`
  :host {
    --_text: var(--ontrack-color-text, #1b1f24);
    --_muted: var(--ontrack-color-muted, #4a5360);
    --_surface: var(--ontrack-color-surface, #ffffff);
    --_subtle: var(--ontrack-color-subtle, #f3f5f7);
    --_border: var(--ontrack-color-border, #8a949f);
    --_accent: var(--ontrack-color-accent, #0a5bb0);
    --_on-accent: var(--ontrack-color-on-accent, #ffffff);
    --_danger: var(--ontrack-color-danger, #a4231b);
    --_focus: var(--ontrack-color-focus, #0a5bb0);
    --_radius: var(--ontrack-radius, 0.5rem);
    --_space: var(--ontrack-space, 1rem);

    display: block;
    box-sizing: border-box;
    max-inline-size: var(--ontrack-max-width, none);
    color: var(--_text);
    font-family: var(--ontrack-font-family, inherit);
    line-height: 1.5;
    /* Long words: hyphenated in the language of the text they are in (every
       content text carries its own lang), and only broken without a hyphen
       when nothing else fits. */
    -webkit-hyphens: auto;
    hyphens: auto;
    overflow-wrap: anywhere;
  }

  /* Content texts are isolated from the interface around them (dir also sets
     unicode-bidi: isolate; this holds where a page's CSS resets it). */
  [dir] {
    unicode-bidi: isolate;
  }

  /* While loading (and before the first render, when the interface language
     is still on its way), keep the space the widget will take, so nothing
     below it moves. Widgets scale their default with the width: 100cqi is the
     width of the page's nearest container, else of the screen. */
  :host(:not([state])),
  :host([state='loading']) .frame {
    min-block-size: var(--ontrack-reserve, var(--_reserve-default, 6rem));
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .frame {
    display: block;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  button:hover {
    background: var(--_subtle);
  }

  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .notice {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .notice.error {
    border-color: var(--_danger);
  }

  .notice p {
    margin-block: 0 0.75em;
  }

  .notice p:last-child {
    margin-block-end: 0;
  }

  .notice details {
    margin-block-start: 0.75em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .notice summary {
    cursor: pointer;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
  }

  .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 3px solid var(--_subtle);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: ontrack-spin 0.9s linear infinite;
  }

  @keyframes ontrack-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .fallback {
    margin-block-start: var(--_space);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
