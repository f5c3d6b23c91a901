/**
 * The practice library's facets: which values a practice has, which
 * practices pass a selection, and how many each value would show. DOM-free.
 */
import {
  CLASSIFICATIONS,
  EVIDENCE,
  FUNDING,
  INTENSITIES,
  INTERVENTION_LEVELS,
  PRACTICE_TYPES,
  SCHOOL_LEVELS,
  type Practice,
} from '../../../content/schema/practices.js';

/** Facets a visitor can filter by, in the order the library shows them. */
export const FACETS = [
  'classification',
  'interventionLevels',
  'schoolLevels',
  'country',
  'funding',
  'intensity',
  'type',
  'evidence',
] as const;
export type FacetKey = (typeof FACETS)[number];

/** Chosen values per facet. Within a facet any value may match; across facets all must. */
export type Selection = Partial<Record<FacetKey, readonly string[]>>;

/** A practice's values for one facet (a list, one value, or none). */
export function facetValues(practice: Practice, key: FacetKey): string[] {
  const value = practice[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as string];
}

/** Whether a practice passes every chosen facet, leaving out `except` (for that facet's own counts). */
export function matchesFacets(practice: Practice, selection: Selection, except?: FacetKey): boolean {
  return FACETS.every((key) => {
    const chosen = selection[key];
    if (key === except || !chosen || chosen.length === 0) return true;
    return facetValues(practice, key).some((value) => chosen.includes(value));
  });
}

/**
 * How many practices each value of `key` would show: counted among the
 * practices that pass the search and every *other* facet, so a count is what
 * the visitor gets by ticking that value (added to what is ticked already).
 */
export function facetCounts(practices: readonly Practice[], selection: Selection, key: FacetKey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const practice of practices) {
    if (!matchesFacets(practice, selection, key)) continue;
    for (const value of new Set(facetValues(practice, key))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The natural order of each facet's values (countries have none: they are sorted by name where shown). */
const ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  classification: CLASSIFICATIONS,
  interventionLevels: INTERVENTION_LEVELS,
  schoolLevels: SCHOOL_LEVELS,
  funding: FUNDING,
  intensity: INTENSITIES,
  type: PRACTICE_TYPES,
  evidence: EVIDENCE,
};

/** Every value a facet takes in these practices, in the facet's natural order (prevention before intervention). */
export function valuesOf(practices: readonly Practice[], key: FacetKey): string[] {
  const found = new Set(practices.flatMap((p) => facetValues(p, key)));
  const order = ORDER[key];
  return order ? order.filter((value) => found.has(value)) : [...found];
}
