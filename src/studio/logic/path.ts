/**
 * Immutable edits of a JSON document at a path (`["testimonials", 2, "quote", "nl"]`).
 * Every edit returns a new document that shares the untouched parts with the
 * old one, so undo keeps whole documents cheaply and Lit sees what changed.
 */

export type Key = string | number;
export type Path = readonly Key[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** The value at `path`, or `undefined`. */
export function getAt(doc: unknown, path: Path): unknown {
  let value = doc;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key === 'string') value = value[key];
    else return undefined;
  }
  return value;
}

function withChild(parent: unknown, key: Key, child: unknown): unknown {
  if (typeof key === 'number') {
    const list = Array.isArray(parent) ? [...parent] : [];
    list[key] = child;
    return list;
  }
  const object: Record<string, unknown> = isRecord(parent) ? { ...parent } : {};
  if (child === undefined) delete object[key];
  else object[key] = child;
  return object;
}

/**
 * Sets the value at `path` (creating missing objects and lists on the way);
 * `undefined` removes an object's key.
 */
export function setAt(doc: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const [key, ...rest] = path;
  const current = getAt(doc, [key]);
  return withChild(doc, key, setAt(current, rest, value));
}

/** Removes a key of an object, or an item of a list (the items after it move up). */
export function removeAt(doc: unknown, path: Path): unknown {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = getAt(doc, parentPath);
  if (Array.isArray(parent) && typeof key === 'number') {
    return setAt(doc, parentPath, parent.filter((_, i) => i !== key));
  }
  return setAt(doc, path, undefined);
}

/** Inserts `value` into the list at `listPath` before `index` (at the end when omitted). */
export function insertAt(doc: unknown, listPath: Path, value: unknown, index?: number): unknown {
  const list = getAt(doc, listPath);
  const items = Array.isArray(list) ? [...list] : [];
  items.splice(index ?? items.length, 0, value);
  return setAt(doc, listPath, items);
}

/** Moves the item at `from` of the list at `listPath` to `to`; out of range does nothing. */
export function moveAt(doc: unknown, listPath: Path, from: number, to: number): unknown {
  const list = getAt(doc, listPath);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return doc;
  const items = [...list];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  return setAt(doc, listPath, items);
}

/** A deep copy of plain JSON data. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Whether two paths are the same. */
export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** Whether `path` starts with `prefix`. */
export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === path[i]);
}

/** A string usable in an element id for a path: `testimonials.2.quote.nl`. */
export function pathId(path: Path): string {
  return path.map((key) => String(key).replace(/[^A-Za-z0-9_-]/g, '_')).join('.');
}
