import { css } from 'lit';

export const studioStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    line-height: 1.45;
    color: #1b1b1b;
    background: #f6f6f4;
    min-height: 100vh;
    --accent: #0b5cad;
    --error: #b00020;
    --warning: #7a4d00;
  }
  *:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  h1 { font-size: 1.25rem; margin: 0; }
  h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  .visually-hidden {
    position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  button, select, input, textarea { font: inherit; }
  button {
    border: 1px solid #5a5a5a; background: #fff; color: inherit; border-radius: 4px;
    padding: 0.3rem 0.6rem; cursor: pointer;
  }
  button[aria-disabled='true'] { opacity: 0.5; cursor: default; }
  button[aria-pressed='true'], button[aria-current='true'] { background: var(--accent); color: #fff; border-color: var(--accent); }
  button.add { border-style: dashed; }
  input:not([type='checkbox']), select, textarea {
    border: 1px solid #5a5a5a; border-radius: 4px; padding: 0.3rem 0.4rem; background: #fff; max-inline-size: 100%;
    box-sizing: border-box;
  }
  input[type='text'], input[type='url'], textarea { inline-size: 100%; }
  [aria-invalid='true'] { border-color: var(--error); border-width: 2px; }
  .toolbar {
    display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; justify-content: space-between;
    padding: 0.6rem 1rem; background: #fff; border-block-end: 1px solid #ccc;
  }
  .toolbar .file { font-weight: normal; color: #4a4a4a; font-size: 1rem; }
  .actions, .views, .item-actions { display: flex; flex-wrap: wrap; gap: 0.35rem; }
  .status { margin: 0; padding: 0.25rem 1rem; min-block-size: 1.5em; }
  .inline { display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap; }
  .workspace {
    display: grid; gap: 1rem; padding: 0 1rem 1rem;
    grid-template-columns: minmax(11rem, 16rem) minmax(0, 1fr) minmax(0, 1fr);
  }
  @media (max-width: 1100px) {
    .workspace { grid-template-columns: minmax(10rem, 14rem) minmax(0, 1fr); }
    .preview { grid-column: 1 / -1; }
  }
  @media (max-width: 640px) { .workspace { grid-template-columns: 1fr; } }
  .main { min-inline-size: 0; }
  .open, .editor, .problems, .preview, nav.items { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 0.75rem; }
  .open { max-inline-size: 40rem; margin: 1rem auto; }
  .problems { margin-block-start: 1rem; }
  nav.items ul, nav.items ol { list-style: none; margin: 0; padding: 0; }
  nav.items li { margin-block: 0.2rem; }
  .collection-title { font-size: 1rem; margin-block: 0.8rem 0.3rem; }
  .nav-item { inline-size: 100%; text-align: start; display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; }
  .badge { font-size: 0.8rem; border-radius: 3px; padding: 0 0.3rem; border: 1px solid currentColor; background: #fff; }
  .badge.error { color: var(--error); }
  .badge.warning, .badge.missing { color: var(--warning); }
  .field { margin-block: 0.6rem; }
  .field > label, .label { display: block; font-weight: 600; }
  .check { display: flex; gap: 0.4rem; align-items: baseline; flex-wrap: wrap; }
  .check > label { font-weight: 600; }
  .help { margin: 0.1rem 0 0.3rem; color: #4a4a4a; font-size: 0.9rem; }
  .required { font-weight: normal; color: #4a4a4a; font-size: 0.9rem; }
  .code { font-weight: normal; color: #4a4a4a; }
  fieldset { border: 1px solid #ccc; border-radius: 4px; margin-block: 0.6rem; padding: 0.4rem 0.75rem; min-inline-size: 0; }
  legend { font-weight: 600; padding-inline: 0.25rem; }
  .field-problems { margin: 0.2rem 0; padding-inline-start: 1.2rem; }
  .field-problems .error, .problems .error { color: var(--error); }
  .field-problems .warning, .problems .warning { color: var(--warning); }
  .problems a { color: inherit; }
  .summary.ok { color: #1d6b2f; }
  .entries { padding-inline-start: 1.2rem; }
  .entry { margin-block: 0.5rem; }
  details > summary { cursor: pointer; font-weight: 600; }
  .unknown { color: var(--error); }
  .editor > .item-actions, .editor > .views { margin-block: 0.5rem; }
  .table-wrap { overflow-x: auto; }
  table.translations { border-collapse: collapse; inline-size: 100%; }
  table.translations caption { text-align: start; font-weight: 600; margin-block-end: 0.4rem; }
  table.translations th, table.translations td { border: 1px solid #ccc; padding: 0.3rem; vertical-align: top; text-align: start; }
  table.translations td.missing { background: #fff6e0; }
  table.translations textarea { min-inline-size: 10rem; }
  .fallback { font-size: 0.85rem; margin: 0.2rem 0 0; }
  .lang-name { display: block; }
  .preview-controls { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
  .frame-wrap { margin-block-start: 0.5rem; overflow-x: auto; }
  iframe { border: 1px solid #999; background: #fff; block-size: 480px; display: block; }
  iframe.full { inline-size: 100%; }
  iframe.phone { inline-size: 360px; max-inline-size: none; }
  .note { color: #4a4a4a; }
  [hidden] { display: none !important; }
`;
