import { css } from 'lit';

export const studyExplorerStyles = css`
  .explorer {
    container: explorer / inline-size;
    display: grid;
    gap: var(--_space);
  }

  .heading {
    margin: 0;
    font-weight: 700;
  }

  .heading.h0 {
    font-size: 1.25em;
  }

  .heading.h1 {
    font-size: 1.1em;
  }

  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav button[aria-current='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .view {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }

  .view > * {
    min-inline-size: 0;
  }

  .field {
    display: grid;
    /* One column that may shrink below its content: a long option must not widen a phone's page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin: 0;
    min-inline-size: 0;
  }

  label {
    font-weight: 600;
  }

  input,
  select {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
  }

  .explain,
  .meta,
  .step {
    margin: 0;
    color: var(--_muted);
  }

  .overview {
    display: grid;
    gap: 0.75em;
  }

  .field.level {
    justify-items: start;
  }

  /* The matrix: a table on wide screens, a list on narrow ones. */
  .matrix-wrap {
    overflow-x: auto;
  }

  .matrix {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .matrix th,
  .matrix td {
    padding: 0.5em;
    border: 1px solid var(--_border);
    vertical-align: top;
    text-align: start;
  }

  .matrix thead th {
    background: var(--_subtle);
  }

  .matrix td {
    min-inline-size: var(--ontrack-study-explorer-cell-min, 9rem);
  }

  /*
   * Long words (Dutch, German, Finnish) in narrow columns: hyphenate by the
   * rules of each text's own language (its lang, from the frame or from the
   * text itself), and break a word only where nothing else fits.
   */
  .matrix th,
  .matrix td,
  .option,
  .more,
  .track-name,
  .card-title,
  table.compare th,
  table.compare td {
    hyphens: auto;
    overflow-wrap: break-word;
  }

  .option {
    display: block;
    inline-size: 100%;
    margin-block-end: 0.25em;
    text-align: start;
    min-block-size: 44px;
  }

  .option.link {
    display: inline;
    inline-size: auto;
    min-block-size: 0;
    min-inline-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 700;
  }

  .matrix-list {
    display: none;
  }

  .matrix-list .domain {
    display: grid;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }

  .track-name {
    margin: 0;
    color: var(--_muted);
  }

  .chips {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container explorer (max-width: 30rem) {
    .matrix-wrap {
      display: none;
    }

    .matrix-list {
      display: block;
    }
  }

  /* Questionnaire */
  .question {
    display: grid;
    gap: 0.75em;
  }

  progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }

  fieldset {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  legend {
    padding-inline: 0.25em;
    font-size: 1.15em;
    font-weight: 700;
  }

  .answers,
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }

  /* "+ Shortlist" and "+ Compare": two equal buttons, side by side or stacked when narrow. */
  .toggles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: 0.5em;
    margin: 0;
  }

  .toggle {
    inline-size: 100%;
  }

  .answers {
    margin-block-start: 0.75em;
  }

  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .tick {
    margin-inline-end: 0.35em;
  }

  /* Results and search */
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.75em;
  }

  .results {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result {
    display: grid;
    gap: 0.35em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .result p {
    margin: 0;
  }

  .why {
    padding-inline-start: 0.5em;
    border-inline-start: 0.25rem solid var(--_accent);
  }

  .count {
    margin: 0;
    font-weight: 600;
  }

  /* Detail and compare */
  .detail {
    display: grid;
    gap: 0.5em;
  }

  .detail p,
  .detail ul {
    margin: 0;
  }

  .sub {
    font-weight: 600;
  }

  [dir='rtl'] .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  .compare-wrap {
    overflow-x: auto;
  }

  table.compare {
    border-collapse: collapse;
    min-inline-size: 100%;
  }

  table.compare th,
  table.compare td {
    padding: 0.5em;
    border: 1px solid var(--_border);
    vertical-align: top;
    text-align: start;
    min-inline-size: 8rem;
  }

  table.compare ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .axes dt {
    font-weight: 700;
  }

  .axes dd {
    margin-inline-start: 0;
    margin-block-end: 0.5em;
  }

  .summary {
    display: grid;
    gap: 0.5em;
  }

  .summary ul,
  .summary p {
    margin: 0;
  }

  .tools {
    display: grid;
    gap: 0.5em;
  }

  .none {
    color: var(--_muted);
  }

  @media screen {
    .summary.off {
      display: none;
    }
  }

  @media print {
    .nav,
    .view,
    .tools,
    .toggles {
      display: none !important;
    }

    .summary {
      display: grid;
    }
  }
`;
