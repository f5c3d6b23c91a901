/**
 * Search across the visitor's languages, ignoring case and accents, and the
 * order of the list. DOM-free.
 */
import type { LocalizedText } from '../../../content/schema/common.js';
import { SECTION_KEYS, type Practice } from '../../../content/schema/practices.js';
import { pickText } from '../../../content/text.js';
import { baseLanguage } from '../../../core/lib/lang.js';
import { matchesFacets } from './facets.js';
import type { LibraryState } from './library-state.js';

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
  const wanted = new Set([...languages, defaultLanguage].map(baseLanguage));
  const found = Object.entries(text)
    .filter(([lang]) => wanted.has(baseLanguage(lang)))
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
