/** Practice summaries: the collection `<ontrack-practice>` and `<ontrack-practice-library>` read. */
import * as z from 'zod/mini';
import { contact, languageTag, linkUrl, localizedText, collectionPack, slug } from './common.js';

/** Facet values. Their names are interface strings (translated), not content. */
export const PRACTICE_TYPES = ['practice', 'project', 'policy'] as const;
export const SCHOOL_LEVELS = ['primary', 'lower-secondary', 'upper-secondary'] as const;
export const INTERVENTION_LEVELS = ['universal', 'targeted', 'individual'] as const;
export const INTENSITIES = ['one-off', 'recurring', 'continuous'] as const;
export const FUNDING = ['eu', 'national', 'regional', 'local'] as const;
export const CLASSIFICATIONS = ['prevention', 'intervention', 'compensation'] as const;
export const EVIDENCE = ['limited', 'moderate', 'strong'] as const;

const COUNTRY = /^[A-Z]{2}$/;

const listOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.array(z.enum(values, message)).check(z.minLength(1, 'must name at least one value'));

export const practiceLink = z.strictObject({
  url: linkUrl,
  label: localizedText,
});

/** The sections of a practice, each optional: a practice may not have all of them (yet) in every language. */
export const practiceSections = z.strictObject({
  context: z.optional(localizedText),
  activities: z.optional(localizedText),
  participants: z.optional(localizedText),
  successFactors: z.optional(localizedText),
  results: z.optional(localizedText),
});

export const SECTION_KEYS = ['context', 'activities', 'participants', 'successFactors', 'results'] as const;

export const practice = z.strictObject({
  id: slug,
  title: localizedText,
  summary: localizedText,
  sections: z._default(practiceSections, {}),
  type: z._default(z.enum(PRACTICE_TYPES, 'must be "practice", "project" or "policy"'), 'practice'),
  /** ISO 3166 country code, upper case: "BE", "SE". */
  country: z.string().check(z.regex(COUNTRY, 'must be a two-letter country code such as "BE" or "SE"')),
  /** City or region, as content text ("Antwerp", "Catalonia"). */
  region: z.optional(localizedText),
  schoolLevels: listOf(SCHOOL_LEVELS, 'must be "primary", "lower-secondary" or "upper-secondary"'),
  interventionLevels: listOf(INTERVENTION_LEVELS, 'must be "universal", "targeted" or "individual"'),
  intensity: z.enum(INTENSITIES, 'must be "one-off", "recurring" or "continuous"'),
  funding: listOf(FUNDING, 'must be "eu", "national", "regional" or "local"'),
  classification: listOf(CLASSIFICATIONS, 'must be "prevention", "intervention" or "compensation"'),
  evidence: z.optional(z.enum(EVIDENCE, 'must be "limited", "moderate" or "strong"')),
  /** Cost in words, as content text ("about 300,000 euro over two years"). */
  cost: z.optional(localizedText),
  contact: z.optional(contact),
  links: z._default(z.array(practiceLink), []),
  /** Languages whose texts in this practice were translated by machine. */
  machineTranslated: z._default(z.array(languageTag), []),
});

/** What the practice widgets validate: the header and the practices, nothing else. */
export const practicesPack = collectionPack('practices', practice);

export type Practice = z.infer<typeof practice>;
export type PracticeSectionKey = (typeof SECTION_KEYS)[number];
export type PracticesPack = z.infer<typeof practicesPack>;
