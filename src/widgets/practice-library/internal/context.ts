import type { Practice, PracticesPack } from '../../../content/schema/practices.js';
import type { LocalizedText } from '../../../content/schema/common.js';
import type { FacetKey } from '../logic/facets.js';
import type { LibraryState, SortKey } from '../logic/library-state.js';

/**
 * What the library's views read and call: its state, content texts in the
 * visitor's language, and the visitor's actions. Built by the element for
 * each render.
 */
export interface LibraryContext {
  readonly state: LibraryState;
  readonly locale: string;
  readonly pack: PracticesPack;
  /** Every practice of the pack. */
  readonly practices: readonly Practice[];
  /** Practices that pass the search (facets left out): what facet counts count. */
  readonly searched: readonly Practice[];
  /** Practices shown: search and facets applied, sorted. */
  readonly shown: readonly Practice[];
  readonly filtersOpen: boolean;
  readonly linkPattern: string;
  /** Level of each card's title. */
  readonly level: number;
  /** The `src` the library loaded, handed to the practice it opens. */
  readonly src: string;
  readonly label: string;

  text(text: LocalizedText | undefined): unknown;
  /** Whether the practice's summary, as shown, is machine-translated. */
  machineTranslated(practice: Practice): boolean;

  search(query: string): void;
  sort(sort: SortKey): void;
  tick(key: FacetKey, value: string, on: boolean): void;
  clear(): void;
  toggleFilters(): void;
  open(id: string): void;
  close(): void;
}
