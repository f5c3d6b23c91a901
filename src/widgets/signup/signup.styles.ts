import { css } from 'lit';

export const signupStyles = css`
  .signup {
    display: grid;
    gap: var(--_space);
    max-inline-size: var(--ontrack-signup-max-width, 40rem);
  }

  .heading {
    margin: 0;
    font-weight: 700;
    line-height: 1.25;
  }

  .heading.h0 {
    font-size: 1.5em;
  }

  .heading.h1 {
    font-size: 1.2em;
  }

  .intro p,
  .intro details {
    margin-block: 0.5em 0;
  }

  .intro summary,
  .more summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }

  form {
    display: grid;
    gap: var(--_space);
  }

  form > p {
    margin: 0;
  }

  .deadline {
    font-weight: 600;
  }

  .required-note,
  .help {
    color: var(--_muted);
  }

  .field {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  fieldset.field {
    gap: 0.5em;
  }

  fieldset.guardian {
    padding-inline-start: var(--_space);
    border-inline-start: 0.25rem solid var(--_subtle);
  }

  legend,
  .field > label {
    padding: 0;
    font-weight: 600;
  }

  legend {
    margin-block-end: 0.35em;
  }

  .help,
  .field-error {
    margin: 0;
  }

  .field[data-invalid],
  fieldset[data-invalid] {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25rem solid var(--_danger);
  }

  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }

  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='date'],
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.4em;
    padding-inline: 0.6em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  [aria-invalid='true']:not([type='radio']):not([type='checkbox']) {
    border-color: var(--_danger);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }

  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    margin-block-start: 0.1em;
    accent-color: var(--_accent);
  }

  .session label {
    display: grid;
  }

  .session .places {
    color: var(--_muted);
    font-size: 0.95em;
  }

  .session[data-full] .places {
    color: var(--_danger);
  }

  .waitlist-note {
    margin: 0;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .routing {
    display: grid;
    gap: var(--_space);
  }

  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .privacy p {
    margin-block: 0.35em 0;
  }

  .error-summary {
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }

  .error-summary ul {
    margin-block: 0.5em 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .device-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-size: 0.95em;
  }

  .device-note p {
    flex: 1 1 16rem;
    margin: 0;
  }

  .done,
  .queued,
  .closed {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .queued {
    border-color: var(--_border);
  }

  .done p,
  .queued p,
  .closed p,
  .contact ul {
    margin: 0;
  }

  .contact ul {
    padding-inline-start: 1.25em;
  }

  a {
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    .field[data-invalid] {
      border-inline-start-color: Mark;
    }
  }
`;
