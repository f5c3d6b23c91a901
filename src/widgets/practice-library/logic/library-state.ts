/**
 * What the practice library shows: the search, the sort, the chosen filters
 * and the practice opened in place. DOM-free.
 */
import type { Selection } from './facets.js';

export const SORTS = ['title', 'country'] as const;
export type SortKey = (typeof SORTS)[number];

export interface LibraryState {
  query: string;
  sort: SortKey;
  filters: Selection;
  /** The practice opened in place, if any. */
  open?: string;
}

export const emptyState = (): LibraryState => ({ query: '', sort: 'title', filters: {} });
