/**
 * The receiver contract (README, "The receiver contract"), as a handler any
 * server can wrap: the Ontrack receiver (Fastify, src/receiver/app.ts) and the
 * test runner's koa middleware both call it.
 *
 *   POST <receiver url>   Content-Type: application/json   Idempotency-Key: <key>
 *
 *   201 { id: key, status: 'received' | 'waitlist' | 'suspect', position? }  stored and committed
 *       (the same key and body again: this first answer, replayed)
 *   409 { error: 'in-progress' }   Retry-After: 1   this key is being processed
 *   422 { error: 'key-reused' }    the same key with another body
 *   422 { errors: { 'answers.email': 'email', … } }   refused, by field
 *   400 not JSON / no key; 405 not POST; 413 over the byte limit; 415 not JSON
 *
 * DOM-free, and no Node built-ins: the fingerprint uses Web Crypto. Storage is
 * passed in; it decides places atomically (see SignupStore.insert).
 */
import type { Trajectory } from '../content/schema/trajectories.js';
import { validateSubmission, type Submission } from '../widgets/signup/logic/validation.js';

/** Any pack with trajectories: the full content pack, or the part a widget validated. */
type TrajectoryList = { readonly trajectories: readonly Trajectory[] };

export type ReceiptStatus = 'received' | 'waitlist' | 'suspect';

/** The body of a 201: what the client keeps as proof of delivery. */
export interface SignupReceipt {
  id: string;
  status: ReceiptStatus;
  position?: number;
}

/** A valid sign-up, ready to store. */
export interface SignupRecord {
  key: string;
  /** SHA-256 of the request body (canonical JSON), to tell a replay from a reused key. */
  fingerprint: string;
  receivedAt: string;
  submission: Submission;
  /** A spam guard tripped in the browser: stored, held for review, takes no place. */
  suspect: boolean;
  /** Places the content offers in the chosen session (capacity − taken); undefined: no limit. */
  places?: number;
}

export interface StoredAnswer {
  fingerprint: string;
  receipt: SignupReceipt;
}

export interface SignupStore {
  /** The first answer given for a key, if it was stored. */
  find(key: string): Promise<StoredAnswer | undefined>;
  /**
   * Stores the sign-up in one transaction and decides its place atomically:
   * a place while `places` has room, else the session's waiting list with its
   * position. Resolves only after commit. When the key was stored meanwhile
   * (a race), stores nothing and resolves with the earlier answer.
   */
  insert(record: SignupRecord): Promise<StoredAnswer & { stored: boolean }>;
  /** Places held per session id of one trajectory. */
  placed(trajectory: string): Promise<Record<string, number>>;
}

export interface ReceiverRequest {
  method: string;
  /** Header names in lower case. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface ReceiverResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface HandlerOptions {
  pack: () => Promise<TrajectoryList> | TrajectoryList;
  store: SignupStore;
  now?: () => number;
  maxBodyBytes?: number;
  /** Called after a new sign-up was committed (not for replays). */
  onStored?: (record: SignupRecord, receipt: SignupReceipt) => void;
}

export const MAX_BODY_BYTES = 64 * 1024;
const MAX_KEY_LENGTH = 200;

const header = (headers: ReceiverRequest['headers'], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const encoder = new TextEncoder();

/** Body size in bytes as sent (UTF-8), not in characters. */
export const byteLength = (text: string) => encoder.encode(text).length;

/** True for `application/json`, with or without parameters such as a charset. */
export const isJsonType = (type: string | undefined) => /^application\/json\s*(;|$)/i.test(type?.trim() ?? '');

/** JSON with object keys sorted, so the same data always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export async function fingerprintOf(data: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(canonical(data)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keys being processed, per store: a second request with one of them gets 409. */
const inFlight = new WeakMap<SignupStore, Set<string>>();

const answer = (status: number, body: unknown, headers?: Record<string, string>): ReceiverResponse => ({ status, body, ...(headers ? { headers } : {}) });

const replay = (stored: StoredAnswer, fingerprint: string) =>
  stored.fingerprint === fingerprint ? answer(201, stored.receipt) : answer(422, { error: 'key-reused' });

/** Handles one sign-up request. */
export async function handleSignup(request: ReceiverRequest, options: HandlerOptions): Promise<ReceiverResponse> {
  if (request.method !== 'POST') return answer(405, { error: 'method-not-allowed' }, { allow: 'POST' });
  if (!isJsonType(header(request.headers, 'content-type'))) return answer(415, { error: 'json-only' });
  if (byteLength(request.body) > (options.maxBodyBytes ?? MAX_BODY_BYTES)) return answer(413, { error: 'too-large' });
  const key = header(request.headers, 'idempotency-key')?.trim();
  if (!key || key.length > MAX_KEY_LENGTH) return answer(400, { error: 'idempotency-key-required' });
  let data: unknown;
  try {
    data = JSON.parse(request.body);
  } catch {
    return answer(400, { error: 'not-json' });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return answer(400, { error: 'not-an-object' });

  let keys = inFlight.get(options.store);
  if (!keys) inFlight.set(options.store, (keys = new Set()));
  if (keys.has(key)) return answer(409, { error: 'in-progress' }, { 'retry-after': '1' });
  keys.add(key);
  try {
    const fingerprint = await fingerprintOf(data);
    const earlier = await options.store.find(key);
    if (earlier) return replay(earlier, fingerprint);
    const raw = data as Record<string, unknown>;
    const now = options.now?.() ?? Date.now();
    const pack = await options.pack();
    const result = validateSubmission(pack, String(raw.trajectory ?? ''), data, { now });
    if (!result.ok) return answer(422, { errors: result.errors });
    const submission = result.value;
    const session = pack.trajectories.find((t) => t.id === submission.trajectory)?.sessions.find((s) => s.id === submission.session);
    const record: SignupRecord = {
      key,
      fingerprint,
      receivedAt: new Date(now).toISOString(),
      submission,
      suspect: raw.suspect === true,
      ...(session?.capacity !== undefined ? { places: Math.max(0, session.capacity - session.taken) } : {}),
    };
    const stored = await options.store.insert(record);
    if (!stored.stored) return replay(stored, fingerprint);
    options.onStored?.(record, stored.receipt);
    return answer(201, stored.receipt);
  } finally {
    keys.delete(key);
  }
}

/** `GET <receiver url>/availability?trajectory=ID`: places left per session, from the store. */
export async function handleAvailability(
  trajectoryId: string,
  options: Pick<HandlerOptions, 'pack' | 'store'>,
): Promise<ReceiverResponse> {
  const trajectory = (await options.pack()).trajectories.find((t) => t.id === trajectoryId);
  if (!trajectory) return answer(404, { error: 'unknown-trajectory' });
  const placed = await options.store.placed(trajectory.id);
  const sessions = trajectory.sessions
    .filter((s) => s.capacity !== undefined)
    .map((s) => ({ id: s.id, placesLeft: Math.max(0, s.capacity! - s.taken - (placed[s.id] ?? 0)) }));
  return answer(200, { trajectory: trajectory.id, sessions }, { 'cache-control': 'public, max-age=5' });
}

export interface MemoryRecord extends SignupRecord {
  receipt: SignupReceipt;
}

/** A store in memory (tests, demos): the same decisions as the database store. */
export function memoryStore(records: MemoryRecord[] = []): SignupStore & { records: MemoryRecord[] } {
  const find = async (key: string) => {
    const record = records.find((r) => r.key === key);
    return record && { fingerprint: record.fingerprint, receipt: record.receipt };
  };
  return {
    records,
    find,
    async insert(record) {
      const earlier = await find(record.key);
      if (earlier) return { ...earlier, stored: false };
      const same = records.filter((r) => r.submission.trajectory === record.submission.trajectory && r.submission.session === record.submission.session);
      let receipt: SignupReceipt;
      if (record.suspect) receipt = { id: record.key, status: 'suspect' };
      else if (record.places === undefined || same.filter((r) => r.receipt.status === 'received').length < record.places) {
        receipt = { id: record.key, status: 'received' };
      } else receipt = { id: record.key, status: 'waitlist', position: same.filter((r) => r.receipt.status === 'waitlist').length + 1 };
      records.push({ ...record, receipt });
      return { fingerprint: record.fingerprint, receipt, stored: true };
    },
    async placed(trajectory) {
      const counts: Record<string, number> = {};
      for (const r of records) {
        if (r.submission.trajectory === trajectory && r.submission.session && r.receipt.status === 'received') {
          counts[r.submission.session] = (counts[r.submission.session] ?? 0) + 1;
        }
      }
      return counts;
    },
  };
}
