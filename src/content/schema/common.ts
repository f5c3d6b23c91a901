/**
 * Building blocks of the content pack, and its header (version, publisher,
 * default language) that every widget reads.
 *
 * Schemas use `zod/mini` so that what ships to browsers stays small; the same
 * schemas run unchanged on a server. TypeScript types are inferred from them.
 * Every check carries its own plain-English message, because `zod/mini` loads
 * no message locale (see `describeIssue` in `errors.ts`).
 */
import * as z from 'zod/mini';

/** A BCP 47 language tag as content uses it: `nl`, `nl-BE`, `pt-BR`, `zh-Hant`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const languageTag = z.string().check(
  z.regex(LANGUAGE_TAG, 'must be a language code such as "nl" or "pt-BR"'),
);

export const slug = z.string().check(
  z.regex(SLUG, 'must be lower-case letters, digits and dashes, such as "samen-maakt-school"'),
);

export const isoDate = z.string().check(
  z.regex(DATE, 'must be a date written as YYYY-MM-DD'),
  z.refine((v) => !Number.isNaN(Date.parse(v)), 'must be a real calendar date'),
);

export const isoDateTime = z.string().check(
  z.refine(
    (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)),
    'must be a date and time written as YYYY-MM-DDTHH:MM, with a time zone such as +01:00',
  ),
);

/** Text in several languages: `{ "en": "…", "nl": "…" }`, at least one. */
export const localizedText = z
  .record(languageTag, z.string().check(z.minLength(1, 'must not be empty')))
  .check(z.refine((v) => Object.keys(v).length > 0, 'must give the text in at least one language'));

/** Protocols a link from content may use; everything else (javascript:, data:, …) is refused. */
export const LINK_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'] as const;
/** Protocols a media source may use. */
export const MEDIA_PROTOCOLS = ['https:', 'http:'] as const;

const BASE_FOR_CHECKS = 'https://ontrack.invalid/';

/** The protocol a URL has once resolved, or `undefined` when it does not parse. */
export function protocolOf(value: string): string | undefined {
  try {
    return new URL(value, BASE_FOR_CHECKS).protocol;
  } catch {
    return undefined;
  }
}

const urlWith = (protocols: readonly string[], message: string) =>
  z.string().check(
    z.minLength(1, 'must not be empty'),
    z.refine((v) => protocols.includes(protocolOf(v) ?? ''), message),
  );

/** A link: absolute, or relative to the content pack. */
export const linkUrl = urlWith(LINK_PROTOCOLS, 'must be an https, http, mailto or tel address');
/** An image, video or caption file: absolute or relative http(s). */
export const mediaUrl = urlWith(MEDIA_PROTOCOLS, 'must be an https or http address');

export const email = z.string().check(
  z.regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/, 'must be an e-mail address'),
);

export const image = z.object({
  src: mediaUrl,
  /** Required: a photo without a text alternative is not accepted. */
  alt: localizedText,
  width: z.optional(z.number().check(z.int(), z.positive())),
  height: z.optional(z.number().check(z.int(), z.positive())),
});

export const contact = z.object({
  name: z.optional(localizedText),
  email: z.optional(email),
  phone: z.optional(z.string()),
  url: z.optional(linkUrl),
});

export const publisher = z.object({
  name: localizedText,
  url: z.optional(linkUrl),
  contact: z.optional(contact),
});

/** Version of the pack format this build reads. */
export const PACK_FORMAT = 1;

/** What every pack starts with; each widget extends it with the collection it reads. */
export const packHeader = z.object({
  version: z.literal(PACK_FORMAT, `must be ${PACK_FORMAT}, the content format this version of Ontrack reads`),
  publisher,
  defaultLanguage: languageTag,
  updated: z.optional(isoDate),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type Image = z.infer<typeof image>;
export type PackHeader = z.infer<typeof packHeader>;
