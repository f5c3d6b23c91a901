/**
 * Checks a whole content pack for a content editor: every collection item by
 * item (an unknown field, a wrong type), plus what a schema cannot say
 * (duplicate ids, references to nothing, contradicting age rules, dates,
 * consent, missing texts; see `check-rules.ts`). Runs in Node (the
 * `ontrack-validate` command, servers) and in browsers: no DOM here.
 */
import { contentPack, type ContentPack } from './schema.js';
import { COLLECTIONS, packHeader, type PackHeader } from './schema/common.js';
import { testimonial } from './schema/testimonials.js';
import { trajectory } from './schema/trajectories.js';
import { practice } from './schema/practices.js';
import { studySystem } from './schema/study-systems.js';
import { issuesToProblems } from './errors.js';
import { headerOf, isObject, readItems, unknownTopFields } from './read.js';
import { findJsonSyntaxError, type JsonSyntaxProblem } from './json-syntax.js';
import { problemAt, uniqueProblems, type ContentProblem } from './problems.js';
import { deepChecks } from './check-rules.js';

export interface ContentReport {
  /** Problems that leave something out or stop a widget: the pack must be fixed. */
  readonly errors: readonly ContentProblem[];
  /** Things an editor should know, which do not break anything. */
  readonly warnings: readonly ContentProblem[];
  /** What the pack holds (its valid items). */
  readonly summary: string;
  /** Set when the text is not JSON: where it breaks. */
  readonly syntax?: JsonSyntaxProblem;
}

const ITEMS = { testimonials: testimonial, trajectories: trajectory, practices: practice, studySystems: studySystem };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Checks JSON text: a syntax mistake with line and column, else `checkContent`. */
export function checkContentText(text: string, now = new Date()): ContentReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const syntax = findJsonSyntaxError(text);
    const message = syntax?.message ?? (error instanceof Error ? error.message : String(error));
    return {
      errors: [{ severity: 'error', path: [], where: 'the file', message: `is not valid JSON: ${message}` }],
      warnings: [],
      summary: '',
      syntax,
    };
  }
  return checkContent(data, now);
}

/** Checks a parsed pack. `now` decides what counts as past (consent, sessions). */
export function checkContent(data: unknown, now = new Date()): ContentReport {
  if (!isObject(data)) {
    const result = contentPack.safeParse(data, { reportInput: true });
    const errors = result.success ? [] : issuesToProblems(result.error.issues, data, [], contentPack);
    return { errors, warnings: [], summary: '' };
  }
  const problems: ContentProblem[] = unknownTopFields(data);
  const head = packHeader.safeParse(headerOf(data), { reportInput: true });
  if (!head.success) problems.push(...issuesToProblems(head.error.issues, data, [], packHeader));
  const valid: Partial<ContentPack> = {};
  for (const key of COLLECTIONS) {
    const raw = data[key];
    if (raw !== undefined && !Array.isArray(raw)) {
      problems.push(problemAt(data, [key], 'expected a list'));
      continue;
    }
    const read = readItems(data, key, ITEMS[key]);
    problems.push(...read.problems);
    (valid as Record<string, unknown>)[key] = read.items;
  }
  if (head.success) problems.push(...deepChecks(data, head.data as PackHeader, valid, now));
  const unique = uniqueProblems(problems);
  return {
    errors: unique.filter((p) => p.severity === 'error'),
    warnings: unique.filter((p) => p.severity === 'warning'),
    summary: summarize(valid, head.success ? head.data.defaultLanguage : undefined),
  };
}

function summarize(pack: Partial<ContentPack>, defaultLanguage: string | undefined): string {
  const systems = pack.studySystems ?? [];
  const options = systems.reduce((n, s) => n + s.options.length, 0);
  return [
    plural(pack.testimonials?.length ?? 0, 'testimonial', 'testimonials'),
    plural(pack.trajectories?.length ?? 0, 'trajectory', 'trajectories'),
    plural(pack.practices?.length ?? 0, 'practice', 'practices'),
    `${plural(systems.length, 'study system', 'study systems')} with ${plural(options, 'option', 'options')}`,
  ].join(', ') + (defaultLanguage ? `; default language ${defaultLanguage}` : '');
}

export type { ContentPack };
