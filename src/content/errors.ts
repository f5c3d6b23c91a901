/**
 * Errors of content loading, in two voices: a `kind` that a widget turns into a
 * message for the visitor (in the visitor's language), and `details` in plain
 * English for the webmaster or content editor, each naming the field path.
 */
import type * as z from 'zod/mini';

export type ContentErrorKind =
  /** The request failed: offline, DNS, CORS. */
  | 'network'
  /** No answer within the time limit. */
  | 'timeout'
  /** The server answered with a status other than 2xx. */
  | 'http'
  /** The document is larger than the size limit. */
  | 'too-large'
  /** The document is not JSON. */
  | 'json'
  /** The JSON does not match the content format. */
  | 'invalid'
  /** Neither `src`, `pack` nor inline content was given. */
  | 'missing';

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    readonly kind: ContentErrorKind,
    message: string,
    /** One line per problem, each starting with the field path where there is one. */
    readonly details: readonly string[] = [message],
    readonly status?: number,
  ) {
    super(message);
  }
}

/** `["testimonials", 2, "quote", "nl"]` → `testimonials[2].quote.nl` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the whole document)';
}

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (input === undefined) return 'nothing';
  switch (typeof input) {
    case 'string':
      return 'text';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof input}`;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object of language codes and texts',
};

/** One zod issue as a plain-English sentence for a content editor. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  // Our own checks carry their own message; zod/mini's built-in ones all say "Invalid input".
  if (issue.code !== 'invalid_type' && issue.message && issue.message !== 'Invalid input') {
    return `${where}: ${issue.message}`;
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const got = issue.input === undefined ? 'it is missing' : `got ${typeOf(issue.input)}`;
      return `${where}: expected ${expected}, ${got}`;
    }
    case 'invalid_value':
      return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `${where}: is too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `${where}: is too large (maximum ${String(issue.maximum)})`;
    case 'invalid_union':
      return `${where}: does not match any of the accepted forms`;
    case 'unrecognized_keys':
      return `${where}: unknown field(s) ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return `${where}: has a key that is not accepted`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/** Turns a failed parse into a ContentError listing every problem (at most `max`). */
export function invalidContent(issues: readonly z.core.$ZodIssue[], max = 20): ContentError {
  const details = issues.slice(0, max).map(describeIssue);
  if (issues.length > max) details.push(`… and ${issues.length - max} more problems`);
  return new ContentError('invalid', `The content does not match the Ontrack format: ${details[0]}`, details);
}
