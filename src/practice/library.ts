/**
 * The practice library's logic, apart from rendering: facets and their
 * counts, search across the visitor's languages, sorting, and the state
 * that can live in the page address.
 */
import type { LocalizedText } from '../content/schema/common.js';
import {
  CLASSIFICATIONS,
  EVIDENCE,
  FUNDING,
  INTENSITIES,
  INTERVENTION_LEVELS,
  PRACTICE_TYPES,
  SCHOOL_LEVELS,
  SECTION_KEYS,
  type Practice,
} from '../content/schema/practices.js';
import { pickText } from '../content/text.js';

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

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** Letters that do not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case without accents: "Västernorrland" → "vasternorrland", "Østfold" → "ostfold". */
export function fold(text: string, locale = 'en'): string {
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđðþı]/g, (c) => SPECIAL[c] ?? c);
}

/**
 * Whether `text` contains `word`, ignoring case and accents: first by the
 * visitor's collation rules (`Intl.Collator`, base strength), then by folding
 * away accents, so that a visitor whose keyboard lacks "ä" or "ø" still finds
 * "Västernorrland" or "Østfold".
 */
export function containsWord(text: string, word: string, collator: Intl.Collator, locale = 'en'): boolean {
  if (!word) return true;
  if (fold(text, locale).includes(fold(word, locale))) return true;
  const t = text.normalize('NFC');
  const w = word.normalize('NFC');
  for (let i = 0; i + w.length <= t.length; i++) {
    if (collator.compare(t.slice(i, i + w.length), w) === 0) return true;
  }
  return false;
}

/** The texts of a localized field a visitor can search: their languages, the pack's default, and what would be shown. */
function textsFor(text: LocalizedText | undefined, languages: readonly string[], defaultLanguage: string): string[] {
  if (!text) return [];
  const wanted = new Set([...languages, defaultLanguage].map(base));
  const found = Object.entries(text)
    .filter(([lang]) => wanted.has(base(lang)))
    .map(([, value]) => value);
  found.push(pickText(text, languages, defaultLanguage).text);
  return found;
}

/** Everything a search looks through for one practice. */
export function searchableTexts(
  practice: Practice,
  languages: readonly string[],
  defaultLanguage: string,
  countryName: (code: string) => string = (code) => code,
): string[] {
  const fields = [practice.title, practice.summary, practice.region, practice.cost, ...SECTION_KEYS.map((k) => practice.sections[k])];
  return [...fields.flatMap((field) => textsFor(field, languages, defaultLanguage)), countryName(practice.country)];
}

export interface SearchOptions {
  languages: readonly string[];
  defaultLanguage: string;
  locale: string;
  countryName?: (code: string) => string;
}

/** Whether every word of `query` occurs somewhere in the practice's texts. */
export function matchesQuery(practice: Practice, query: string, options: SearchOptions): boolean {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const collator = new Intl.Collator(options.locale, { usage: 'search', sensitivity: 'base' });
  const texts = searchableTexts(practice, options.languages, options.defaultLanguage, options.countryName);
  return words.every((word) => texts.some((text) => containsWord(text, word, collator, options.locale)));
}

/** The practices to show, filtered by search and facets, in the chosen order. */
export function selectPractices(
  practices: readonly Practice[],
  state: LibraryState,
  options: SearchOptions & { countryName: (code: string) => string },
): Practice[] {
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  const title = (p: Practice) => pickText(p.title, options.languages, options.defaultLanguage).text;
  const shown = practices.filter((p) => matchesFacets(p, state.filters) && matchesQuery(p, state.query, options));
  return shown.sort((a, b) =>
    state.sort === 'country'
      ? collator.compare(options.countryName(a.country), options.countryName(b.country)) || collator.compare(title(a), title(b))
      : collator.compare(title(a), title(b)),
  );
}

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
