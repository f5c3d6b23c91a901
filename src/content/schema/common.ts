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
  // abort: a date in the wrong form is one problem, not also "not a real calendar date".
  z.regex(DATE, { message: 'must be a date written as YYYY-MM-DD', abort: true }),
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

export const image = z.strictObject({
  src: mediaUrl,
  /** Required: a photo without a text alternative is not accepted. */
  alt: localizedText,
  width: z.optional(z.number().check(z.int(), z.positive())),
  height: z.optional(z.number().check(z.int(), z.positive())),
});

export const contact = z.strictObject({
  name: z.optional(localizedText),
  email: z.optional(email),
  phone: z.optional(z.string()),
  url: z.optional(linkUrl),
});

export const publisher = z.strictObject({
  name: localizedText,
  url: z.optional(linkUrl),
  contact: z.optional(contact),
});

/** Version of the pack format this build reads. */
export const PACK_FORMAT = 1;

/** The fields every pack starts with; each widget's pack adds the collection it reads. */
export const packHeaderShape = {
  /** Where an editor (e.g. VS Code) finds the JSON Schema of this file; widgets ignore it. */
  $schema: z.optional(z.string()),
  version: z.literal(PACK_FORMAT, `must be ${PACK_FORMAT}, the content format this version of Ontrack reads`),
  publisher,
  defaultLanguage: languageTag,
  updated: z.optional(isoDate),
};

/** What every pack starts with, and nothing else. */
export const packHeader = z.strictObject(packHeaderShape);

/** The collections of a pack, by key. */
export const COLLECTIONS = ['testimonials', 'trajectories', 'practices', 'studySystems'] as const;
export type CollectionKey = (typeof COLLECTIONS)[number];

/** How a widget reads a pack: its header, and one collection item by item. */
export interface CollectionReader {
  readonly key: CollectionKey;
  readonly item: z.ZodMiniType;
}

const readers = new WeakMap<object, CollectionReader>();

/**
 * What a widget validates: the pack's header plus one collection, nothing
 * else. The schema is marked readable item by item, so that one broken item
 * is left out instead of failing the whole widget (see `readPack` in `read.ts`).
 */
export function collectionPack<K extends CollectionKey, I extends z.ZodMiniType>(key: K, item: I) {
  const collection = z._default(z.array(item), [] as z.output<z.ZodMiniArray<I>>);
  const schema = z.object({ ...packHeaderShape, ...({ [key]: collection } as Record<K, typeof collection>) });
  readers.set(schema, { key, item });
  return schema;
}

/** The item-by-item reader of a widget's pack schema, if it has one. */
export function readerOf(schema: object): CollectionReader | undefined {
  return readers.get(schema);
}

export type LocalizedText = z.infer<typeof localizedText>;
export type Image = z.infer<typeof image>;
export type PackHeader = z.infer<typeof packHeader>;
