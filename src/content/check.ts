/**
 * Checks a whole content pack for a content editor: the schema of every
 * collection, plus what a schema cannot say (duplicate ids, stories whose
 * consent has ended, texts missing in the pack's default language). Runs in
 * Node (the `ontrack-validate` command) as well as in browsers: no DOM here.
 */
import { contentPack, type ContentPack } from './schema.js';
import { describeIssue, formatPath } from './errors.js';

export interface ContentReport {
  /** Problems that make widgets show an error: the pack must be fixed. */
  errors: string[];
  /** Things an editor should know, which do not break anything. */
  notes: string[];
  /** What the pack holds, when it is valid. */
  summary?: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function checkContentText(text: string): ContentReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { errors: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`], notes: [] };
  }
  return checkContent(data);
}

export function checkContent(data: unknown, now = today()): ContentReport {
  const result = contentPack.safeParse(data, { reportInput: true });
  if (!result.success) return { errors: result.error.issues.map(describeIssue), notes: [] };
  const pack = result.data;
  const errors: string[] = [];
  const notes: string[] = [];
  const collections = ['testimonials', 'trajectories', 'studySystems'] as const;
  for (const name of collections) {
    const seen = new Map<string, number>();
    pack[name].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        errors.push(`${formatPath([name, index, 'id'])}: "${item.id}" is used twice (also by ${formatPath([name, first])})`);
      } else seen.set(item.id, index);
    });
  }
  pack.testimonials.forEach((t, index) => {
    if (t.consent.until < now) {
      notes.push(`${formatPath(['testimonials', index])} ("${t.id}"): consent ended on ${t.consent.until}, so it is not shown`);
    }
  });
  walkTexts(pack, [], (path, text) => {
    if (!Object.keys(text).some((lang) => lang.split('-')[0] === pack.defaultLanguage.split('-')[0])) {
      notes.push(`${formatPath(path)}: no text in the default language "${pack.defaultLanguage}"; visitors see ${Object.keys(text).join(' or ')}`);
    }
  });
  return {
    errors,
    notes,
    summary: `${pack.testimonials.length} testimonial(s), ${pack.trajectories.length} trajectory(ies), ` +
      `${pack.practices.length} practice(s), ${pack.studySystems.length} study system(s) with ${pack.studySystems.reduce((n, s) => n + s.options.length, 0)} option(s); default language ${pack.defaultLanguage}`,
  };
}

const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Calls `visit` for every localized text (an object whose keys are all language tags). */
function walkTexts(value: unknown, path: PropertyKey[], visit: (path: PropertyKey[], text: Record<string, string>) => void) {
  if (Array.isArray(value)) value.forEach((item, i) => walkTexts(item, [...path, i], visit));
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length && entries.every(([k, v]) => TAG.test(k) && typeof v === 'string')) {
      visit(path, value as Record<string, string>);
      return;
    }
    for (const [key, item] of entries) walkTexts(item, [...path, key], visit);
  }
}

export type { ContentPack };
