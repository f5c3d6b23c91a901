/**
 * The delivery rules of a sign-up, DOM-free: what an answer of the receiver
 * means (a receipt, a retry, field errors or a permanent refusal), how long
 * to wait before the next try, and how long an unsent sign-up is kept on the
 * device. The browser side (internal/outbox.ts) only applies these rules.
 */
import type { FieldErrors, Submission } from './validation.js';

/** Largest body a receiver accepts, in bytes of UTF-8 (not characters). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Longest wait between two tries. */
export const MAX_DELAY = 5 * 60_000;

const HOUR = 3_600_000;

/** Bytes of a text as UTF-8. */
export const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** What the receiver confirmed: the sign-up is stored under its key. */
export interface Receipt {
  /** As the receiver said; absent when it did not say. */
  status?: 'received' | 'waitlist' | 'suspect';
  position?: number;
}

/** Why a sign-up cannot be sent by trying again. */
export type PermanentReason = 'redirect' | 'no-receipt' | 'status' | 'receiver-url';

export type Outcome =
  | { kind: 'delivered'; receipt: Receipt }
  | { kind: 'retry'; status?: number; afterMs?: number }
  | { kind: 'fields'; errors: FieldErrors }
  | { kind: 'permanent'; reason: PermanentReason; status?: number };

/** The parts of an HTTP answer the rules look at. */
export interface Answer {
  status: number;
  /** `opaqueredirect` for a redirect the client did not follow. */
  type?: string;
  retryAfter?: string | null;
  /** The parsed JSON body, or undefined when there was none or it did not parse. */
  json?: unknown;
}

const RETRY_STATUSES = new Set([408, 409, 425, 429]);

/** Seconds or an HTTP date → milliseconds to wait (undefined when absent or unreadable). */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one answer to `POST` with Idempotency-Key `key`. Delivered means
 * 200 or 201 with a JSON body whose `id` is the key, nothing less.
 */
export function classify(answer: Answer, key: string, now: number): Outcome {
  const { status } = answer;
  if (answer.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { kind: 'permanent', reason: 'redirect', status };
  if (status === 200 || status === 201) {
    const body = answer.json;
    if (isRecord(body) && body.id === key) {
      const receipt: Receipt = {};
      if (body.status === 'received' || body.status === 'waitlist' || body.status === 'suspect') receipt.status = body.status;
      if (typeof body.position === 'number' && Number.isFinite(body.position)) receipt.position = body.position;
      return { kind: 'delivered', receipt };
    }
    return { kind: 'permanent', reason: 'no-receipt', status };
  }
  if (status >= 200 && status < 300) return { kind: 'permanent', reason: 'no-receipt', status };
  if (RETRY_STATUSES.has(status) || (status >= 500 && status !== 501)) {
    return { kind: 'retry', status, afterMs: retryAfterMs(answer.retryAfter, now) };
  }
  if (status === 422 && isRecord(answer.json) && isRecord(answer.json.errors) && Object.keys(answer.json.errors).length) {
    return { kind: 'fields', errors: answer.json.errors as FieldErrors };
  }
  return { kind: 'permanent', reason: 'status', status };
}

/**
 * Wait before try `attempts + 1`: doubling from `base`, at most `MAX_DELAY`,
 * with jitter (half to all of it) so that many devices do not come back at
 * once; never shorter than the receiver's `Retry-After`.
 */
export function nextDelay(base: number, attempts: number, afterMs?: number, random: () => number = Math.random): number {
  const doubled = Math.min(MAX_DELAY, base * 2 ** Math.max(0, attempts - 1));
  const jittered = doubled * (0.5 + random() / 2);
  return Math.max(jittered, afterMs ?? 0);
}

/** Where an entry is in its life. */
export type EntryState = 'pending' | 'delivered' | 'fields' | 'permanent' | 'expired';

/** One sign-up in the outbox, stored under its own key before the first try. */
export interface OutboxEntry {
  v: 1;
  key: string;
  /** The form (trajectory id) it belongs to: only that form's widget changes or shows it. */
  form: string;
  url: string;
  /** What is sent; removed once delivered or expired. */
  body?: Submission;
  /** The form's values, to bring back if the receiver refuses an answer. */
  values?: Record<string, unknown>;
  state: EntryState;
  attempts: number;
  /** Wall clock of the next try (checked against the age too, see `due`). */
  nextAttemptAt: number;
  baseDelay: number;
  /** How long the entry may be kept, and how long it has been kept (ms, counted by `age`). */
  keepMs: number;
  ageMs: number;
  /** Wall clock when the age was last counted. */
  seenAt: number;
  receipt?: Receipt;
  errors?: FieldErrors;
  problem?: { reason: PermanentReason; status?: number };
  /** Held by one tab while it sends (where Web Locks are missing). */
  lease?: { owner: string; until: number };
  /** Session chosen and whether it was full, kept after delivery for the confirmation. */
  session?: string;
  waitlist?: boolean;
  /** Wall clock at creation: only to order a form's entries, never for expiry. */
  createdAt?: number;
}

export const keepFor = (retentionHours: number) => retentionHours * HOUR;

/** Accepts only entries this version can read. */
export function isOutboxEntry(value: unknown): value is OutboxEntry {
  if (!isRecord(value) || value.v !== 1) return false;
  return (
    typeof value.key === 'string' &&
    typeof value.form === 'string' &&
    typeof value.url === 'string' &&
    typeof value.state === 'string' &&
    ['pending', 'delivered', 'fields', 'permanent', 'expired'].includes(value.state) &&
    typeof value.attempts === 'number' &&
    typeof value.nextAttemptAt === 'number' &&
    typeof value.keepMs === 'number' &&
    typeof value.ageMs === 'number' &&
    typeof value.seenAt === 'number' &&
    (value.state !== 'pending' || isRecord(value.body))
  );
}

/**
 * Counts the time since the entry was last seen. A clock that went back
 * counts nothing (never a negative age, so nothing is deleted at once); a
 * clock that went forward and back again is not counted twice. The age, not
 * the wall-clock date, decides expiry.
 */
export function aged(entry: OutboxEntry, now: number): OutboxEntry {
  const step = now - entry.seenAt;
  const ageMs = entry.ageMs + (step > 0 ? step : 0);
  // A next try planned far ahead by a clock that has since gone back is brought forward.
  const nextAttemptAt = entry.nextAttemptAt - now > MAX_DELAY + 60_000 ? now : entry.nextAttemptAt;
  return { ...entry, ageMs, seenAt: now, nextAttemptAt };
}

export const isExpired = (entry: OutboxEntry): boolean => entry.ageMs >= entry.keepMs;

/** Wall-clock time until which the entry is kept, as the visitor is told. */
export const keptUntil = (entry: OutboxEntry, now: number): number => now + Math.max(0, entry.keepMs - entry.ageMs);

/** The entry without the person's answers (after delivery or expiry). */
export function withoutAnswers(entry: OutboxEntry, state: EntryState): OutboxEntry {
  const rest: OutboxEntry = { ...entry, state };
  delete rest.body;
  delete rest.values;
  delete rest.lease;
  return rest;
}
