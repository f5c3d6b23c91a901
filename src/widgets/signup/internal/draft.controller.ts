import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readJson, remove, writeJson } from '../../../core/storage.js';
import type { Values } from '../logic/submission.js';

const HOUR = 3_600_000;

interface StoredDraft {
  values: Record<string, unknown>;
  startedAt: number;
  savedAt: number;
  expiresAt: number;
}

const isDraft = (value: unknown): value is StoredDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StoredDraft).values === 'object' &&
  (value as StoredDraft).values !== null &&
  typeof (value as StoredDraft).expiresAt === 'number';

export const draftKey = (form: string) => `ontrack-signup:draft:${form}`;

/**
 * What a person has typed into one form, kept on the device while they type
 * (for `retentionHours` at most) and deleted when they clear the form or the
 * sign-up is safely in the outbox. `stored` tells the truth about storage:
 * false when the browser refused to keep the answers.
 */
export class DraftController implements ReactiveController {
  values: Values = {};
  /** When the person began this form (for the spam guard's timing). */
  startedAt = Date.now();
  /** undefined until the first write; then whether the device keeps the answers. */
  stored?: boolean;
  #form = '';
  #keepHours = 72;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The form shown and how long its drafts are kept; undefined until content is loaded. */
    private readonly source: () => { form: string; keepHours: number } | undefined,
  ) {
    host.addController(this);
  }

  /** Before each update: a newly shown form brings back its draft. */
  hostUpdate(): void {
    const shown = this.source();
    if (shown && shown.form !== this.#form) this.restore(shown.form, shown.keepHours);
  }

  /** Loads the draft of a form (an expired one is deleted). */
  restore(form: string, keepHours: number, now = Date.now()): void {
    this.#form = form;
    this.#keepHours = keepHours;
    const draft = readJson(draftKey(form), isDraft);
    // A draft saved "in the future" (the clock went back) is kept, and counts from now.
    const tooOld = draft && draft.savedAt <= now && Math.min(draft.expiresAt, draft.savedAt + keepHours * HOUR) <= now;
    if (draft && tooOld) remove(draftKey(form));
    const kept = draft && !tooOld ? draft : undefined;
    this.values = { ...(kept?.values ?? {}) };
    this.startedAt = kept?.startedAt && kept.startedAt <= now ? kept.startedAt : now;
    this.stored = undefined;
    this.host.requestUpdate();
  }

  set(path: string, value: unknown): void {
    this.replace({ ...this.values, [path]: value });
  }

  /** Replaces every value and saves them; returns whether the device keeps them. */
  replace(values: Values): boolean {
    this.values = values;
    const now = Date.now();
    this.stored = writeJson(draftKey(this.#form), {
      values,
      startedAt: this.startedAt,
      savedAt: now,
      expiresAt: now + this.#keepHours * HOUR,
    } satisfies StoredDraft).ok;
    this.host.requestUpdate();
    return this.stored;
  }

  /** Empties the form and deletes the draft from the device. */
  clear(): void {
    this.values = {};
    this.startedAt = Date.now();
    remove(draftKey(this.#form));
    this.stored = undefined;
    this.host.requestUpdate();
  }
}
