/**
 * Fixed-window rate limits counted in the database, so every receiver behind
 * a load balancer shares them. Buckets are hashed: no address is stored.
 */
import { createHash } from 'node:crypto';
import type { Database, Queryable } from './db.js';

export interface Limit {
  max: number;
  windowSeconds: number;
}

/** 0 when allowed, else the seconds until the window ends (for Retry-After). */
export async function hit(db: Database, bucket: string, limit: Limit, now = Date.now()): Promise<number> {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  const name = createHash('sha256').update(bucket).digest('base64url');
  const count = (q: Queryable) =>
    q.query<{ hits: number }>(
      `INSERT INTO rate_counters (bucket, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_counters.hits + 1 RETURNING hits`,
      [name, start],
    );
  // A counter need not survive a crash: on PostgreSQL its commit does not wait for the disk
  // (PGlite runs one statement at a time, where an extra transaction only costs time).
  const [row] =
    db.kind === 'postgres'
      ? await db.transaction(async (tx) => {
          await tx.query('SET LOCAL synchronous_commit TO off');
          return count(tx);
        })
      : await count(db);
  return row.hits > limit.max ? Math.max(1, Math.ceil((start + windowMs - now) / 1000)) : 0;
}

/** Forgets windows that ended over a day ago. */
export async function purgeCounters(db: Database, now = Date.now()) {
  await db.query('DELETE FROM rate_counters WHERE window_start < $1', [now - 86_400_000]);
}
