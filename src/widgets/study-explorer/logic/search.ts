/**
 * Search and filters over study options, fast enough to run on every
 * keystroke for thousands of options: each option's searchable text (in every
 * language it is written in) is normalised once, into an index; a keystroke
 * is then a pass of `includes` checks and one sort.
 */
import type { LocalizedText } from '../../../content/schema/common.js';
import type { StudyOption } from '../../../content/schema/study-systems.js';

export interface Filters {
  query: string;
  domain: string;
  track: string;
  level: string;
  /** Part of a school's name or place. */
  place: string;
}

export const NO_FILTERS: Filters = { query: '', domain: '', track: '', level: '', place: '' };

interface Entry {
  option: StudyOption;
  order: number;
  name: string;
  text: string;
  places: string;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
}

/** Lower case, without accents: "Économie" and "economie" match. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const all = (text: LocalizedText) => Object.values(text).join(' ');

export function buildIndex(options: readonly StudyOption[]): SearchIndex {
  return {
    entries: options.map((option, order) => ({
      option,
      order,
      name: normalize(all(option.name)),
      text: normalize(
        [option.name, option.learn, ...option.subjects, ...option.studies, ...option.jobs].map(all).join(' '),
      ),
      places: normalize(option.schools.map((s) => `${s.name} ${s.place}`).join(' ')),
    })),
  };
}

const words = (text: string) => normalize(text).split(/\s+/).filter(Boolean);

/**
 * Options that pass every filter and contain every word of the query, best
 * first: a name that starts with the query, then a name that contains it,
 * then the interest score (if given), then the content's order.
 */
export function search(index: SearchIndex, filters: Filters, interest?: ReadonlyMap<string, { score: number }>): StudyOption[] {
  const query = words(filters.query);
  const place = words(filters.place);
  const phrase = query.join(' ');
  const hits: { entry: Entry; rank: number }[] = [];
  for (const entry of index.entries) {
    const o = entry.option;
    if (filters.domain && o.domain !== filters.domain) continue;
    if (filters.track && o.track !== filters.track) continue;
    if (filters.level && !o.levels.includes(filters.level)) continue;
    if (place.length && !place.every((w) => entry.places.includes(w))) continue;
    if (query.length && !query.every((w) => entry.text.includes(w))) continue;
    const nameRank = !phrase ? 0 : entry.name.startsWith(phrase) ? 2 : entry.name.includes(phrase) ? 1 : 0;
    hits.push({ entry, rank: nameRank * 1000 + (interest?.get(o.id)?.score ?? 0) });
  }
  hits.sort((a, b) => b.rank - a.rank || a.entry.order - b.entry.order);
  return hits.map((h) => h.entry.option);
}
