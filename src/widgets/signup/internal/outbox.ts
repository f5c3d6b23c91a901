/**
 * The outbox of one page: every sign-up is written here (one storage key per
 * sign-up) before its first try, sent with its own Idempotency-Key until the
 * receiver gives a receipt, and shared with the other tabs of this browser.
 *
 * - One tab sends an entry at a time: a Web Lock per entry, or, where Web
 *   Locks are missing, a short lease written into the entry itself.
 * - Other tabs hear every change through storage events, so each shows the
 *   truth (a tab that delivers tells the others).
 * - Where storage fails, the entry lives in this page's memory and keeps
 *   being retried while the page is open; `isStored()` says so truthfully.
 * - Unreadable stored data is skipped with one console warning.
 */
import { keysWithPrefix, readJson, remove, writeJson } from '../../../core/storage.js';
import { createClock } from '../logic/clock.js';
import {
  aged,
  classify,
  isExpired,
  isOutboxEntry,
  nextDelay,
  withoutAnswers,
  type Outcome,
  type OutboxEntry,
} from '../logic/delivery.js';

export const OUTBOX_PREFIX = 'ontrack-signup:outbox:';
const LEASE_MS = 30_000;
const SEND_TIMEOUT = 15_000;
/** Delivered and expired entries (without answers) are forgotten after a day. */
const TOMBSTONE_MS = 24 * 3_600_000;

/** The page's clock: monotonic while the page is open, corrected by the receiver's `Date`. */
export const clock = createClock();

const tab = Math.random().toString(36).slice(2);
const memory = new Map<string, OutboxEntry>();
const unreadable = new Set<string>();
const inFlight = new Set<string>();
const listeners = new Set<(key: string) => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let started = false;
let contended = false;

const storageKey = (key: string) => `${OUTBOX_PREFIX}${key}`;

function readStored(key: string): OutboxEntry | undefined {
  const name = storageKey(key);
  if (unreadable.has(name)) return undefined;
  const entry = readJson(name, isOutboxEntry);
  if (!entry && keysWithPrefix(name).includes(name)) unreadable.add(name);
  return entry;
}

/** One entry: this page's copy if storage failed, else the stored one. */
export function read(key: string): OutboxEntry | undefined {
  return memory.get(key) ?? readStored(key);
}

/** Every readable entry (corrupt ones are skipped). */
export function entries(): OutboxEntry[] {
  const keys = new Set([...memory.keys(), ...keysWithPrefix(OUTBOX_PREFIX).map((k) => k.slice(OUTBOX_PREFIX.length))]);
  return [...keys].map(read).filter((e): e is OutboxEntry => e !== undefined);
}

/** Entries of one form, newest first. */
export const forForm = (form: string): OutboxEntry[] =>
  entries()
    .filter((e) => e.form === form)
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));

/** True when the entry is kept in this browser's storage (not only in this page). */
export const isStored = (key: string): boolean => !memory.has(key);

const tell = (key: string) => {
  for (const listener of listeners) listener(key);
};

/** Writes an entry; on a storage failure keeps it in memory. Returns whether storage holds it. */
function save(entry: OutboxEntry, notify = true): boolean {
  const ok = writeJson(storageKey(entry.key), entry).ok;
  if (ok) memory.delete(entry.key);
  else memory.set(entry.key, entry);
  if (notify) tell(entry.key);
  return ok;
}

/** Stores a new sign-up before it is sent. `stored: false` means: only in this page. */
export function add(entry: OutboxEntry): { stored: boolean } {
  start();
  const stored = save(entry);
  return { stored };
}

/** Changes an entry (by its own form: a retry asked for, a refusal shown). */
export function update(key: string, change: (entry: OutboxEntry) => OutboxEntry): void {
  const entry = read(key);
  if (entry) save(change(entry));
}

export function removeEntry(key: string): void {
  memory.delete(key);
  remove(storageKey(key));
  tell(key);
}

/** Hears every change of any entry (by key); returns a function that stops listening. */
export function subscribe(listener: (key: string) => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function post(entry: OutboxEntry): Promise<Outcome> {
  const controller = new AbortController();
  const stop = setTimeout(() => controller.abort(), SEND_TIMEOUT);
  try {
    const response = await fetch(entry.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': entry.key },
      body: JSON.stringify(entry.body),
      credentials: 'same-origin',
      redirect: 'manual',
      signal: controller.signal,
    });
    clock.learn(response.headers.get('Date'));
    let json: unknown;
    try {
      json = JSON.parse(await response.text());
    } catch {
      /* no JSON: no receipt */
    }
    return classify({ status: response.status, type: response.type, retryAfter: response.headers.get('Retry-After'), json }, entry.key, clock.now());
  } catch {
    return { kind: 'retry' };
  } finally {
    clearTimeout(stop);
  }
}

function settle(entry: OutboxEntry, outcome: Outcome): OutboxEntry {
  const now = clock.now();
  switch (outcome.kind) {
    case 'delivered':
      return { ...withoutAnswers(entry, 'delivered'), receipt: outcome.receipt, seenAt: now };
    case 'fields':
      return { ...entry, state: 'fields', errors: outcome.errors, lease: undefined };
    case 'permanent':
      console.warn(
        `[ontrack] <ontrack-signup>: the receiver ${entry.url} did not accept sign-up ${entry.key} (${outcome.reason}${outcome.status ? `, HTTP ${outcome.status}` : ''}); the answers are kept on the device. Check the receiver's address and that it answers as the receiver contract says.`,
      );
      return { ...entry, state: 'permanent', problem: { reason: outcome.reason, status: outcome.status }, lease: undefined };
    default: {
      const attempts = entry.attempts + 1;
      return { ...entry, attempts, nextAttemptAt: now + nextDelay(entry.baseDelay, attempts, outcome.afterMs), lease: undefined };
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` only if this tab is the one sending `key` now. */
async function exclusively(key: string, fn: () => Promise<void>): Promise<void> {
  if (memory.has(key)) return fn(); // only this page knows it
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) {
    await locks.request(storageKey(key), { ifAvailable: true }, async (lock) => {
      if (lock) await fn();
      else contended = true;
    });
    return;
  }
  // No Web Locks (plain http pages, old browsers): a lease in the entry, checked after a pause.
  const entry = readStored(key);
  if (!entry) return;
  if (entry.lease && entry.lease.owner !== tab && entry.lease.until > Date.now()) {
    contended = true;
    return;
  }
  if (!writeJson(storageKey(key), { ...entry, lease: { owner: tab, until: Date.now() + LEASE_MS } }).ok) return fn();
  await sleep(40 + Math.random() * 60);
  if (readStored(key)?.lease?.owner !== tab) {
    contended = true;
    return;
  }
  await fn();
}

/** One try of one entry, if it is due (or `force`), by this tab only. */
async function attempt(key: string, force: boolean): Promise<void> {
  const before = read(key);
  if (!before || before.state !== 'pending' || inFlight.has(key)) return;
  const now = clock.now();
  const look = aged(before, now);
  if (!force && !isExpired(look) && look.nextAttemptAt > now) return;
  inFlight.add(key);
  try {
    await exclusively(key, async () => {
      const fresh = read(key);
      if (!fresh || fresh.state !== 'pending') return;
      const entry = aged(fresh, clock.now());
      if (isExpired(entry)) {
        console.warn(`[ontrack] <ontrack-signup>: sign-up ${key} could not be sent within its keeping time and was deleted from this device`);
        save(withoutAnswers(entry, 'expired'));
        return;
      }
      save(entry, false);
      const outcome = await post(entry);
      const latest = read(key);
      // The visitor may have taken the entry back meanwhile (e.g. cleared it): then it stays gone.
      if (!latest || latest.state !== 'pending') return;
      save(settle(entry, outcome));
    });
  } finally {
    inFlight.delete(key);
  }
}

/** Sends what is due: every pending entry, or only `key`; `force` ignores the wait. */
export async function pump(options: { key?: string; force?: boolean } = {}): Promise<void> {
  start();
  contended = false;
  const now = clock.now();
  const due = entries().filter((e) => e.state === 'pending' && (!options.key || e.key === options.key));
  for (const entry of entries()) {
    if ((entry.state === 'delivered' || entry.state === 'expired') && now - entry.seenAt > TOMBSTONE_MS) removeEntry(entry.key);
  }
  await Promise.all(due.map((e) => attempt(e.key, Boolean(options.force))));
  schedule();
}

/** One timer for the next entry that is due. */
function schedule() {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const pending = entries().filter((e) => e.state === 'pending');
  if (!pending.length) return;
  const due = Math.min(...pending.map((e) => e.nextAttemptAt));
  // An entry another tab holds is looked at again in a second (that tab may close).
  const wait = Math.max(contended ? 1000 : 100, due - clock.now());
  timer = setTimeout(() => void pump(), wait);
}

function start() {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void pump({ force: true }));
  window.addEventListener('storage', (event) => {
    if (event.key !== null && !event.key.startsWith(OUTBOX_PREFIX)) return;
    if (event.key) unreadable.delete(event.key);
    if (event.key) tell(event.key.slice(OUTBOX_PREFIX.length));
    else for (const entry of entries()) tell(entry.key);
    schedule();
  });
  queueMicrotask(() => void pump());
}
