/**
 * Nothing lost, delivered once: drafts kept while a person types, and an
 * outbox of sign-ups that could not be sent yet. Both live in localStorage,
 * expire (`retentionHours`), and are deleted as soon as they are no longer
 * needed. No DOM rendering here; the widget only shows what this reports.
 */
import type { FieldErrors } from './validation.js';

const PREFIX = 'ontrack-signup';
const OUTBOX_KEY = `${PREFIX}:outbox`;
const HOUR = 3_600_000;

/** What the widget keeps of a form: raw control values by path, and when typing began. */
export interface Draft {
  values: Record<string, unknown>;
  /** Idempotency key of this sign-up: the same however often it is sent. */
  key: string;
  startedAt: number;
  savedAt: number;
  expiresAt: number;
}

export interface OutboxEntry {
  key: string;
  /** Which form queued it (the draft key), so a re-created form can show it. */
  form: string;
  url: string;
  body: unknown;
  /** The form's values, to restore them if the receiver refuses the sign-up. */
  values: Record<string, unknown>;
  attempts: number;
  nextAttemptAt: number;
  expiresAt: number;
  /** First wait after a failure, in ms; doubled each time up to `MAX_DELAY`. */
  baseDelay: number;
}

export const MAX_DELAY = 5 * 60_000;

function read<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or blocked (private mode): the form still works, it just does not remember */
  }
}

/** A random idempotency key. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const draftKey = (form: string) => `${PREFIX}:draft:${form}`;

/** The saved draft of a form, or undefined (an expired one is deleted). */
export function loadDraft(form: string, now = Date.now()): Draft | undefined {
  const draft = read<Draft>(draftKey(form));
  if (!draft || typeof draft !== 'object' || !draft.values || !draft.key) return undefined;
  if (draft.expiresAt <= now) {
    clearDraft(form);
    return undefined;
  }
  return draft;
}

export function saveDraft(form: string, draft: Draft): void {
  write(draftKey(form), draft);
}

export function clearDraft(form: string): void {
  write(draftKey(form), undefined);
}

export const expiryFor = (retentionHours: number, now = Date.now()) => now + retentionHours * HOUR;

/** Entries still worth sending (expired ones are deleted). */
export function outboxEntries(now = Date.now()): OutboxEntry[] {
  const all = read<OutboxEntry[]>(OUTBOX_KEY);
  if (!Array.isArray(all)) return [];
  const live = all.filter((e) => e && typeof e.key === 'string' && e.expiresAt > now);
  if (live.length !== all.length) write(OUTBOX_KEY, live.length ? live : undefined);
  return live;
}

function saveOutbox(entries: OutboxEntry[]) {
  write(OUTBOX_KEY, entries.length ? entries : undefined);
}

function updateEntry(key: string, change: (e: OutboxEntry) => OutboxEntry | undefined) {
  const entries = outboxEntries();
  const next = entries.flatMap((e) => (e.key === key ? [change(e)].filter((x): x is OutboxEntry => !!x) : [e]));
  saveOutbox(next);
}

/** The queued sign-up of a form, if any. */
export function queuedFor(form: string): OutboxEntry | undefined {
  return outboxEntries().find((e) => e.form === form);
}

export function enqueue(entry: OutboxEntry): void {
  saveOutbox([...outboxEntries().filter((e) => e.key !== entry.key), entry]);
  schedule();
}

export function removeQueued(key: string): void {
  updateEntry(key, () => undefined);
}

export type SendResult =
  | { kind: 'delivered'; status: number; duplicate: boolean }
  | { kind: 'refused'; status: number; errors: FieldErrors }
  | { kind: 'retry'; status?: number };

/**
 * POSTs one sign-up as JSON with its idempotency key. 2xx: delivered;
 * network failure, 408, 429 or 5xx: try again later; any other answer:
 * refused (422 carries field errors).
 */
export async function send(url: string, key: string, body: unknown, timeout = 15_000): Promise<SendResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (response.ok) return { kind: 'delivered', status: response.status, duplicate: response.status === 200 };
    if (response.status >= 500 || response.status === 408 || response.status === 429) {
      return { kind: 'retry', status: response.status };
    }
    let errors: FieldErrors = { form: 'invalid' };
    try {
      const answer = (await response.json()) as { errors?: FieldErrors };
      if (answer?.errors && typeof answer.errors === 'object' && Object.keys(answer.errors).length) errors = answer.errors;
    } catch {
      /* no JSON body: a general refusal */
    }
    return { kind: 'refused', status: response.status, errors };
  } catch {
    return { kind: 'retry' };
  } finally {
    clearTimeout(timer);
  }
}

/** Delay before attempt `attempts + 1`. */
export const backoff = (baseDelay: number, attempts: number) => Math.min(MAX_DELAY, baseDelay * 2 ** Math.max(0, attempts - 1));

export type OutboxEvent =
  | { type: 'delivered'; entry: OutboxEntry; result: Extract<SendResult, { kind: 'delivered' }> }
  | { type: 'refused'; entry: OutboxEntry; result: Extract<SendResult, { kind: 'refused' }> }
  | { type: 'waiting'; entry: OutboxEntry };

const listeners = new Set<(event: OutboxEvent) => void>();

/** Hears what happens to queued sign-ups; returns a function that stops listening. */
export function onOutbox(listener: (event: OutboxEvent) => void): () => void {
  listeners.add(listener);
  startWatching();
  return () => listeners.delete(listener);
}

const tell = (event: OutboxEvent) => {
  for (const listener of listeners) listener(event);
};

let flushing: Promise<void> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Sends every queued sign-up that is due (or all of them, with `force`).
 * One flush at a time per page, and one per browser across tabs where Web
 * Locks exist, so an entry is never posted twice at once.
 */
export function flush(force = false): Promise<void> {
  if (flushing) return flushing;
  const run = async () => {
    const now = Date.now();
    for (const entry of outboxEntries(now)) {
      if (!force && entry.nextAttemptAt > now) continue;
      // Another tab may have delivered it meanwhile.
      if (!outboxEntries().some((e) => e.key === entry.key)) continue;
      const result = await send(entry.url, entry.key, entry.body);
      if (result.kind === 'delivered') {
        removeQueued(entry.key);
        tell({ type: 'delivered', entry, result });
      } else if (result.kind === 'refused') {
        removeQueued(entry.key);
        tell({ type: 'refused', entry, result });
      } else {
        const attempts = entry.attempts + 1;
        const next = { ...entry, attempts, nextAttemptAt: Date.now() + backoff(entry.baseDelay, attempts) };
        updateEntry(entry.key, () => next);
        tell({ type: 'waiting', entry: next });
      }
    }
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const started: Promise<unknown> = locks ? locks.request(`${PREFIX}:outbox`, run) : run();
  const done: Promise<void> = started
    .then(() => undefined)
    .catch((error: unknown) => console.warn('[ontrack] sending queued sign-ups failed', error))
    .finally(() => {
      flushing = undefined;
      schedule();
    });
  flushing = done;
  return done;
}

/** Sets one timer for the next entry that is due. */
function schedule() {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const entries = outboxEntries();
  if (!entries.length) return;
  const due = Math.min(...entries.map((e) => e.nextAttemptAt));
  timer = setTimeout(() => void flush(), Math.max(0, due - Date.now()));
}

let watching = false;

/** Retries when the browser comes back online, and once on page load. */
function startWatching() {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('online', () => void flush(true));
  schedule();
}
