/**
 * Reading a pack the way a widget does: the header must be right (else the
 * whole widget shows an error), then the widget's collection item by item,
 * so that one broken item is left out and reported while the others show.
 *
 * Only the widget's own schemas run here (the cost stays per widget). The
 * deeper checks an editor wants (references, dates, languages) are in
 * `check.ts`, for the command line and servers.
 */
import type * as z from 'zod/mini';
import { COLLECTIONS, packHeader, readerOf, type CollectionKey, type PackHeader } from './schema/common.js';
import { ContentError, invalidContent, issuesToProblems, problemsError } from './errors.js';
import { countProblems, didYouMean, nounOf, problemAt, problemLine, type ContentProblem } from './problems.js';
import { HEADER_KEYS, headerOf, isObject } from './read-valid.js';

export { headerOf, isObject };

/** The schema a widget validates a pack with: the header plus its own collection. */
export type PackSchema<P extends PackHeader = PackHeader> = z.ZodMiniType<P>;

/** A validated pack and the address relative URLs in it are resolved against. */
export interface LoadedPack<P extends PackHeader = PackHeader> {
  readonly pack: P;
  readonly base: string;
  /** What was wrong but did not stop the widget: items left out, unknown fields at the top. */
  readonly problems: readonly ContentProblem[];
  /** Ids of the items that were left out, with their problems. */
  readonly leftOut: ReadonlyMap<string, readonly ContentProblem[]>;
}

const TOP_KEYS = [...HEADER_KEYS, ...COLLECTIONS];

/**
 * Validates `data` against a widget's pack schema. Throws a ContentError for
 * what stops the widget as a whole; returns the pack with the valid items.
 */
export function readPack<P extends PackHeader>(data: unknown, schema: PackSchema<P>, base: string): LoadedPack<P> {
  const reader = readerOf(schema);
  if (!reader || !isObject(data)) {
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) throw invalidContent(result.error.issues, data, schema);
    return { pack: result.data, base, problems: [], leftOut: new Map() };
  }
  const problems = unknownTopFields(data);
  const header = headerOf(data);
  const head = packHeader.safeParse(header, { reportInput: true });
  if (!head.success) throw invalidContent(head.error.issues, data, packHeader);

  const { key, item } = reader;
  const raw = data[key] ?? [];
  if (!Array.isArray(raw)) throw invalidContent([{ code: 'invalid_type', expected: 'array', input: raw, path: [key], message: '' }], data);
  const { items, leftOut, problems: found } = readItems(data, key, item);
  problems.push(...found);
  const noun = nounOf(key) ?? key;
  if (raw.length > 0 && items.length === 0) {
    throw problemsError('invalid', `Every ${noun} has a mistake, so none can be shown`, problems);
  }
  return { pack: { ...head.data, [key]: items } as unknown as P, base, problems, leftOut };
}

/** The valid items of the list `data[key]`, and a problem list for each item left out. */
export function readItems(data: Record<string, unknown>, key: CollectionKey, item: z.ZodMiniType) {
  const raw = data[key];
  const items: { id: string }[] = [];
  const leftOut = new Map<string, ContentProblem[]>();
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const noun = nounOf(key) ?? key;
  (Array.isArray(raw) ? raw : []).forEach((input: unknown, index) => {
    const result = item.safeParse(input, { reportInput: true });
    const id = isObject(input) && typeof input.id === 'string' ? input.id : `#${index + 1}`;
    let found: ContentProblem[];
    if (!result.success) found = issuesToProblems(result.error.issues, data, [key, index], item);
    else if (seen.has(id)) found = [problemAt(data, [key, index, 'id'], `"${id}" is the id of an earlier ${noun} too; ids must be unique`)];
    else {
      seen.add(id);
      items.push(result.data as { id: string });
      return;
    }
    if (!leftOut.has(id)) leftOut.set(id, found);
    problems.push(...found);
  });
  return { items, leftOut, problems };
}

/** The unknown top-level fields of a pack, with the field each was probably meant to be. */
export function unknownTopFields(data: Record<string, unknown>): ContentProblem[] {
  return Object.keys(data)
    .filter((key) => !HEADER_KEYS.has(key) && !(COLLECTIONS as readonly string[]).includes(key))
    .map((key) => ({ ...problemAt(data, [], `"${key}" is not a field of the content pack${didYouMean(key, TOP_KEYS)}`), path: [key] }));
}

/** The console text for a pack's problems: one line each, items left out first. */
export function problemsReport(problems: readonly ContentProblem[]): string {
  return `${countProblems(problems.length)} in the content:\n  ${problems.map(problemLine).join('\n  ')}`;
}

/**
 * The editor error for an id attribute that names nothing (or an item that
 * was left out): the ids that exist, and the closest one.
 */
export function notFound(loaded: LoadedPack, items: readonly { id: string }[], id: string, attribute: string, noun: string): ContentError {
  const broken = loaded.leftOut.get(id);
  if (broken) {
    const lead = `The ${noun} "${id}" (${attribute}="${id}") has ${countProblems(broken.length)} and was left out`;
    return new ContentError('not-found', lead, [`${lead}:`, ...broken.map(problemLine)], undefined, broken);
  }
  const ids = items.map((i) => i.id);
  const what = id ? `There is no ${noun} "${id}" in the content (${attribute}="${id}")` : `The ${attribute} attribute is not set`;
  const hint = id ? didYouMean(id, ids).replace(/^ — /, '') : '';
  const known = ids.length ? `The ${noun} ids are: ${ids.join(', ')}.` : `The content has no ${noun} at all.`;
  const line = [`${what}.`, hint && `${hint[0].toUpperCase()}${hint.slice(1)}`, known].filter(Boolean).join(' ');
  return new ContentError('not-found', line, [line]);
}
