/** What the studio sends to its preview frame, and how it picks the part of the pack to show. DOM-free. */
import { getAt } from './path.js';

export const PREVIEW_MESSAGE = 'ontrack-studio-preview';
export const PREVIEW_SIZE_MESSAGE = 'ontrack-studio-preview-size';

export interface PreviewMessage {
  readonly type: typeof PREVIEW_MESSAGE;
  /** The collection the item is in (`testimonials`, `trajectories`, …). */
  readonly collection: string;
  /** The item's id, for widgets that show one item by id. */
  readonly id: string;
  /** The pack's header with only the shown item in its collection. */
  readonly pack: unknown;
  /** The widget's interface language. */
  readonly lang: string;
  /** The address the pack was opened from: relative images and links in it resolve against it. */
  readonly base: string;
}

/** The header of the pack (everything but the collections) with one item of one collection. */
export function previewPack(doc: unknown, collections: readonly string[], collection: string, index: number): { pack: unknown; id: string } {
  const header: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((doc ?? {}) as Record<string, unknown>)) {
    if (!collections.includes(key)) header[key] = value;
  }
  const item = getAt(doc, [collection, index]);
  const id = getAt(item, ['id']);
  return { pack: { ...header, [collection]: item === undefined ? [] : [item] }, id: typeof id === 'string' ? id : '' };
}
