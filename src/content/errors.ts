/**
 * The editor's wording of content problems: zod issues in plain English, each
 * naming the item by its id and the field (`testimonial "lotte" → quote: is
 * missing`), with the field that was probably meant. Widgets load this only
 * when content has a mistake (see `editorWording` in `load.ts`); the error
 * class itself is in `content-error.ts`.
 */
import type * as z from 'zod/mini';
import { ContentError, type ContentErrorKind } from './content-error.js';
import { countProblems, didYouMean, objectName, problemAt, problemLine, uniqueProblems, type ContentProblem } from './problems.js';

export { ContentError, type ContentErrorKind };

/** `["testimonials", 2, "quote", "nl"]` → `testimonials[2].quote.nl` (JSON-path style, for tools). */
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

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  values?: unknown[];
  in?: AnySchema;
}
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const child = (value: unknown, key: PropertyKey) =>
  value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;

/** The object schema behind wrappers (optional, default, a union option that fits `input`). */
function objectSchema(schema: AnySchema | undefined, input: unknown): Def | undefined {
  for (let depth = 0; schema && depth < 8; depth++) {
    const def = defOf(schema);
    if (def.type === 'object') return def;
    if (def.type === 'union') {
      const disc = def.discriminator;
      schema =
        def.options!.find((o) => disc && defOf(defOf(o).shape?.[disc] ?? o).values?.includes(child(input, disc))) ??
        def.options![0];
    } else schema = def.innerType ?? def.in;
  }
  return undefined;
}

/** The field names an object at `path` may have, by walking the schema along the document. */
export function fieldsAt(schema: AnySchema, root: unknown, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  let value = root;
  for (const key of path) {
    if (!current) return [];
    let def = defOf(current);
    while (def.innerType || def.in) def = defOf((def.innerType ?? def.in)!);
    if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else current = objectSchema(current, value)?.shape?.[String(key)];
    value = child(value, key);
  }
  return Object.keys(objectSchema(current, value)?.shape ?? {});
}

type Issue = z.core.$ZodIssue;
type Key = string | number;

/** What is wrong, for one zod issue (without the place). */
function describe(issue: Issue): string {
  // A reference to an unknown id: the closest known one, when there is one (params set by the schema).
  const params = (issue as { params?: { known?: unknown; lead?: string } }).params;
  if (issue.code === 'custom' && Array.isArray(params?.known) && params.lead && typeof issue.input === 'string') {
    const hint = didYouMean(issue.input, params.known.map(String));
    if (hint) return `${params.lead}${hint}`;
  }
  // Our own checks carry their own message; zod/mini's built-in ones all say "Invalid input".
  if (issue.code !== 'invalid_type' && issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `expected ${expected}, it is missing` : `expected ${expected}, got ${typeOf(issue.input)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      const wrong = typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : '';
      return `must be one of ${values.join(', ')}${wrong}`;
    }
    case 'too_small':
      return `is too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `is too large (maximum ${String(issue.maximum)})`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return options ? `must be one of ${options.map((v) => JSON.stringify(v)).join(', ')}` : 'does not match any of the accepted forms';
    }
    case 'invalid_key':
      return 'has a key that is not accepted';
    default:
      return issue.message;
  }
}

/**
 * Zod issues as editor problems: each place once, an unknown field with the
 * field it was probably meant to be (and then not also "… is missing" for
 * that field).
 *
 * @param root the whole document, to name items by id
 * @param prefix where the validated value sits in `root`
 * @param schema the schema that was validated, to suggest field names
 */
export function issuesToProblems(
  issues: readonly Issue[],
  root: unknown,
  prefix: readonly Key[] = [],
  schema?: AnySchema,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const meant = new Set<string>();
  const local = (path: readonly PropertyKey[]) => [...prefix, ...(path as Key[])];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const value = prefix.reduce<unknown>(child, root);
    const known = schema ? fieldsAt(schema, value, issue.path) : [];
    for (const key of issue.keys) {
      const hint = didYouMean(key, known);
      const guess = hint && hint.match(/"(.*)"/)![1];
      if (guess) meant.add(local([...issue.path, guess]).join('\u0000'));
      const list = !hint && known.length ? ` (its fields are ${known.join(', ')})` : '';
      const at = local(issue.path);
      // The place is the object; the path ends with the unknown key, so each key is its own problem.
      problems.push({
        ...problemAt(root, at, `"${key}" is not a field of ${objectName(at)}${hint}${list}`),
        path: [...at, key],
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = local(issue.path);
    if (issue.code === 'invalid_type' && issue.input === undefined && meant.has(path.join('\u0000'))) continue;
    problems.push(problemAt(root, path, describe(issue)));
  }
  return uniqueProblems(problems);
}

/** One zod issue as a plain-English line (the place by its JSON path, for code that has no document). */
export function describeIssue(issue: Issue): string {
  return `${formatPath(issue.path)}: ${describe(issue)}`;
}

/** An error listing `problems` (at most `max` lines). */
export function problemsError(kind: ContentErrorKind, lead: string, problems: readonly ContentProblem[], max = 20): ContentError {
  const details = problems.slice(0, max).map(problemLine);
  if (problems.length > max) details.push(`… and ${countProblems(problems.length - max, 'more problem')}`);
  return new ContentError(kind, `${lead}: ${details[0] ?? ''}`, details, undefined, problems);
}

/** Turns a failed parse into a ContentError listing every problem. */
export function invalidContent(issues: readonly Issue[], root?: unknown, schema?: AnySchema): ContentError {
  return problemsError('invalid', 'The content does not match the Ontrack format', issuesToProblems(issues, root, [], schema));
}
