/** Copying items of a list so that the copy is valid next to the original. DOM-free. */
import { cloneJson } from './path.js';

/** An id not yet used in `list`: `lotte-copy`, `lotte-copy-2`, … */
export function freeId(id: string, list: readonly unknown[]): string {
  const used = new Set(list.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined)));
  let candidate = `${id}-copy`;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-copy-${n}`;
  return candidate;
}

/** A deep copy of `item`; an item with an id gets a new one. */
export function duplicateItem(item: unknown, list: readonly unknown[]): unknown {
  const copy = cloneJson(item);
  if (copy && typeof copy === 'object' && typeof (copy as { id?: unknown }).id === 'string') {
    (copy as { id: string }).id = freeId((copy as { id: string }).id, list);
  }
  return copy;
}
