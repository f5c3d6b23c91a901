/** Youth testimonials: the collection `<ontrack-testimonials>` reads. */
import * as z from 'zod/mini';
import { isoDate, languageTag, localizedText, image, mediaUrl, collectionPack, slug } from './common.js';

export const captionTrack = z.strictObject({
  src: mediaUrl,
  lang: languageTag,
  label: z.optional(z.string()),
});

export const video = z
  .strictObject({
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
export const consent = z.strictObject({
  until: isoDate,
  given: z.optional(isoDate),
  by: z._default(z.enum(['self', 'guardian', 'self-and-guardian']), 'self'),
});

export const testimonial = z.strictObject({
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

/** What `<ontrack-testimonials>` validates: the header and the testimonials, nothing else. */
export const testimonialsPack = collectionPack('testimonials', testimonial);

export type Video = z.infer<typeof video>;
export type Testimonial = z.infer<typeof testimonial>;
export type TestimonialsPack = z.infer<typeof testimonialsPack>;
