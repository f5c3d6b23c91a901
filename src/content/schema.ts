/**
 * The content pack: one JSON document a city hosts, read by every Ontrack widget.
 *
 * Schemas use `zod/mini` so that what ships to browsers stays small; the same
 * schemas run unchanged on a server. TypeScript types are inferred from them.
 * Every check carries its own plain-English message, because `zod/mini` loads
 * no message locale (see `describeIssue` in `errors.ts`).
 *
 * Each widget validates only the header and the collection it reads
 * (`testimonialsPack`, `trajectoriesPack`, …), so a mistake in one collection
 * never blanks the widgets of another, and a page loads only the schemas of
 * its widgets. `contentPack` is the whole document, for editors and servers.
 */
import * as z from 'zod/mini';
import { packHeaderShape } from './schema/common.js';
import { testimonial } from './schema/testimonials.js';
import { trajectory } from './schema/trajectories.js';
import { studySystem } from './schema/study-systems.js';
import { practice } from './schema/practices.js';

export * from './schema/common.js';
export * from './schema/testimonials.js';
export * from './schema/trajectories.js';
export * from './schema/study-systems.js';
export * from './schema/practices.js';

/** The whole document: every field known, anything else is an error. */
export const contentPack = z.strictObject({
  ...packHeaderShape,
  trajectories: z._default(z.array(trajectory), []),
  testimonials: z._default(z.array(testimonial), []),
  practices: z._default(z.array(practice), []),
  studySystems: z._default(z.array(studySystem), []),
});

export type ContentPack = z.infer<typeof contentPack>;
/** What a content editor writes (defaults not yet filled in). */
export type ContentPackInput = z.input<typeof contentPack>;
