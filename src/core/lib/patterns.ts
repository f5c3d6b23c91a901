/**
 * The text patterns content and sign-ups are checked against, written once.
 * DOM-free: the same patterns run in the browser, the CLI and the receiver.
 */

/** A BCP 47 language tag as content uses it: `nl`, `nl-BE`, `zh-Hant`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** An id in content: lower-case letters, digits and hyphens. */
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** A calendar date, `YYYY-MM-DD`. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An e-mail address. No `?`, `&`, `%`, spaces or line breaks, so an address
 * can never smuggle extra headers or recipients into a `mailto:` link.
 */
export const EMAIL = /^[^\s@<>()?&%,;:"\\]+@[^\s@<>()?&%,;:"\\]+\.[^\s@<>()?&%,;:"\\]+$/;

/** A phone number as people type it: digits, spaces, `+ ( ) . / -`. */
export const TEL = /^\+?[\d\s().\/-]{6,24}$/;
