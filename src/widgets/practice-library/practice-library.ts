import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import { reserveStyles } from '../../core/reserve.styles.js';
import { FocusController } from '../../core/controllers/focus.controller.js';
import { sameLanguage } from '../../core/lib/lang.js';
import type { LoadedPack as Loaded } from '../../content/load.js';
import { practicesPack, type Practice, type PracticesPack } from '../../content/schema/practices.js';
import { pickText } from '../../content/text.js';
import { countryName } from '../practice/labels.js';
import { practiceStyles } from '../practice/practice.styles.js';
import type { FacetKey } from './logic/facets.js';
import { emptyState, type LibraryState } from './logic/library-state.js';
import { selectPractices, type SearchOptions } from './logic/matching.js';
import { LibraryAddressController, type AddressWrite } from './internal/address.controller.js';
import { cardsView, openedView } from './internal/cards.view.js';
import type { LibraryContext } from './internal/context.js';
import { controlsView, countView } from './internal/controls.view.js';
import { practiceLibraryStyles } from './practice-library.styles.js';

type LoadedPack = Loaded<PracticesPack>;

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
 * @csspart filters - The facet filters with the button that shows and hides them.
 * @csspart filters-toggle - The button that shows and hides the facet filters.
 * @csspart count - How many practices are shown.
 * @csspart list - The list of cards.
 * @csspart card - One practice's card.
 * @csspart note - A card's "Machine-translated" note.
 * @csspart back - The button back to the list, above an opened practice.
 * @csspart practice - An opened practice (from the nested `<ontrack-practice>`, as are the `practice-*` parts).
 * @csspart practice-languages - The opened practice's language menu.
 * @csspart practice-facets - The opened practice's list of facets.
 * @csspart practice-section - One section of the opened practice.
 * @csspart practice-note - A "Shown in …" or "Machine-translated" note in the opened practice.
 * @csspart practice-base - The opened practice's wrapper.
 * @csspart practice-loading - The opened practice's loading message.
 * @csspart practice-error - The opened practice's error notice.
 * @csspart practice-empty - The notice when the opened practice is not found.
 * @cssproperty --ontrack-practice-library-min-card - Narrowest card (default 16rem).
 */
export class OntrackPracticeLibrary extends OntrackElement<PracticesPack> {
  static override styles = [...OntrackElement.styles, reserveStyles('ontrack-practice-library'), practiceStyles, practiceLibraryStyles];

  protected override readonly packSchema = practicesPack;

  /** Keep the search, filters, sort and opened practice in the page address (shareable; the back button works). One library per page should use it. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Open practices through a link instead of in place, e.g. `/practices/{id}` or `practice.html?id={id}`. */
  @property({ attribute: 'link-pattern' }) linkPattern = '';

  /**
   * Level of each card's title (2–6); an opened practice's title has the same
   * level. Default: one below the nearest heading before the widget on the
   * page (an `<h1>` then the library: 2), else 3.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Accessible name of the library. Default: "Practices" in the visitor's language. */
  @property() label = '';

  @state() private view: LibraryState = emptyState();
  /** Filters start folded on a small screen, where they would push the cards far down. */
  @state() private filtersOpen = typeof matchMedia === 'function' ? matchMedia('(min-width: 40rem)').matches : true;

  readonly #focus = new FocusController(this);
  readonly #address = new LibraryAddressController(this, (next) => this.#show(next));
  #shown: Practice[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.#show(this.#address.read());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') !== undefined) this.#show(this.#address.read());
    const loaded = this.content.value;
    this.#shown = loaded ? selectPractices(loaded.pack.practices, this.view, this.#searchOptions(loaded)) : [];
  }

  /** Shows a state read from the address (on start, back or forward); focus follows a practice opened or closed. */
  #show(next: LibraryState) {
    const previousOpen = this.view.open;
    this.view = next;
    if (Object.values(next.filters).some((values) => values?.length)) this.filtersOpen = true;
    if (previousOpen && !next.open) this.#focus.focusAfterRender(`[data-open="${CSS.escape(previousOpen)}"]`);
    else if (next.open && next.open !== previousOpen) this.#focus.focusAfterRender('.back');
  }

  /** Changes the view at the visitor's request; with `sync-url`, the address follows. */
  #commit(next: LibraryState, how: AddressWrite = 'push') {
    this.view = next;
    this.#address.write(next, how);
  }

  #searchOptions(loaded: LoadedPack): SearchOptions & { countryName: (code: string) => string } {
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

  #context(loaded: LoadedPack): LibraryContext {
    const { pack } = loaded;
    return {
      state: this.view,
      locale: this.locale,
      pack,
      practices: pack.practices,
      searched: selectPractices(pack.practices, { ...this.view, filters: {} }, this.#searchOptions(loaded)),
      shown: this.#shown,
      filtersOpen: this.filtersOpen,
      linkPattern: this.linkPattern,
      level: this.headingFor(this.headingLevel, 3),
      src: this.src,
      label: this.label,
      text: (text) => this.text(text, loaded),
      machineTranslated: (p) => {
        const summary = pickText(p.summary, this.visitorLanguages, pack.defaultLanguage);
        return p.machineTranslated.some((tag) => sameLanguage(tag, summary.lang));
      },
      // A new search is a step back can undo; typing on in it is not, and
      // reaches the address once the visitor pauses.
      search: (query) => this.#commit({ ...this.view, query }, this.view.query.trim() === '' ? 'push' : 'typing'),
      sort: (sort) => this.#commit({ ...this.view, sort }),
      tick: (key: FacetKey, value, on) => {
        const current = this.view.filters[key] ?? [];
        const next = on ? [...current, value] : current.filter((v) => v !== value);
        this.#commit({ ...this.view, filters: { ...this.view.filters, [key]: next } });
      },
      clear: () => this.#commit({ ...emptyState(), sort: this.view.sort }),
      toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      open: (id) => {
        this.#focus.focusAfterRender('.back');
        this.#commit({ ...this.view, open: id });
      },
      close: () => {
        const id = this.view.open;
        if (id) this.#focus.focusAfterRender(`[data-open="${CSS.escape(id)}"]`);
        this.#commit({ ...this.view, open: undefined });
      },
    };
  }

  protected override renderReady(loaded: LoadedPack): unknown {
    const c = this.#context(loaded);
    const open = this.view.open && !this.linkPattern ? loaded.pack.practices.find((p) => p.id === this.view.open) : undefined;
    if (open) return openedView(c, open);
    return html`<section class="library" aria-label=${this.label || msg('Practices')}>
      ${controlsView(c)} ${countView(c)} ${cardsView(c)}
    </section>`;
  }
}
