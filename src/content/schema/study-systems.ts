/**
 * Study systems: the collection `<ontrack-study-explorer>` reads.
 *
 * A system is one country's (or region's) secondary education as pupils
 * choose in it: levels (grades or years), tracks (finalities such as
 * "towards higher education" or "towards a job"), domains, the study options
 * in that matrix, and interest/talent questions that point to options by tag.
 * Nothing in it is specific to one country.
 */
import * as z from 'zod/mini';
import { linkUrl, localizedText, collectionPack, slug } from './common.js';

/** A level, track or domain: an id the options refer to, a name, and a plain-language explanation. */
export const studyAxis = z.strictObject({
  id: slug,
  name: localizedText,
  /** For parents who do not know the system: what this level, track or domain means. */
  explain: z.optional(localizedText),
});

export const studySchool = z.strictObject({
  name: z.string().check(z.minLength(1, 'must not be empty')),
  /** Town or neighbourhood: visitors filter on it. */
  place: z.string().check(z.minLength(1, 'must not be empty')),
  url: z.optional(linkUrl),
});

export const studyOption = z.strictObject({
  id: slug,
  name: localizedText,
  /** What you learn, in a sentence or two. */
  learn: localizedText,
  subjects: z._default(z.array(localizedText), []),
  /** Id of one of the system's domains. */
  domain: slug,
  /** Id of one of the system's tracks. */
  track: slug,
  /** Ids of the system's levels at which the option is offered. */
  levels: z.array(slug).check(z.minLength(1, 'must name at least one level')),
  /** Further studies it prepares for. */
  studies: z._default(z.array(localizedText), []),
  /** Jobs it leads to. */
  jobs: z._default(z.array(localizedText), []),
  schools: z._default(z.array(studySchool), []),
  /** Interest and talent tags, matched against the questions' tags. */
  tags: z._default(z.array(slug), []),
});

export const studyQuestion = z.strictObject({
  id: slug,
  /** The question, one per screen: "Do you like to find out how things work?" */
  text: localizedText,
  /** The interest or talent in a few words, for reasons and the summary: "finding out how things work". */
  interest: localizedText,
  tags: z.array(slug).check(z.minLength(1, 'must name at least one tag')),
});

const ids = (list: readonly { id: string }[]) => new Set(list.map((item) => item.id));

export const studySystem = z
  .strictObject({
    id: slug,
    name: localizedText,
    /** Plain-language paragraphs for parents: how the system works. */
    guide: z._default(z.array(localizedText), []),
    levels: z.array(studyAxis).check(z.minLength(1, 'must name at least one level')),
    tracks: z.array(studyAxis).check(z.minLength(1, 'must name at least one track')),
    domains: z.array(studyAxis).check(z.minLength(1, 'must name at least one domain')),
    options: z._default(z.array(studyOption), []),
    questions: z._default(z.array(studyQuestion), []),
    /** Questions a family can ask a school, for the summary. */
    askSchool: z._default(z.array(localizedText), []),
  })
  .check(
    // Per option, so that the editor learns which option names what, with the closest existing id.
    z.superRefine((s, ctx) => {
      const axes = { domain: [...ids(s.domains)], track: [...ids(s.tracks)], level: [...ids(s.levels)] };
      const unknown = (path: (string | number)[], kind: keyof typeof axes, id: string) =>
        ctx.addIssue({
          code: 'custom',
          path,
          input: id,
          message: `"${id}" is not a ${kind} of this system (its ${kind}s are ${axes[kind].join(', ')})`,
          // The editor's wording (errors.ts, loaded only for broken content) puts the closest id in place of the list.
          params: { known: axes[kind], lead: `"${id}" is not a ${kind} of this system` },
        });
      const seen = new Set<string>();
      s.options.forEach((o, i) => {
        if (!axes.domain.includes(o.domain)) unknown(['options', i, 'domain'], 'domain', o.domain);
        if (!axes.track.includes(o.track)) unknown(['options', i, 'track'], 'track', o.track);
        o.levels.forEach((l, j) => axes.level.includes(l) || unknown(['options', i, 'levels', j], 'level', l));
        if (seen.has(o.id)) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], input: o.id, message: `"${o.id}" is used by two options` });
        seen.add(o.id);
      });
    }),
  );

/** What `<ontrack-study-explorer>` validates: the header and the study systems, nothing else. */
export const studySystemsPack = collectionPack('studySystems', studySystem);

export type StudyAxis = z.infer<typeof studyAxis>;
export type StudySchool = z.infer<typeof studySchool>;
export type StudyOption = z.infer<typeof studyOption>;
export type StudyQuestion = z.infer<typeof studyQuestion>;
export type StudySystem = z.infer<typeof studySystem>;
export type StudySystemsPack = z.infer<typeof studySystemsPack>;
