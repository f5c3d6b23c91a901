/**
 * Language names in their own language, for the language choices of the
 * picker and the practice page. Apart from `locale.ts`, so that widgets
 * without a language choice do not load them. DOM-free.
 */
import { baseLanguage, sameLanguage } from './lang.js';

/**
 * Every interface language's name in that language, written out so that the
 * language picker reads the same in every browser: some engines ship without
 * the data for a few languages (Irish, Maltese) and `Intl.DisplayNames` then
 * answers in English.
 */
export const OWN_NAMES: Readonly<Record<string, string>> = {
  ar: 'العربية',
  bg: 'Български',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'Español',
  et: 'Eesti',
  fi: 'Suomi',
  fr: 'Français',
  ga: 'Gaeilge',
  hr: 'Hrvatski',
  hu: 'Magyar',
  it: 'Italiano',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  mt: 'Malti',
  nb: 'Norsk bokmål',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  sv: 'Svenska',
  tr: 'Türkçe',
  uk: 'Українська',
};

/**
 * A language's name in that language, e.g. "Nederlands", "العربية", "Gaeilge".
 * Interface languages come from our own list; any other tag from
 * `Intl.DisplayNames`, but only when the browser has data for that language
 * (without it, it silently answers in English).
 */
export function ownName(tag: string): string {
  const known = OWN_NAMES[tag.toLowerCase()];
  if (known) return known;
  try {
    const names = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
    const name = sameLanguage(names.resolvedOptions().locale, tag) ? names.of(tag) : undefined;
    if (!name) return OWN_NAMES[baseLanguage(tag)] ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
