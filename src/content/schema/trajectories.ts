/** Trajectories people sign up for: the collection `<ontrack-signup>` reads. */
import * as z from 'zod/mini';
import { contact, email, isoDateTime, linkUrl, localizedText, collectionPack, slug } from './common.js';

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

export const fieldOption = z.strictObject({ value: z.string().check(z.minLength(1)), label: localizedText });

export const formField = z
  .strictObject({
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

export const session = z.strictObject({
  id: slug,
  start: isoDateTime,
  end: z.optional(isoDateTime),
  place: localizedText,
  capacity: z.optional(z.number().check(z.int(), z.nonnegative())),
  taken: z._default(z.number().check(z.int(), z.nonnegative()), 0),
});

/** Where submissions go: a JSON endpoint following the receiver contract, or an e-mail address. */
export const receiver = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('https'), url: linkUrl }),
  z.strictObject({ type: z.literal('mailto'), address: email }),
]);

export const municipalityReceiver = z.strictObject({
  id: slug,
  name: localizedText,
  postalCodes: z._default(z.array(z.string()), []),
  receiver,
});

export const AUDIENCES = ['school', 'young-person', 'parent', 'professional'] as const;

export const trajectory = z.strictObject({
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

/** What `<ontrack-signup>` validates: the header and the trajectories, nothing else. */
export const trajectoriesPack = collectionPack('trajectories', trajectory);

export type FormField = z.infer<typeof formField>;
export type Session = z.infer<typeof session>;
export type Receiver = z.infer<typeof receiver>;
export type Trajectory = z.infer<typeof trajectory>;
export type TrajectoriesPack = z.infer<typeof trajectoriesPack>;
