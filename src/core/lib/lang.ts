/** Small, DOM-free helpers for language tags. Safe to import in Node. */

/** The base language of a tag, lower case: `nl-BE` → `nl`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/** Whether two tags share a base language (`nl-BE` and `nl`). */
export const sameLanguage = (a: string, b: string): boolean => baseLanguage(a) === baseLanguage(b);
