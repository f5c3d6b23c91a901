/**
 * The fast way to read a pack, for content without a single mistake: the same
 * checks as `readPack` in `read.ts` (header, unknown top-level fields, each
 * item, unique ids), but it only says yes or no. Content that is not perfect
 * goes to `readPack`, which words each problem for the editor and leaves
 * broken items out; widgets load that only then (see `load.ts`).
 */
import { COLLECTIONS, packHeader, readerOf, type PackHeader } from './schema/common.js';
import type { LoadedPack, PackSchema } from './read.js';

export const HEADER_KEYS: ReadonlySet<string> = new Set(Object.keys(packHeader._zod.def.shape));

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The header fields of a pack (what `packHeader` validates). */
export function headerOf(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => HEADER_KEYS.has(key)));
}

/** The pack, when nothing in `data` is wrong or unknown; otherwise `undefined`. */
export function readValid<P extends PackHeader>(data: unknown, schema: PackSchema<P>, base: string): LoadedPack<P> | undefined {
  const reader = readerOf(schema);
  if (!reader || !isObject(data)) {
    const result = schema.safeParse(data);
    return result.success ? { pack: result.data, base, problems: [], leftOut: new Map() } : undefined;
  }
  if (Object.keys(data).some((key) => !HEADER_KEYS.has(key) && !(COLLECTIONS as readonly string[]).includes(key))) return undefined;
  const head = packHeader.safeParse(headerOf(data));
  const raw = data[reader.key] ?? [];
  if (!head.success || !Array.isArray(raw)) return undefined;
  const items: { id: string }[] = [];
  const seen = new Set<string>();
  for (const [index, input] of raw.entries()) {
    const result = reader.item.safeParse(input);
    const id = isObject(input) && typeof input.id === 'string' ? input.id : `#${index + 1}`;
    if (!result.success || seen.has(id)) return undefined;
    seen.add(id);
    items.push(result.data as { id: string });
  }
  return { pack: { ...head.data, [reader.key]: items } as unknown as P, base, problems: [], leftOut: new Map() };
}
