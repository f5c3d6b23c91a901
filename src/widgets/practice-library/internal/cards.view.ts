import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Practice } from '../../../content/schema/practices.js';
import { countryName, valueName } from '../../practice/labels.js';
import { practiceHref } from '../logic/address.js';
import type { LibraryContext } from './context.js';

/**
 * The parts of the nested `<ontrack-practice>`, exported under the library
 * so a page can style an opened practice: `ontrack-practice-library::part(practice-section)`.
 */
export const PRACTICE_PARTS = [
  'practice',
  'languages:practice-languages',
  'facets:practice-facets',
  'section:practice-section',
  'note:practice-note',
  'base:practice-base',
  'loading:practice-loading',
  'error:practice-error',
  'empty:practice-empty',
].join(', ');

/** The list of cards, or a notice when nothing matches. */
export function cardsView(c: LibraryContext): TemplateResult {
  return c.shown.length
    ? html`<ul part="list" class="cards" role="list">
        ${c.shown.map((p) => html`<li>${cardView(c, p)}</li>`)}
      </ul>`
    : html`<p class="notice">${msg('No practices match your search.')}</p>`;
}

function cardView(c: LibraryContext, p: Practice): TemplateResult {
  const title = c.text(p.title);
  return html`<article part="card" class="card" data-id=${p.id}>
    <p role="heading" aria-level=${c.level} class="card-title">
      ${c.linkPattern
        ? html`<a href=${practiceHref(c.linkPattern, p.id)}>${title}</a>`
        : html`<button type="button" data-open=${p.id} @click=${() => c.open(p.id)}>${title}</button>`}
    </p>
    <p class="summary-text">${c.text(p.summary)}</p>
    ${c.machineTranslated(p) ? html`<p part="note" class="note machine">${msg('Machine-translated')}</p>` : nothing}
    <ul class="tags" role="list">
      <li>${countryName(p.country, c.locale)}</li>
      ${p.classification.map((value) => html`<li>${valueName('classification', value, c.locale)}</li>`)}
    </ul>
  </article>`;
}

/** A practice opened in place: the practice widget itself, with a way back to the list. */
export function openedView(c: LibraryContext, p: Practice): TemplateResult {
  return html`<section class="opened" aria-label=${c.label || msg('Practices')}>
    <button type="button" part="back" class="back" @click=${() => c.close()}>
      <span class="arrow" aria-hidden="true">←</span> ${msg('Back to the list')}
    </button>
    <ontrack-practice
      exportparts=${PRACTICE_PARTS}
      practice=${p.id}
      heading-level=${c.level}
      src=${c.src || nothing}
      .pack=${c.src ? undefined : c.pack}
    ></ontrack-practice>
  </section>`;
}
