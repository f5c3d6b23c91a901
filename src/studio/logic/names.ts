/** Language names in the studio's interface language. DOM-free. */
import { LANGUAGE_TAG } from '../../core/lib/patterns.js';

const cache = new Map<string, Intl.DisplayNames | null>();

/** "Dutch" (in English), "Nederlands" (in Dutch); the tag itself when the browser does not know it. */
export function languageName(tag: string, inLocale: string): string {
  let names = cache.get(inLocale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([inLocale], { type: 'language' });
    } catch {
      names = null;
    }
    cache.set(inLocale, names);
  }
  try {
    const name = names?.of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
  } catch {
    return tag;
  }
}

/** Whether a text is a language tag as content uses it (`nl`, `pt-BR`). */
export const isLanguageTag = (tag: string): boolean => LANGUAGE_TAG.test(tag);
