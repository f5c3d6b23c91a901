import { waitUntil } from '@open-wc/testing';
import type { OntrackElement, WidgetState } from '../../src/core/ontrack-element.js';

let counter = 0;

/** A unique address on the test endpoint (so no test shares another's cached request). */
export function contentUrl(query: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ key: `k${Date.now()}-${counter++}` });
  for (const [name, value] of Object.entries(query)) params.set(name, String(value));
  return `/test-api/content?${params}`;
}

export async function requestCount(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key')!;
  const response = await fetch(`/test-api/count?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

export async function loadFixture(name: string): Promise<unknown> {
  const response = await fetch(`/test/fixtures/${name}.json`);
  return response.json();
}

export function waitForState(el: OntrackElement, state: WidgetState, timeout = 5000): Promise<void> {
  return waitUntil(
    () => el.getAttribute('state') === state,
    `expected state="${state}", still "${el.getAttribute('state')}"`,
    { timeout },
  );
}

/** Strings that would run script or inject markup if content were treated as HTML. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__ontrackPwned=1">',
  '<script>window.__ontrackPwned=1</script>',
  '"><svg onload="window.__ontrackPwned=1">',
  '<a href="javascript:window.__ontrackPwned=1">click</a>',
  '{{constructor.constructor("window.__ontrackPwned=1")()}}',
] as const;

const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const URL_KEYS = new Set(['src', 'url', 'embed', 'file', 'poster']);
const NAME_KEYS = new Set(['name']);

export interface HostileOptions {
  /**
   * Lists whose items' `name` is an identifier, not text a visitor reads
   * (e.g. `fields`: form field names must stay valid names). Their other
   * texts (labels, help) are still replaced.
   */
  identifierLists?: readonly string[];
}

/**
 * A copy of `data` with every visitor-facing text replaced by `payload`
 * (or, with `urls`, every address).
 */
export function makeHostile(data: unknown, payload: string, urls = false, options: HostileOptions = {}): unknown {
  const identifiers = new Set(options.identifierLists ?? []);
  const walk = (value: unknown, key: string, inText: boolean, list = ''): unknown => {
    if (typeof value === 'string') {
      if (urls) return URL_KEYS.has(key) ? payload : value;
      if (NAME_KEYS.has(key) && identifiers.has(list)) return value;
      return inText || NAME_KEYS.has(key) ? payload : value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key, false, key));
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      const localized = entries.length > 0 && entries.every(([k, v]) => LANGUAGE_KEY.test(k) && typeof v === 'string');
      return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, k, localized, list)]));
    }
    return value;
  };
  return walk(data, '', false);
}

/** Everything a visitor could read in a shadow root: text and text alternatives. */
export function hostileText(root: ShadowRoot): string {
  const attributes = [...root.querySelectorAll('[alt], [aria-label], [title]')].map((el) =>
    ['alt', 'aria-label', 'title'].map((name) => el.getAttribute(name) ?? '').join(' '),
  );
  return `${root.textContent ?? ''} ${attributes.join(' ')}`;
}
