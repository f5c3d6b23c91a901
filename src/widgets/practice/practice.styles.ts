import { css } from 'lit';

/** Styles of a practice; the library reuses the shared control styles at the end. */
export const practiceStyles = css`
  .practice {
    display: grid;
    gap: var(--_space);
  }

  .head {
    display: grid;
    gap: 0.5em;
  }

  .title {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .section-title {
    margin-block: 0 0.25em;
    font-size: 1.15em;
    font-weight: 700;
  }

  .text p,
  .summary p {
    margin-block: 0 0.5em;
  }

  .summary {
    font-size: 1.1em;
  }

  .note {
    display: inline-block;
    margin-block: 0 0.25em;
    padding-block: 0.1em;
    padding-inline: 0.5em;
    border-inline-start: 3px solid var(--_accent);
    background: var(--ontrack-practice-note-background, var(--_subtle));
    color: var(--_text);
    font-size: 0.85em;
    font-style: italic;
  }

  .head .note {
    justify-self: start;
  }

  .facets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5em var(--_space);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .facets dt {
    font-weight: 700;
    font-size: 0.9em;
  }

  .facets dd {
    margin: 0;
  }

  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contact {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space);
  }

  a {
    color: var(--_accent);
  }

  label {
    font-weight: 600;
  }

  select,
  input[type='search'] {
    min-block-size: 44px;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }

  @media print {
    :host {
      color: #000;
    }

    .languages,
    button {
      display: none !important;
    }

    .facets {
      background: none;
    }

    .section {
      break-inside: avoid;
    }

    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.9em;
    }
  }
`;
