/**
 * Content problems as an editor reads them: named by the item's id and the
 * field (`testimonial "lotte" → quote`), not by a position in a list, each
 * reported once, with a suggestion where a name is almost right.
 *
 * DOM-free: the widgets (console, `ontrack-problems`, the editor details) and
 * the `ontrack-validate` command use the same wording.
 */
import { closest, distance } from 'fastest-levenshtein';

export type ProblemSeverity = 'error' | 'warning';

export interface ContentProblem {
  /** Errors leave something out (or stop a widget); warnings never do. */
  readonly severity: ProblemSeverity;
  /** Where in the document, as JSON keys: `["testimonials", 1, "quote"]`. */
  readonly path: readonly (string | number)[];
  /** The same place in words, by id: `testimonial "lotte" → quote`. */
  readonly where: string;
  /** What is wrong and, where it can, how to fix it. */
  readonly message: string;
}

/** One problem as one line: `testimonial "lotte" → quote: is missing`. */
export function problemLine(problem: ContentProblem): string {
  return `${problem.where}: ${problem.message}`;
}

/** "1 problem", "2 problems" (editor messages are English). */
export function countProblems(count: number, word = 'problem'): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What one item of a list is called, by the name of the list. */
const NOUNS: Record<string, string> = {
  testimonials: 'testimonial',
  trajectories: 'trajectory',
  practices: 'practice',
  studySystems: 'study system',
  fields: 'form field',
  sessions: 'session',
  options: 'option',
  questions: 'question',
  levels: 'level',
  tracks: 'track',
  domains: 'domain',
  receivers: 'receiver',
  links: 'link',
  captions: 'caption',
  schools: 'school',
};

/** The noun for an item of the list `key` ("testimonial"), or undefined for lists of plain values. */
export function nounOf(key: string): string | undefined {
  return NOUNS[key];
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

type Path = readonly PropertyKey[];

function child(value: unknown, key: PropertyKey): unknown {
  return value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

/** The label of a list item: its id, a form field's name, an option's value. */
function labelOf(item: unknown): string | undefined {
  for (const key of ['id', 'name', 'value']) {
    const label = child(item, key);
    if (typeof label === 'string' && label) return label;
  }
  return undefined;
}

/**
 * A place in the document in words: `["testimonials", 1, "quote", "nl"]` of
 * a document whose second testimonial has the id "lotte" is
 * `testimonial "lotte" → quote → nl`.
 */
export function describePlace(root: unknown, path: Path): string {
  const parts: string[] = [];
  let value = root;
  let parent = '';
  for (const key of path) {
    value = child(value, key);
    if (typeof key === 'number') {
      const noun = nounOf(parent);
      const label = noun ? labelOf(value) : undefined;
      parts.pop();
      parts.push(noun ? (label ? `${noun} "${label}"` : `${noun} ${key + 1}`) : `${parent} ${key + 1}`);
    } else {
      parent = String(key);
      parts.push(parent);
    }
  }
  return parts.join(' → ') || 'the content pack';
}

/** What the object at `path` is, for "… is not a field of X". */
export function objectName(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the content pack';
  if (typeof last === 'number') {
    const noun = nounOf(String(path[path.length - 2] ?? ''));
    return noun ? article(noun) : 'this item';
  }
  return `"${String(last)}"`;
}

/** The name in `known` that `wrong` was most likely meant to be, if one is close enough. */
export function suggest(wrong: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const lower = wrong.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const best = closest(wrong, known as string[]);
  return distance(lower, best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** ` — did you mean "quote"?`, or nothing. */
export function didYouMean(wrong: string, known: readonly string[]): string {
  const guess = suggest(wrong, known);
  return guess ? ` — did you mean "${guess}"?` : '';
}

/** Makes a problem from a path into `root`. */
export function problemAt(
  root: unknown,
  path: readonly (string | number)[],
  message: string,
  severity: ProblemSeverity = 'error',
): ContentProblem {
  return { severity, path, where: describePlace(root, path), message };
}

/** Drops repeats: the same place with the same message, or a second error at one place. */
export function uniqueProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity}\u0000${p.path.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
