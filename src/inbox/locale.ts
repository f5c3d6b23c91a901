/**
 * The inbox's languages. The inbox is a page of its own (one language at a
 * time), so it uses @lit/localize's ordinary runtime mode with its own
 * XLIFF in src/inbox/locales/, apart from the widgets' 28 languages.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type InboxLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const LOCALES: readonly InboxLocale[] = [sourceLocale, ...targetLocales];
export const LANGUAGE_NAMES: Record<InboxLocale, string> = {
  en: 'English', de: 'Deutsch', fi: 'Suomi', fr: 'Français', nb: 'Norsk bokmål', nl: 'Nederlands', sv: 'Svenska',
};

const loaders = {
  de: () => import('./generated/locales/de.js'),
  fi: () => import('./generated/locales/fi.js'),
  fr: () => import('./generated/locales/fr.js'),
  nb: () => import('./generated/locales/nb.js'),
  nl: () => import('./generated/locales/nl.js'),
  sv: () => import('./generated/locales/sv.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

const KEY = 'ontrack-inbox-language';

/** The saved choice, else the browser's first supported language, else English. */
export function preferredLocale(): InboxLocale {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    /* storage blocked: follow the browser */
  }
  for (const tag of [saved, ...navigator.languages]) {
    const base = tag?.toLowerCase().split('-')[0];
    const found = LOCALES.find((l) => l === (base === 'no' || base === 'nn' ? 'nb' : base));
    if (found) return found;
  }
  return sourceLocale;
}

export async function useLocale(locale: InboxLocale) {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    /* not kept: fine */
  }
  document.documentElement.lang = locale;
  await setLocale(locale);
}
