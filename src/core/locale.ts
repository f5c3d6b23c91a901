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

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** One lazy module per locale; only the languages visitors use are loaded. */
const loaders = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  fi: () => import('../generated/locales/fi.js'),
  fr: () => import('../generated/locales/fr.js'),
  nb: () => import('../generated/locales/nb.js'),
  nl: () => import('../generated/locales/nl.js'),
  sv: () => import('../generated/locales/sv.js'),
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
    const baseTag = lower.split('-')[0];
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

/** The languages an element should speak, most wanted first. */
export function wantedLanguages(el: Element): string[] {
  const own = inheritedLang(el);
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return [...new Set([...(own ? [own] : []), ...browser].filter(Boolean))];
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
  return RTL.has(tag.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
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
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
