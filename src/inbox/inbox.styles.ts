import { css } from 'lit';

export const inboxStyles = css`
  :host {
    display: block;
    font: 1rem/1.5 system-ui, sans-serif;
    color: #1b1f24;
    max-inline-size: 60rem;
    margin-inline: auto;
    padding: 1rem;
  }
  header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
  h1 { font-size: 1.5rem; margin: 0; }
  h2 { font-size: 1.25rem; }
  label { display: block; font-weight: 600; margin-block-start: 0.5rem; }
  input, select, button, .export { font: inherit; }
  input, select { padding: 0.4rem; border: 1px solid #4a5360; border-radius: 4px; min-inline-size: 12rem; }
  button, .export {
    padding: 0.45rem 0.9rem; border: 1px solid #0a5bb0; border-radius: 4px; background: #0a5bb0; color: #fff; cursor: pointer;
    text-decoration: none; display: inline-block;
  }
  button.row { background: #fff; color: inherit; border-color: #c5ccd6; inline-size: 100%; text-align: start; display: grid; gap: 0.25rem 1rem; grid-template-columns: 1fr auto; }
  .row .when { grid-column: 1 / -1; color: #4a5360; font-size: 0.9rem; }
  button.danger { background: #a4161a; border-color: #a4161a; }
  button.keep, button.back, button.signout { background: #fff; color: #0a5bb0; }
  button:focus-visible, a:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  button[disabled] { opacity: 0.6; cursor: default; }
  .login form { display: grid; gap: 0.25rem; max-inline-size: 22rem; }
  .login button { margin-block-start: 0.75rem; justify-self: start; }
  .problem { color: #a4161a; min-block-size: 1.5em; }
  .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-block: 1rem; }
  .list { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
  .status[data-status='suspect'] { color: #8a4b00; }
  .status[data-status='waitlist'] { color: #5b3a99; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-block: 1rem; }
  .confirm { flex-basis: 100%; margin: 0; }
  .notice { padding: 0.5rem 0.75rem; background: #eef3f8; border-inline-start: 4px solid #0a5bb0; }
  .notice:empty { display: none; }
  .language { display: flex; gap: 0.5rem; align-items: center; }
  .language label { margin: 0; }
  .language select { min-inline-size: 0; }
`;
