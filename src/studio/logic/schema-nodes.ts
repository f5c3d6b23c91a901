/**
 * Reading the content pack's JSON Schema (made from the same zod schemas the
 * widgets validate with) to decide which control edits each value. Nothing
 * here knows the content format's fields: a new field, or a description
 * added to one, appears in the studio by itself.
 */
import { getAt, type Path } from './path.js';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  description?: string;
  title?: string;
  default?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
}

export type Control =
  | { kind: 'text' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'date' }
  | { kind: 'localized' }
  | { kind: 'enum-list'; values: string[] }
  | { kind: 'list'; items: JsonSchema }
  | { kind: 'object'; properties: [string, JsonSchema][]; required: Set<string> }
  | { kind: 'variants'; key: string; options: JsonSchema[] }
  | { kind: 'constant'; value: unknown }
  | { kind: 'other' };

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Follows `$ref` (within the document) and drops a `null` alternative; keeps the referrer's own description. */
export function resolve(node: JsonSchema | undefined, root: JsonSchema): JsonSchema {
  let current: JsonSchema = node ?? {};
  for (let depth = 0; depth < 16; depth++) {
    if (current.$ref?.startsWith('#')) {
      const pointer = current.$ref.slice(1).split('/').filter(Boolean).map((part) => decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~')));
      const target = (getAt(root, pointer) as JsonSchema | undefined) ?? {};
      const { $ref: _ref, ...siblings } = current;
      void _ref;
      current = { ...target, ...siblings };
      continue;
    }
    const alternatives = current.anyOf ?? current.oneOf;
    if (alternatives) {
      const real = alternatives.filter((option) => resolve(option, root).type !== 'null');
      if (real.length === 1) {
        const { anyOf: _a, oneOf: _o, ...siblings } = current;
        void _a;
        void _o;
        current = { ...real[0], ...siblings };
        continue;
      }
    }
    if (current.allOf?.length === 1) {
      const { allOf, ...siblings } = current;
      current = { ...allOf[0], ...siblings };
      continue;
    }
    return current;
  }
  return current;
}

const typeOf = (node: JsonSchema) => (Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type);

const stringValues = (values: unknown[] | undefined) =>
  values && values.every((v) => typeof v === 'string') ? (values as string[]) : undefined;

/** Whether a (resolved) node is a localized text: an object of language codes and texts. */
export function isLocalized(node: JsonSchema): boolean {
  const values = node.additionalProperties;
  return (
    typeOf(node) === 'object' &&
    !node.properties &&
    typeof values === 'object' &&
    values.type === 'string' &&
    node.propertyNames !== undefined
  );
}

/** The property that tells the variants of a union apart (each has a constant for it). */
function discriminatorOf(options: JsonSchema[], root: JsonSchema): string | undefined {
  const first = resolve(options[0], root).properties ?? {};
  return Object.keys(first).find((key) =>
    options.every((option) => resolve(resolve(option, root).properties?.[key], root).const !== undefined),
  );
}

/** The control that edits a value of this schema. */
export function controlOf(node: JsonSchema | undefined, root: JsonSchema): Control {
  const n = resolve(node, root);
  if (n.const !== undefined) return { kind: 'constant', value: n.const };
  const alternatives = n.anyOf ?? n.oneOf;
  if (alternatives && alternatives.length > 1) {
    const key = discriminatorOf(alternatives, root);
    return key ? { kind: 'variants', key, options: alternatives } : { kind: 'other' };
  }
  const enumValues = stringValues(n.enum);
  if (enumValues) return { kind: 'enum', values: enumValues };
  switch (typeOf(n)) {
    case 'string':
      return n.format === 'date' || n.pattern === DATE_PATTERN ? { kind: 'date' } : { kind: 'text' };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: typeOf(n) === 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const items = resolve(n.items, root);
      const values = stringValues(items.enum);
      return values ? { kind: 'enum-list', values } : { kind: 'list', items: n.items ?? {} };
    }
    case 'object':
      if (isLocalized(n)) return { kind: 'localized' };
      if (!n.properties) return { kind: 'other' };
      return { kind: 'object', properties: Object.entries(n.properties), required: new Set(n.required ?? []) };
    default:
      return { kind: 'other' };
  }
}

/** The variant of a union that `value` is (by its discriminator), else the first. */
export function variantOf(control: Extract<Control, { kind: 'variants' }>, value: unknown, root: JsonSchema): JsonSchema {
  const wanted = (value as Record<string, unknown> | undefined)?.[control.key];
  return (
    control.options.find((option) => resolve(resolve(option, root).properties?.[control.key], root).const === wanted) ??
    control.options[0]
  );
}

/** The constant that names a variant (e.g. "https"). */
export function variantName(control: Extract<Control, { kind: 'variants' }>, option: JsonSchema, root: JsonSchema): string {
  return String(resolve(resolve(option, root).properties?.[control.key], root).const);
}

/** A new value for a schema: only what is required, as empty as it may be. */
export function emptyValue(node: JsonSchema | undefined, root: JsonSchema): unknown {
  const control = controlOf(node, root);
  const n = resolve(node, root);
  switch (control.kind) {
    case 'constant':
      return control.value;
    case 'variants':
      return emptyValue(control.options[0], root);
    case 'enum':
      return control.values[0];
    case 'text':
    case 'date':
      return '';
    case 'number':
      return n.minimum ?? (n.exclusiveMinimum !== undefined ? n.exclusiveMinimum + 1 : 0);
    case 'boolean':
      return false;
    case 'enum-list':
    case 'list':
      return [];
    case 'localized':
      return {};
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, child] of control.properties) if (control.required.has(key)) value[key] = emptyValue(child, root);
      return value;
    }
    default:
      return undefined;
  }
}

/** The schema of the value at `path` inside a document of schema `root`. */
export function schemaAt(root: JsonSchema, doc: unknown, path: Path): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  let value = doc;
  for (const key of path) {
    if (!node) return undefined;
    const control = controlOf(node, root);
    if (control.kind === 'list' && typeof key === 'number') node = control.items;
    else if (control.kind === 'object' && typeof key === 'string') node = resolve(node, root).properties?.[key];
    else if (control.kind === 'variants' && typeof key === 'string') node = resolve(variantOf(control, value, root), root).properties?.[key];
    else if (control.kind === 'localized') node = { type: 'string' };
    else return undefined;
    value = getAt(value, [key]);
  }
  return node;
}

/** The top-level lists of items with an id: the pack's collections (testimonials, trajectories, …). */
export function collectionsOf(root: JsonSchema): string[] {
  const control = controlOf(root, root);
  if (control.kind !== 'object') return [];
  return control.properties
    .filter(([, node]) => {
      const list = controlOf(node, root);
      if (list.kind !== 'list') return false;
      const item = controlOf(list.items, root);
      return item.kind === 'object' && item.properties.some(([key]) => key === 'id');
    })
    .map(([key]) => key);
}

/** "defaultLanguage" → "Default language", "successFactors" → "Success factors". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What an item of a list is called in the interface: its id, name or value, if it has one. */
export function itemLabel(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return typeof item === 'string' && item ? item : undefined;
  for (const key of ['id', 'name', 'value']) {
    const label = (item as Record<string, unknown>)[key];
    if (typeof label === 'string' && label) return label;
  }
  return undefined;
}
