/**
 * Sign-ups in SQL: the contract's store (idempotent insert, atomic places)
 * and what the coordinator's inbox reads and changes. Every inbox query is
 * filtered by the coordinator's scope in SQL, so an id from another scope is
 * simply not found.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from './db.js';
import type { SignupReceipt, SignupRecord, SignupStore, StoredAnswer } from './contract.js';
import type { Submission } from '../widgets/signup/logic/validation.js';

export const STATUSES = ['new', 'contacted', 'waitlist', 'suspect', 'cancelled'] as const;
export type SignupStatus = (typeof STATUSES)[number];

/** What one coordinator may see: whole trajectories, or one municipality's part of one. */
export type Scope = readonly { trajectory: string; municipality?: string }[];

export interface InboxSignup {
  id: string;
  /** The Idempotency-Key: the reference the person's browser was given as receipt. */
  key: string;
  trajectory: string;
  municipality: string | null;
  session: string | null;
  status: SignupStatus;
  position: number | null;
  receivedAt: string;
  submission: Submission;
}

/** Places the content offers per session of a trajectory (capacity − taken); absent: no limit. */
export type PlacesOf = (trajectory: string, session: string) => Promise<number | undefined>;

type SignupRow = {
  id: string;
  idempotency_key: string;
  trajectory: string;
  municipality: string | null;
  session: string | null;
  status: SignupStatus;
  position: string | number | null;
  received_at: Date | string;
  submission: Submission;
};

const toSignup = (row: SignupRow): InboxSignup => ({
  id: row.id,
  key: row.idempotency_key,
  trajectory: row.trajectory,
  municipality: row.municipality,
  session: row.session,
  status: row.status,
  position: row.position === null ? null : Number(row.position),
  receivedAt: new Date(row.received_at).toISOString(),
  submission: typeof row.submission === 'string' ? JSON.parse(row.submission) : row.submission,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `(trajectory = $1 AND municipality = $2) OR trajectory = $3 …`, numbered from `from`. */
function scopeSql(scope: Scope, from: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const s of scope) {
    params.push(s.trajectory);
    if (s.municipality !== undefined) {
      params.push(s.municipality);
      parts.push(`(trajectory = $${from + params.length - 2} AND municipality = $${from + params.length - 1})`);
    } else parts.push(`trajectory = $${from + params.length - 1}`);
  }
  return { sql: parts.length ? `(${parts.join(' OR ')})` : 'false', params };
}

/** Locks the session's row, then counts places held and people waiting. */
async function lockSession(tx: Queryable, trajectory: string, session: string) {
  await tx.query('INSERT INTO session_locks (trajectory, session) VALUES ($1, $2) ON CONFLICT DO NOTHING', [trajectory, session]);
  await tx.query('SELECT 1 FROM session_locks WHERE trajectory = $1 AND session = $2 FOR UPDATE', [trajectory, session]);
  const [row] = await tx.query<{ placed: string | number; waiting: string | number }>(
    `SELECT count(*) FILTER (WHERE holds_place) AS placed, count(*) FILTER (WHERE status = 'waitlist') AS waiting
       FROM signups WHERE trajectory = $1 AND session = $2`,
    [trajectory, session],
  );
  return { placed: Number(row.placed), waiting: Number(row.waiting) };
}

export function sqlStore(db: Database) {
  const find = async (key: string, q: Queryable = db): Promise<StoredAnswer | undefined> => {
    const [row] = await q.query<{ fingerprint: string; receipt: SignupReceipt | string }>(
      'SELECT fingerprint, receipt FROM signups WHERE idempotency_key = $1',
      [key],
    );
    return row && { fingerprint: row.fingerprint, receipt: typeof row.receipt === 'string' ? JSON.parse(row.receipt) : row.receipt };
  };

  /** Where a sign-up goes now: a place, or the waiting list (with position), under the session's lock. */
  async function decide(tx: Queryable, trajectory: string, session: string | undefined, places: number | undefined) {
    if (!session || places === undefined) return { status: 'new' as const, holds: true };
    const { placed, waiting } = await lockSession(tx, trajectory, session);
    return placed < places ? { status: 'new' as const, holds: true } : { status: 'waitlist' as const, holds: false, position: waiting + 1 };
  }

  const store: SignupStore = {
    find: (key) => find(key),
    async insert(record: SignupRecord) {
      return db.transaction(async (tx) => {
        const s = record.submission;
        const place = record.suspect ? { status: 'suspect' as const, holds: false } : await decide(tx, s.trajectory, s.session, record.places);
        const receipt: SignupReceipt =
          place.status === 'suspect'
            ? { id: record.key, status: 'suspect' }
            : place.status === 'waitlist'
              ? { id: record.key, status: 'waitlist', position: (place as { position: number }).position }
              : { id: record.key, status: 'received' };
        const inserted = await tx.query(
          `INSERT INTO signups (id, idempotency_key, fingerprint, trajectory, municipality, session, status, holds_place,
                                submission, receipt, received_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
           ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
          [randomUUID(), record.key, record.fingerprint, s.trajectory, s.municipality ?? null, s.session ?? null, place.status, place.holds,
            JSON.stringify(s), JSON.stringify(receipt), record.receivedAt],
        );
        if (!inserted.length) {
          const earlier = await find(record.key, tx);
          if (!earlier) throw new Error('the key conflicted but no earlier sign-up was found');
          return { ...earlier, stored: false };
        }
        return { fingerprint: record.fingerprint, receipt, stored: true };
      });
    },
    async placed(trajectory) {
      const rows = await db.query<{ session: string; n: string | number }>(
        'SELECT session, count(*) AS n FROM signups WHERE trajectory = $1 AND holds_place AND session IS NOT NULL GROUP BY session',
        [trajectory],
      );
      return Object.fromEntries(rows.map((r) => [r.session, Number(r.n)]));
    },
  };

  const select = (scope: Scope, where: string, params: unknown[], tail = 'ORDER BY received_at DESC') => {
    const trajectories = [...new Set(scope.map((s) => s.trajectory))];
    const scoped = scopeSql(scope, params.length + 1);
    return db.query<SignupRow>(
      `SELECT * FROM (
         SELECT id, idempotency_key, trajectory, municipality, session, status, received_at, submission,
                CASE WHEN status = 'waitlist' THEN row_number() OVER (PARTITION BY trajectory, session, status ORDER BY seq) END AS position
           FROM signups WHERE trajectory = ANY($${params.length + scoped.params.length + 1})
       ) s WHERE ${scoped.sql} AND ${where} ${tail}`,
      [...params, ...scoped.params, trajectories],
    );
  };

  const inbox = {
    async list(scope: Scope, filter: { trajectory?: string; session?: string; status?: SignupStatus } = {}) {
      const conditions: string[] = ['true'];
      const params: unknown[] = [];
      for (const [column, value] of Object.entries(filter)) {
        if (value === undefined || value === '') continue;
        params.push(value);
        conditions.push(`${column === 'status' ? 'status' : column === 'session' ? 'session' : 'trajectory'} = $${params.length}`);
      }
      return (await select(scope, conditions.join(' AND '), params)).map(toSignup);
    },
    async get(scope: Scope, id: string) {
      if (!UUID.test(id)) return undefined;
      const [row] = await select(scope, 'id = $1', [id], '');
      return row && toSignup(row);
    },
    /** Changes one sign-up in scope; answers what it became, or why not. */
    async change(scope: Scope, id: string, action: 'contacted' | 'promote' | 'accept' | 'cancel', placesOf: PlacesOf) {
      const current = await inbox.get(scope, id);
      if (!current) return { ok: false as const, reason: 'not-found' as const };
      return db.transaction(async (tx) => {
        const [row] = await tx.query<{ status: SignupStatus }>('SELECT status FROM signups WHERE id = $1 FOR UPDATE', [id]);
        if (!row) return { ok: false as const, reason: 'not-found' as const };
        const set = (status: SignupStatus, holds: boolean) =>
          tx.query('UPDATE signups SET status = $2, holds_place = $3, updated_at = now() WHERE id = $1', [id, status, holds]);
        if (action === 'contacted') {
          if (row.status !== 'new') return { ok: false as const, reason: 'wrong-status' as const };
          await set('contacted', true);
          return { ok: true as const, status: 'contacted' as const };
        }
        if (action === 'cancel') {
          if (row.status === 'cancelled') return { ok: false as const, reason: 'wrong-status' as const };
          await set('cancelled', false);
          return { ok: true as const, status: 'cancelled' as const };
        }
        if ((action === 'promote' && row.status !== 'waitlist') || (action === 'accept' && row.status !== 'suspect')) {
          return { ok: false as const, reason: 'wrong-status' as const };
        }
        const places = current.session ? await placesOf(current.trajectory, current.session) : undefined;
        const place = await decide(tx, current.trajectory, current.session ?? undefined, places);
        if (action === 'promote' && place.status !== 'new') return { ok: false as const, reason: 'no-place' as const };
        await set(place.status, place.holds);
        return { ok: true as const, status: place.status };
      });
    },
    async erase(scope: Scope, id: string) {
      if (!(await inbox.get(scope, id))) return false;
      await db.query('DELETE FROM signups WHERE id = $1', [id]);
      return true;
    },
    /** Deletes sign-ups of `trajectory` received before `before`; answers how many. */
    async purge(trajectory: string | undefined, before: Date, except: readonly string[] = []) {
      const rows = trajectory
        ? await db.query('DELETE FROM signups WHERE trajectory = $1 AND received_at < $2 RETURNING 1', [trajectory, before.toISOString()])
        : await db.query('DELETE FROM signups WHERE NOT (trajectory = ANY($2)) AND received_at < $1 RETURNING 1', [before.toISOString(), except]);
      return rows.length;
    },
  };
  return { store, inbox };
}

export type SqlStore = ReturnType<typeof sqlStore>;
