/**
 * Interface languages. Every Ontrack widget follows its own language (its
 * `lang`, else the nearest ancestor's, else the browser's), so several widgets
 * in different languages can share a page. That is @lit/localize's reentrant
 * mode: `msg()` asks `getLocale()`, which answers the locale of the widget
 * being rendered (see `withLocale`).
 */
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { baseLanguage } from './lib/lang.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** One lazy module per locale; only the languages visitors use are loaded. */
const loaders = {
  ar: () => import('../generated/locales/ar.js'),
  bg: () => import('../generated/locales/bg.js'),
  cs: () => import('../generated/locales/cs.js'),
  da: () => import('../generated/locales/da.js'),
  de: () => import('../generated/locales/de.js'),
  el: () => import('../generated/locales/el.js'),
  es: () => import('../generated/locales/es.js'),
  et: () => import('../generated/locales/et.js'),
  fi: () => import('../generated/locales/fi.js'),
  fr: () => import('../generated/locales/fr.js'),
  ga: () => import('../generated/locales/ga.js'),
  hr: () => import('../generated/locales/hr.js'),
  hu: () => import('../generated/locales/hu.js'),
  it: () => import('../generated/locales/it.js'),
  lt: () => import('../generated/locales/lt.js'),
  lv: () => import('../generated/locales/lv.js'),
  mt: () => import('../generated/locales/mt.js'),
  nb: () => import('../generated/locales/nb.js'),
  nl: () => import('../generated/locales/nl.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  ro: () => import('../generated/locales/ro.js'),
  sk: () => import('../generated/locales/sk.js'),
  sl: () => import('../generated/locales/sl.js'),
  sv: () => import('../generated/locales/sv.js'),
  tr: () => import('../generated/locales/tr.js'),
  uk: () => import('../generated/locales/uk.js'),
} satisfies Record<TargetLocale, () => Promise<LocaleModule>>;

export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
let current: Locale = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => loaded.get(locale),
});

/** Runs `fn` with `msg()` answering in `locale`. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

export function isLocaleLoaded(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/** Loads a locale's messages once. A failed load leaves the interface in English. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]()
      .then((module) => void loaded.set(locale, module))
      .catch((error: unknown) => {
        loading.delete(locale);
        console.warn(`[ontrack] could not load the "${locale}" interface language`, error);
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** Tags that mean another supported locale. */
const ALIASES: Record<string, Locale> = { no: 'nb', nn: 'nb' };

/**
 * The supported locale that best serves a list of wanted languages:
 * exact match first, then the base language (nl-BE → nl, no/nn → nb).
 */
export function negotiateLocale(wanted: readonly string[]): Locale {
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    const exact = supportedLocales.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    const baseTag = baseLanguage(lower);
    const byBase = ALIASES[baseTag] ?? supportedLocales.find((l) => l === baseTag);
    if (byBase) return byBase;
  }
  return sourceLocale;
}

/** The nearest `lang` from `el` upwards, crossing shadow roots to their hosts. */
export function inheritedLang(el: Element): string | undefined {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return undefined;
}

const PREFERENCE_KEY = 'ontrack-language';
/** The choice, when storage is blocked: it holds for this page only. */
let sessionChoice: string | undefined;
/** Event on `window` when the visitor picks a language; every copy of Ontrack on the page listens. */
export const LANGUAGE_EVENT = 'ontrack-language-preference';

/** The language the visitor chose in a language picker, if any. */
export function preferredLanguage(): string | undefined {
  try {
    return localStorage.getItem(PREFERENCE_KEY) || undefined;
  } catch {
    return undefined; // storage blocked (privacy settings): no remembered choice
  }
}

/**
 * Remembers the visitor's choice (or forgets it, with `undefined`) and tells
 * every Ontrack element on the page, including those of another copy of the library.
 */
export function setPreferredLanguage(tag: string | undefined): void {
  try {
    if (tag) localStorage.setItem(PREFERENCE_KEY, tag);
    else localStorage.removeItem(PREFERENCE_KEY);
  } catch {
    sessionChoice = tag;
  }
  window.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: { language: tag } }));
}

/**
 * The languages an element should speak, most wanted first: the visitor's
 * choice in a picker, the element's or nearest ancestor's `lang` (up to
 * `<html lang>`), then the browser's languages.
 */
export function wantedLanguages(el: Element): string[] {
  const chosen = preferredLanguage() ?? sessionChoice;
  const own = inheritedLang(el);
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return [...new Set([chosen, own, ...browser].filter((tag): tag is string => Boolean(tag)))];
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** Writing direction of a language tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction: string } })
      .getTextInfo?.();
    if (info) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    /* an invalid tag: fall through to the list */
  }
  return RTL.has(baseLanguage(tag)) ? 'rtl' : 'ltr';
}

/** Elements that want to know when an ancestor's `lang` or the browser's languages change. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function notifyAll() {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever some `lang` in the document or the browser's languages change. */
export function observeLanguages(listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(notifyAll);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', notifyAll);
    window.addEventListener(LANGUAGE_EVENT, notifyAll);
    window.addEventListener('storage', (event) => event.key === PREFERENCE_KEY && notifyAll());
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
