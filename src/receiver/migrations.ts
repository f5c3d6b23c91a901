/**
 * Versioned migrations: each runs once, in order, in its own transaction, and
 * is recorded in `ontrack_migrations`. Never edit a released one; add the next.
 * The same SQL runs on PGlite and on PostgreSQL 15+.
 */
import type { Database } from './db.js';

export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'sign-ups, places, sessions, limits',
    sql: `
      CREATE TABLE signups (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        fingerprint text NOT NULL,
        trajectory text NOT NULL,
        municipality text,
        session text,
        status text NOT NULL CHECK (status IN ('new', 'contacted', 'waitlist', 'suspect', 'cancelled')),
        holds_place boolean NOT NULL DEFAULT false,
        submission jsonb NOT NULL,
        receipt jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX signups_by_trajectory ON signups (trajectory, session, status);
      CREATE INDEX signups_by_age ON signups (received_at);
      -- One row per session: locked while a place is decided, so two sign-ups never take the last place twice.
      CREATE TABLE session_locks (
        trajectory text NOT NULL,
        session text NOT NULL,
        PRIMARY KEY (trajectory, session)
      );
      CREATE TABLE rate_counters (
        bucket text NOT NULL,
        window_start bigint NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      );
      CREATE TABLE login_failures (
        subject text PRIMARY KEY,
        failures integer NOT NULL,
        first_at timestamptz NOT NULL,
        locked_until timestamptz
      );
      CREATE TABLE inbox_sessions (
        token_hash text PRIMARY KEY,
        account text NOT NULL,
        csrf text NOT NULL,
        expires_at timestamptz NOT NULL
      );
    `,
  },
];

/** Brings the database up to the newest version; safe to run from several receivers at once. */
export async function migrate(db: Database): Promise<number> {
  await db.query(`CREATE TABLE IF NOT EXISTS ontrack_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  let applied = 0;
  for (const migration of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      // One receiver migrates at a time; the others wait here, then find the version recorded.
      await tx.query('SELECT pg_advisory_xact_lock(8202611)');
      const rows = await tx.query('SELECT 1 FROM ontrack_migrations WHERE version = $1', [migration.version]);
      if (rows.length) return false;
      await runStatements(tx, migration.sql);
      await tx.query('INSERT INTO ontrack_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied++;
  }
  return applied;
}

async function runStatements(tx: { query(sql: string): Promise<unknown> }, sql: string) {
  const statements = sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
  for (const statement of statements) await tx.query(statement);
}
