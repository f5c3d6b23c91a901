import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../core/lib/intl.js';
import { facetName, valueName } from '../../practice/labels.js';
import { FACETS, facetCounts, valuesOf, type FacetKey } from '../logic/facets.js';
import type { SortKey } from '../logic/library-state.js';
import type { LibraryContext } from './context.js';

/** How many filter values are ticked. */
export const tickedCount = (c: LibraryContext): number => Object.values(c.state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);

/** Search, sort, and the facet filters behind a disclosure button (folded on a phone). */
export function controlsView(c: LibraryContext): TemplateResult {
  const ticked = tickedCount(c);
  return html`<div part="controls" class="controls">
    <div class="row">
      <p class="field">
        <label for="search">${msg('Search practices')}</label>
        <input id="search" type="search" autocomplete="off" .value=${c.state.query} @input=${(e: Event) => c.search((e.target as HTMLInputElement).value)} />
      </p>
      <p class="field">
        <label for="sort">${msg('Sort by')}</label>
        <select id="sort" @change=${(e: Event) => c.sort((e.target as HTMLSelectElement).value as SortKey)}>
          <option value="title" ?selected=${c.state.sort === 'title'}>${msg('Title (A to Z)')}</option>
          <option value="country" ?selected=${c.state.sort === 'country'}>${facetName('country')}</option>
        </select>
      </p>
    </div>
    <div part="filters" class="filters">
      <button type="button" part="filters-toggle" class="filters-toggle" aria-expanded=${c.filtersOpen ? 'true' : 'false'} aria-controls="facets" @click=${() => c.toggleFilters()}>
        <span class="chevron" aria-hidden="true"></span>${msg('Filters')}${ticked ? ` (${formatNumber(c.locale, ticked)})` : ''}
      </button>
      <div id="facets" class="facet-groups" ?hidden=${!c.filtersOpen}>${FACETS.map((key) => facetView(c, key))}</div>
    </div>
  </div>`;
}

function facetView(c: LibraryContext, key: FacetKey): TemplateResult | typeof nothing {
  const values = valuesOf(c.practices, key);
  if (values.length === 0) return nothing;
  const counts = facetCounts(c.searched, c.state.filters, key);
  const chosen = c.state.filters[key] ?? [];
  const collator = new Intl.Collator(c.locale);
  const named = values
    .map((value) => ({ value, name: valueName(key, value, c.locale) }))
    .sort((a, b) => (key === 'country' ? collator.compare(a.name, b.name) : 0));
  return html`<fieldset data-facet=${key}>
    <legend>${facetName(key)}</legend>
    ${named.map(({ value, name }) => {
      const count = counts.get(value) ?? 0;
      const checked = chosen.includes(value);
      const off = count === 0 && !checked;
      return html`<label class=${off ? 'disabled' : ''}>
        <input type="checkbox" name=${key} .value=${value} .checked=${checked} ?disabled=${off} @change=${(e: Event) => c.tick(key, value, (e.target as HTMLInputElement).checked)} />
        <span>${name} <span class="count" data-count=${count}>(${formatNumber(c.locale, count)})</span></span>
      </label>`;
    })}
  </fieldset>`;
}

/** The practices found, and a way to clear the search and filters. */
export function countView(c: LibraryContext): TemplateResult {
  const filtered = c.state.query.trim() !== '' || tickedCount(c) > 0;
  return html`<div class="count-line">
    <p part="count" role="status">${msg(str`Practices found: ${formatNumber(c.locale, c.shown.length)}`)}</p>
    ${filtered ? html`<button type="button" class="clear" @click=${() => c.clear()}>${msg('Clear filters')}</button>` : nothing}
  </div>`;
}
