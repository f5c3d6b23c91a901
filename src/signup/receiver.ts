/**
 * The receiver contract, as a handler any server can wrap (the dev server's
 * Vite plugin and the test runner's koa middleware both do):
 *
 *   POST <receiver url>
 *   Content-Type: application/json
 *   Idempotency-Key: <random key, the same for every retry of one sign-up>
 *   { "trajectory": "…", "answers": { … }, "session"?, "waitlist"?, "municipality"?, "minor"?, "guardian"?, "language"? }
 *
 *   201 { "id": key }                 stored
 *   200 { "id": key, "duplicate": true }  this key was stored before; nothing stored again
 *   422 { "errors": { "answers.email": "email", … } }  refused, by field (codes in validation.ts)
 *   400 missing key or not JSON; 405 not POST; 413 too large
 *
 * No DOM and no Node APIs: storage is passed in.
 */
import type { Trajectory } from '../content/schema/trajectories.js';

/** Any pack with trajectories: the full content pack, or the part a widget validated. */
type TrajectoryList = { readonly trajectories: readonly Trajectory[] };
import { validateSubmission, type Submission } from './validation.js';

export interface StoredSignup {
  key: string;
  receivedAt: string;
  submission: Submission;
}

export interface SignupStore {
  has(key: string): Promise<boolean> | boolean;
  add(record: StoredSignup): Promise<void> | void;
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
}

export const MAX_BODY_BYTES = 64 * 1024;

const header = (headers: ReceiverRequest['headers'], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Handles one request to the receiver. `pack` gives the current content pack. */
export async function handleSignup(
  request: ReceiverRequest,
  options: { pack: () => Promise<TrajectoryList> | TrajectoryList; store: SignupStore; now?: () => number },
): Promise<ReceiverResponse> {
  if (request.method !== 'POST') return { status: 405, body: { error: 'use POST' } };
  if (request.body.length > MAX_BODY_BYTES) return { status: 413, body: { error: 'too large' } };
  const key = header(request.headers, 'idempotency-key')?.trim();
  if (!key || key.length > 200) return { status: 400, body: { error: 'an Idempotency-Key header is required' } };
  let data: unknown;
  try {
    data = JSON.parse(request.body);
  } catch {
    return { status: 400, body: { error: 'the body is not JSON' } };
  }
  if (await options.store.has(key)) return { status: 200, body: { id: key, duplicate: true } };
  const trajectory = data && typeof data === 'object' ? (data as { trajectory?: unknown }).trajectory : undefined;
  const result = validateSubmission(await options.pack(), String(trajectory ?? ''), data, { now: options.now?.() });
  if (!result.ok) return { status: 422, body: { errors: result.errors } };
  // Checked again: two copies of one request may have arrived together.
  if (await options.store.has(key)) return { status: 200, body: { id: key, duplicate: true } };
  await options.store.add({ key, receivedAt: new Date(options.now?.() ?? Date.now()).toISOString(), submission: result.value });
  return { status: 201, body: { id: key } };
}

/** A store in memory (tests, demos). */
export function memoryStore(): SignupStore & { records: StoredSignup[] } {
  const records: StoredSignup[] = [];
  return {
    records,
    has: (key) => records.some((r) => r.key === key),
    add: (record) => void records.push(record),
  };
}
