/**
 * The content pack: one JSON document a city hosts, read by every Ontrack widget.
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

export const captionTrack = z.object({
  src: mediaUrl,
  lang: languageTag,
  label: z.optional(z.string()),
});

export const video = z
  .object({
    title: localizedText,
    /** A player page that may be framed (e.g. a privacy-enhanced embed address). */
    embed: z.optional(mediaUrl),
    /** A video file the city hosts itself. */
    file: z.optional(mediaUrl),
    /** A still image from the city's own host; nothing is loaded from the video host before play. */
    poster: z.optional(mediaUrl),
    captions: z._default(z.array(captionTrack), []),
    transcript: z.optional(localizedText),
  })
  .check(
    z.refine((v) => Boolean(v.embed) !== Boolean(v.file), {
      message: 'must give either "embed" or "file", not both',
    }),
    z.refine((v) => v.captions.length > 0 || v.transcript !== undefined, {
      message: 'must come with captions or a transcript',
    }),
  );

/** Consent of the young person (and guardian) to show their story, and until when. */
export const consent = z.object({
  until: isoDate,
  given: z.optional(isoDate),
  by: z._default(z.enum(['self', 'guardian', 'self-and-guardian']), 'self'),
});

export const testimonial = z.object({
  id: slug,
  /** First name or pseudonym: never a full name. */
  name: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(60, 'must be 60 characters or fewer')),
  pseudonym: z._default(z.boolean(), false),
  age: z.optional(z.number().check(z.int('must be a whole number'), z.gte(6), z.lte(40))),
  /** School or programme the young person speaks about. */
  school: z.optional(localizedText),
  quote: localizedText,
  story: z.optional(localizedText),
  photo: z.optional(image),
  video: z.optional(video),
  tags: z._default(z.array(slug), []),
  consent,
});

export const contact = z.object({
  name: z.optional(localizedText),
  email: z.optional(email),
  phone: z.optional(z.string()),
  url: z.optional(linkUrl),
});

export const FIELD_TYPES = [
  'text',
  'email',
  'tel',
  'number',
  'date',
  'select',
  'radio',
  'checkboxes',
  'textarea',
  'consent',
] as const;

export const fieldOption = z.object({ value: z.string().check(z.minLength(1)), label: localizedText });

export const formField = z
  .object({
    name: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_-]*$/, 'must be a field name of letters, digits, - and _')),
    type: z.enum(FIELD_TYPES),
    label: localizedText,
    help: z.optional(localizedText),
    required: z._default(z.boolean(), false),
    options: z.optional(z.array(fieldOption)),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    maxLength: z.optional(z.number().check(z.int(), z.positive())),
    autocomplete: z.optional(z.string()),
  })
  .check(
    z.refine(
      (f) => !['select', 'radio', 'checkboxes'].includes(f.type) || (f.options?.length ?? 0) > 0,
      { message: 'a select, radio or checkboxes field must list its options' },
    ),
  );

export const session = z.object({
  id: slug,
  start: isoDateTime,
  end: z.optional(isoDateTime),
  place: localizedText,
  capacity: z.optional(z.number().check(z.int(), z.nonnegative())),
  taken: z._default(z.number().check(z.int(), z.nonnegative()), 0),
});

/** Where submissions go: a JSON endpoint following the receiver contract, or an e-mail address. */
export const receiver = z.union([
  z.object({ type: z.literal('https'), url: linkUrl }),
  z.object({ type: z.literal('mailto'), address: email }),
]);

export const municipalityReceiver = z.object({
  id: slug,
  name: localizedText,
  postalCodes: z._default(z.array(z.string()), []),
  receiver,
});

export const AUDIENCES = ['school', 'young-person', 'parent', 'professional'] as const;

export const trajectory = z.object({
  id: slug,
  title: localizedText,
  summary: localizedText,
  description: z.optional(localizedText),
  audience: z.array(z.enum(AUDIENCES)).check(z.minLength(1, 'must name at least one audience')),
  /** True when people below the age of digital consent may sign up: a guardian step is added. */
  minorsPossible: z._default(z.boolean(), false),
  /** Below this age a parent or guardian takes part (the age of digital consent where the trajectory runs; 16 if not given). */
  guardianBelowAge: z.optional(z.number().check(z.int(), z.gte(13), z.lte(18))),
  fields: z.array(formField).check(z.minLength(1, 'must have at least one field')),
  sessions: z._default(z.array(session), []),
  deadline: z.optional(isoDateTime),
  privacy: localizedText,
  next: localizedText,
  contact: z.optional(contact),
  receiver: z.optional(receiver),
  receivers: z.optional(z.array(municipalityReceiver)),
  /** How long drafts and queued entries are kept on the device. */
  retentionHours: z._default(z.number().check(z.positive()), 72),
  tags: z._default(z.array(slug), []),
});

export const publisher = z.object({
  name: localizedText,
  url: z.optional(linkUrl),
  contact: z.optional(contact),
});

/** Version of the pack format this build reads. */
export const PACK_FORMAT = 1;

export const contentPack = z.object({
  version: z.literal(PACK_FORMAT, `must be ${PACK_FORMAT}, the content format this version of Ontrack reads`),
  publisher,
  defaultLanguage: languageTag,
  updated: z.optional(isoDate),
  trajectories: z._default(z.array(trajectory), []),
  testimonials: z._default(z.array(testimonial), []),
  /** Fields are defined with the practice widgets; accepted as they are for now. */
  practices: z._default(z.array(z.unknown()), []),
  /** Fields are defined with the study-choice explorer; accepted as they are for now. */
  studyOptions: z._default(z.array(z.unknown()), []),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type Image = z.infer<typeof image>;
export type Video = z.infer<typeof video>;
export type Testimonial = z.infer<typeof testimonial>;
export type FormField = z.infer<typeof formField>;
export type Session = z.infer<typeof session>;
export type Receiver = z.infer<typeof receiver>;
export type Trajectory = z.infer<typeof trajectory>;
export type ContentPack = z.infer<typeof contentPack>;
/** What a content editor writes (defaults not yet filled in). */
export type ContentPackInput = z.input<typeof contentPack>;
