import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import type { LoadedPack as Loaded } from '../../content/load.js';
import { practicesPack, type Practice, type PracticesPack } from '../../content/schema/practices.js';
import {
  emptyState,
  FACETS,
  facetCounts,
  practiceHref,
  selectPractices,
  stateFromParams,
  stateToParams,
  valuesOf,
  type FacetKey,
  type LibraryState,
  type SortKey,
} from '../../practice/library.js';
import { pickText } from '../../content/text.js';
import { countryName, facetName, valueName } from '../practice/labels.js';
import { headingLevel } from '../practice/practice.js';
import { practiceStyles } from '../practice/practice.styles.js';

type LoadedPack = Loaded<PracticesPack>;

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * A library of practices: cards with facet filters (with counts), search in
 * the visitor's languages (ignoring case and accents), sorting, and a
 * practice opened in place or through a link. With `sync-url`, the search,
 * filters and opened practice live in the page address: a link can be
 * shared and the back button works.
 *
 * @summary Searchable, filterable library of practices.
 * @tag ontrack-practice-library
 *
 * @csspart controls - Search, sort and filters.
 * @csspart filters - The facet filters.
 * @csspart count - How many practices are shown.
 * @csspart list - The list of cards.
 * @csspart card - One practice's card.
 * @csspart back - The button back to the list, above an opened practice.
 * @cssproperty --ontrack-practice-library-min-card - Narrowest card (default 16rem).
 */
export class OntrackPracticeLibrary extends OntrackElement<PracticesPack> {
  static override styles = [
    ...OntrackElement.styles,
    practiceStyles,
    css`
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
      .filters summary {
        cursor: pointer;
        font-weight: 700;
        min-block-size: 44px;
        display: flex;
        align-items: center;
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
    `,
  ];

  protected override readonly packSchema = practicesPack;

  /** Keep the search, filters, sort and opened practice in the page address (shareable; the back button works). One library per page should use it. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Open practices through a link instead of in place, e.g. `/practices/{id}` or `practice.html?id={id}`. */
  @property({ attribute: 'link-pattern' }) linkPattern = '';

  /** Level of each card's title (2–6); an opened practice's title has the same level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Accessible name of the library. Default: "Practices" in the visitor's language. */
  @property() label = '';

  @state() private view: LibraryState = emptyState();

  #shown: Practice[] = [];
  /** Filters start folded on a small screen, where they would push the cards far down. */
  #filtersOpen = typeof matchMedia === 'function' ? matchMedia('(min-width: 40rem)').matches : true;
  /** Where focus goes after the next render: the back button, or a card's title. */
  #focusAfter?: string;

  #onPopState = () => {
    if (this.syncUrl) this.#applyUrl();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.#applyUrl();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') !== undefined) this.#applyUrl();
    const loaded = this.content.value;
    this.#shown = loaded ? selectPractices(loaded.pack.practices, this.view, this.#searchOptions(loaded)) : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusAfter;
    if (!target) return;
    this.#focusAfter = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  #applyUrl() {
    const next = stateFromParams(new URLSearchParams(location.search));
    const previousOpen = this.view.open;
    this.view = next;
    if (previousOpen && !next.open) this.#focusAfter = `[data-open="${CSS.escape(previousOpen)}"]`;
    else if (next.open && next.open !== previousOpen) this.#focusAfter = '.back';
  }

  /** Changes the view at the visitor's request; with `sync-url`, the address follows. */
  #commit(next: LibraryState, history: 'push' | 'replace' = 'push') {
    this.view = next;
    if (!this.syncUrl) return;
    const params = stateToParams(next, new URLSearchParams(location.search));
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    // Carry the entry's state over: the host page and other widgets (the
    // study explorer's place) keep what they stored in history.state.
    const kept: unknown = window.history.state;
    if (history === 'push') window.history.pushState(kept, '', url);
    else window.history.replaceState(kept, '', url);
  }

  #searchOptions(loaded: LoadedPack) {
    return {
      languages: this.visitorLanguages,
      defaultLanguage: loaded.pack.defaultLanguage,
      locale: this.locale,
      countryName: (code: string) => countryName(code, this.locale),
    };
  }

  protected override hasContent(loaded: LoadedPack): boolean {
    return loaded.pack.practices.length > 0;
  }

  protected override loadingMessage(): string {
    return msg('Loading practices…');
  }

  protected override emptyMessage(): string {
    return msg('There are no practices to show here yet.');
  }

  protected override renderReady(loaded: LoadedPack): unknown {
    const open = this.view.open && !this.linkPattern ? loaded.pack.practices.find((p) => p.id === this.view.open) : undefined;
    if (open) return this.#renderOpen(open, loaded);
    const filtered = this.#filtered();
    const found = new Intl.NumberFormat(this.locale).format(this.#shown.length);
    return html`<section class="library" aria-label=${this.label || msg('Practices')}>
      ${this.#renderControls(loaded)}
      <div class="count-line">
        <p part="count" role="status">${msg(str`Practices found: ${found}`)}</p>
        ${filtered
          ? html`<button type="button" class="clear" @click=${() => this.#commit({ ...emptyState(), sort: this.view.sort })}>
              ${msg('Clear filters')}
            </button>`
          : nothing}
      </div>
      ${this.#shown.length
        ? html`<ul part="list" class="cards" role="list">
            ${this.#shown.map((p) => html`<li>${this.#renderCard(p, loaded)}</li>`)}
          </ul>`
        : html`<p class="notice">${msg('No practices match your search.')}</p>`}
    </section>`;
  }

  #hasFilters(): boolean {
    return Object.values(this.view.filters).some((values) => values && values.length > 0);
  }

  #filtered(): boolean {
    return this.view.query.trim() !== '' || this.#hasFilters();
  }

  #renderControls(loaded: LoadedPack) {
    const practices = loaded.pack.practices;
    const searched = selectPractices(practices, { ...this.view, filters: {} }, this.#searchOptions(loaded));
    return html`<div part="controls" class="controls">
      <div class="row">
        <p class="field">
          <label for="search">${msg('Search practices')}</label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            .value=${this.view.query}
            @input=${this.#search}
          />
        </p>
        <p class="field">
          <label for="sort">${msg('Sort by')}</label>
          <select id="sort" @change=${this.#sort}>
            <option value="title" ?selected=${this.view.sort === 'title'}>${msg('Title (A to Z)')}</option>
            <option value="country" ?selected=${this.view.sort === 'country'}>${facetName('country')}</option>
          </select>
        </p>
      </div>
      <details
        part="filters"
        class="filters"
        ?open=${this.#filtersOpen || this.#hasFilters()}
        @toggle=${(event: Event) => (this.#filtersOpen = (event.target as HTMLDetailsElement).open)}
      >
        <summary>${msg('Filters')}</summary>
        <div class="facet-groups">
          ${FACETS.map((key) => this.#renderFacet(key, practices, searched))}
        </div>
      </details>
    </div>`;
  }

  #renderFacet(key: FacetKey, all: readonly Practice[], searched: readonly Practice[]) {
    const values = valuesOf(all, key);
    if (values.length === 0) return nothing;
    const counts = facetCounts(searched, this.view.filters, key);
    const chosen = this.view.filters[key] ?? [];
    const number = new Intl.NumberFormat(this.locale);
    const collator = new Intl.Collator(this.locale);
    const named = values
      .map((value) => ({ value, name: valueName(key, value, this.locale) }))
      .sort((a, b) => (key === 'country' ? collator.compare(a.name, b.name) : 0));
    return html`<fieldset data-facet=${key}>
      <legend>${facetName(key)}</legend>
      ${named.map(({ value, name }) => {
        const count = counts.get(value) ?? 0;
        const checked = chosen.includes(value);
        return html`<label class=${count === 0 && !checked ? 'disabled' : ''}>
          <input
            type="checkbox"
            name=${key}
            .value=${value}
            .checked=${checked}
            ?disabled=${count === 0 && !checked}
            @change=${(event: Event) => this.#toggle(key, value, (event.target as HTMLInputElement).checked)}
          />
          <span>${name} <span class="count" data-count=${count}>(${number.format(count)})</span></span>
        </label>`;
      })}
    </fieldset>`;
  }

  #renderCard(p: Practice, loaded: LoadedPack) {
    const level = headingLevel(this.headingLevel, 3);
    const title = this.text(p.title, loaded);
    const summary = pickText(p.summary, this.visitorLanguages, loaded.pack.defaultLanguage);
    const machine = p.machineTranslated.some((tag) => base(tag) === base(summary.lang));
    return html`<article part="card" class="card" data-id=${p.id}>
      <p role="heading" aria-level=${level} class="card-title">
        ${this.linkPattern
          ? html`<a href=${practiceHref(this.linkPattern, p.id)}>${title}</a>`
          : html`<button type="button" data-open=${p.id} @click=${() => this.#open(p.id)}>${title}</button>`}
      </p>
      <p class="summary-text">${this.text(p.summary, loaded)}</p>
      ${machine ? html`<p part="note" class="note machine">${msg('Machine-translated')}</p>` : nothing}
      <ul class="tags" role="list">
        <li>${countryName(p.country, this.locale)}</li>
        ${p.classification.map((c) => html`<li>${valueName('classification', c, this.locale)}</li>`)}
      </ul>
    </article>`;
  }

  #renderOpen(p: Practice, loaded: LoadedPack) {
    return html`<section class="opened" aria-label=${this.label || msg('Practices')}>
      <button type="button" part="back" class="back" @click=${this.#close}>
        <span class="arrow" aria-hidden="true">←</span> ${msg('Back to the list')}
      </button>
      <ontrack-practice
        practice=${p.id}
        heading-level=${headingLevel(this.headingLevel, 3)}
        src=${this.src || nothing}
        .pack=${this.src ? undefined : loaded.pack}
      ></ontrack-practice>
    </section>`;
  }

  #search(event: Event) {
    const query = (event.target as HTMLInputElement).value;
    // A new search is a step back can undo; typing on in it is not.
    this.#commit({ ...this.view, query }, this.view.query.trim() === '' ? 'push' : 'replace');
  }

  #sort(event: Event) {
    this.#commit({ ...this.view, sort: (event.target as HTMLSelectElement).value as SortKey });
  }

  #toggle(key: FacetKey, value: string, on: boolean) {
    const current = this.view.filters[key] ?? [];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    this.#commit({ ...this.view, filters: { ...this.view.filters, [key]: next } });
  }

  #open(id: string) {
    this.#focusAfter = '.back';
    this.#commit({ ...this.view, open: id });
  }

  #close() {
    const id = this.view.open;
    this.#focusAfter = id ? `[data-open="${CSS.escape(id)}"]` : undefined;
    this.#commit({ ...this.view, open: undefined });
  }
}
