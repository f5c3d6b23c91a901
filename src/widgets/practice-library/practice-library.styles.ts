import { css } from 'lit';

/** The practice library's own styles, on top of the frame's and the practice's. */

export const practiceLibraryStyles = css`
  .library {
    display: grid;
    gap: var(--_space);
  }
  .controls {
    display: grid;
    gap: 0.75em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--_space);
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .filters {
    display: grid;
    gap: 0.75em;
  }
  /* A disclosure button: looks like a button, with a chevron that turns when open. */
  .filters-toggle {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 700;
  }
  .chevron {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
    margin-block-start: -0.25em;
    transition: transform 0.15s;
  }
  .filters-toggle[aria-expanded='false'] .chevron {
    transform: rotate(-45deg);
    margin-block-start: 0;
  }
  [dir='rtl'] .filters-toggle[aria-expanded='false'] .chevron {
    transform: rotate(135deg);
  }
  .facet-groups[hidden] {
    display: none;
  }
  .facet-groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space);
  }
  fieldset {
    margin: 0;
    padding-block: 0.25em 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 32px;
    font-weight: 400;
  }
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .disabled {
    color: var(--_muted);
  }
  .count-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
    align-items: center;
    margin: 0;
  }
  .count-line p {
    margin: 0;
    font-weight: 600;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ontrack-practice-library-min-card, 16rem)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li {
    display: flex;
  }
  .card {
    display: grid;
    align-content: start;
    gap: 0.5em;
    inline-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card {
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .card-title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .card-title button,
  .card-title a {
    display: inline;
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .card p {
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .tags li {
    padding-inline: 0.5em;
    border-radius: 1em;
    background: var(--_subtle);
    border: 1px solid var(--_border);
  }
  .opened {
    display: grid;
    gap: var(--_space);
  }
  .back {
    justify-self: start;
  }
  [dir='rtl'] .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  @media print {
    .controls,
    .count-line {
      display: none !important;
    }
  }
`;
