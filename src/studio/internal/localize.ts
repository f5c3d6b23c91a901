/**
 * The studio's own interface languages. The studio is a page of its own (the
 * widgets it previews run in a frame, with their own configuration), so one
 * locale for the whole page is right here: @lit/localize's runtime mode.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { readText, writeText } from '../../core/storage.js';

export type StudioLocale = typeof sourceLocale | (typeof targetLocales)[number];

const loaders = {
  de: () => import('../generated/locales/de.js'),
  fi: () => import('../generated/locales/fi.js'),
  fr: () => import('../generated/locales/fr.js'),
  nb: () => import('../generated/locales/nb.js'),
  nl: () => import('../generated/locales/nl.js'),
  sv: () => import('../generated/locales/sv.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<LocaleModule>>;

export const studioLocales: readonly StudioLocale[] = [sourceLocale, ...targetLocales];

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

export { getLocale };

const KEY = 'ontrack-studio-language';

/** The studio language for this browser: the one chosen before, else the browser's. */
export function initialLocale(): StudioLocale {
  const wanted = [readText(KEY), ...(navigator.languages ?? [navigator.language])].filter(Boolean) as string[];
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    const base = ['no', 'nn'].includes(lower.split('-')[0]) ? 'nb' : lower.split('-')[0];
    const found = studioLocales.find((l) => l === lower || l === base);
    if (found) return found;
  }
  return sourceLocale;
}

/** Switches the interface language and remembers it on this device. */
export async function useLocale(locale: StudioLocale, remember = true): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
  if (remember) writeText(KEY, locale);
}
