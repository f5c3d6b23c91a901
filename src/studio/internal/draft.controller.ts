import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readJson, remove, writeJson, type StorageResult } from '../../core/storage.js';

/** A pack being edited, kept in this browser until it is saved or closed. */
export interface Draft {
  readonly doc: unknown;
  /** File name to save as. */
  readonly name: string;
  /** When the draft was last written (ISO). */
  readonly savedAt: string;
}

const isDraft = (value: unknown): value is Draft =>
  Boolean(value) &&
  typeof value === 'object' &&
  typeof (value as Draft).name === 'string' &&
  typeof (value as Draft).savedAt === 'string' &&
  typeof (value as Draft).doc === 'object';

/**
 * Keeps the draft in the browser's storage (never on a server): written after
 * every change, offered back when the studio opens again.
 */
export class DraftController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string,
    private readonly onRestore: (draft: Draft) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const draft = readJson(this.key(), isDraft);
    if (draft) this.onRestore(draft);
  }

  write(doc: unknown, name: string): StorageResult {
    return writeJson(this.key(), { doc, name, savedAt: new Date().toISOString() } satisfies Draft);
  }

  clear(): StorageResult {
    return remove(this.key());
  }
}
