/**
 * The library's state in a page address (`?q=…&approach=…&practice=…`), next
 * to the host page's own parameters, and links to one practice. DOM-free.
 */
import { FACETS, type FacetKey } from './facets.js';
import { emptyState, SORTS, type LibraryState, type SortKey } from './library-state.js';

/** Address parameter of each facet (short, readable in a shared link). */
export const FACET_PARAMS: Record<FacetKey, string> = {
  classification: 'approach',
  interventionLevels: 'level',
  schoolLevels: 'school',
  country: 'country',
  funding: 'funding',
  intensity: 'intensity',
  type: 'type',
  evidence: 'evidence',
};
const PARAMS = ['q', 'sort', 'practice', ...Object.values(FACET_PARAMS)];

/** Reads the library's state from an address's parameters (unknown values are ignored later by the facets). */
export function stateFromParams(params: URLSearchParams): LibraryState {
  const state = emptyState();
  state.query = params.get('q') ?? '';
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as SortKey;
  for (const key of FACETS) {
    const values = (params.get(FACET_PARAMS[key]) ?? '').split(',').filter(Boolean);
    if (values.length) state.filters[key] = values;
  }
  const open = params.get('practice');
  if (open) state.open = open;
  return state;
}

/**
 * Writes the state into `params`, keeping every parameter that is not the
 * library's (the host page's own), and leaving out defaults.
 */
export function stateToParams(state: LibraryState, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of PARAMS) next.delete(name);
  if (state.query.trim()) next.set('q', state.query);
  if (state.sort !== 'title') next.set('sort', state.sort);
  for (const key of FACETS) {
    const values = state.filters[key];
    if (values?.length) next.set(FACET_PARAMS[key], values.join(','));
  }
  if (state.open) next.set('practice', state.open);
  return next;
}

/** A link to one practice from a pattern such as `/practices/{id}` or `practice.html?id={id}`. */
export function practiceHref(pattern: string, id: string): string {
  return pattern.replaceAll('{id}', encodeURIComponent(id));
}
