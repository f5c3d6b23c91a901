/**
 * Choosing which language of a content text to show.
 * Order: the visitor's languages (exact tag, then same base language), then
 * the pack's default language, then whatever language the text exists in.
 */
import type { LocalizedText } from './schema.js';

export interface PickedText {
  readonly text: string;
  /** The language of `text`, as written in the content. */
  readonly lang: string;
  /** True when `text` is not in the visitor's first language. */
  readonly fallback: boolean;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** The key of `text` that best matches `wanted`, or `undefined`. */
function match(text: LocalizedText, wanted: string): string | undefined {
  const keys = Object.keys(text);
  const lower = wanted.toLowerCase();
  return (
    keys.find((k) => k.toLowerCase() === lower) ??
    keys.find((k) => base(k) === base(wanted))
  );
}

/**
 * @param languages the visitor's languages, most wanted first
 * @param defaultLanguage the pack's default language
 */
export function pickText(
  text: LocalizedText,
  languages: readonly string[],
  defaultLanguage: string,
): PickedText {
  const first = languages[0] ?? defaultLanguage;
  for (const wanted of [...languages, defaultLanguage]) {
    const key = match(text, wanted);
    if (key) return { text: text[key], lang: key, fallback: base(key) !== base(first) };
  }
  const [key] = Object.keys(text);
  return { text: text[key] ?? '', lang: key ?? defaultLanguage, fallback: true };
}

/** The languages a set of texts exists in, for language menus. */
export function languagesOf(...texts: (LocalizedText | undefined)[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const key of Object.keys(text ?? {})) found.add(key);
  return [...found];
}
