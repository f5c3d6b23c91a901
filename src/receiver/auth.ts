/**
 * Coordinator sign-in: scrypt password hashes (node:crypto), sessions kept in
 * the database (so any receiver behind a load balancer knows them), a CSRF
 * token per session, and failed logins counted per account and per address in
 * the database, with a lock-out after repeated failures.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Database } from './db.js';
import type { Account } from './config.js';

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64), for the config file. */
export async function hashPassword(password: string, { N = 2 ** 15, r = 8, p = 1 } = {}): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${(await derive(password, salt, N, r, p)).toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, N, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(N), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Compared for accounts that do not exist, so a wrong name takes as long as a wrong password. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface LoginLimits {
  loginFailures: { max: number; lockSeconds: number };
}

export type LoginResult =
  | { ok: true; token: string; csrf: string; account: Account }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; retryAfter: number };

const SESSION_HOURS = 8;

export function auth(db: Database, accounts: readonly Account[], limits: LoginLimits, now = () => Date.now()) {
  async function lockedFor(subject: string): Promise<number> {
    const [row] = await db.query<{ locked_until: Date | string | null }>('SELECT locked_until FROM login_failures WHERE subject = $1', [subject]);
    const until = row?.locked_until ? new Date(row.locked_until).getTime() : 0;
    return until > now() ? Math.ceil((until - now()) / 1000) : 0;
  }

  async function fail(subject: string) {
    const { max, lockSeconds } = limits.loginFailures;
    const at = new Date(now());
    const windowStart = new Date(now() - lockSeconds * 1000);
    // Failures older than one lock period are forgotten; the count starts again.
    await db.query(
      `INSERT INTO login_failures (subject, failures, first_at) VALUES ($1, 1, $2)
       ON CONFLICT (subject) DO UPDATE SET
         failures = CASE WHEN login_failures.first_at < $3 THEN 1 ELSE login_failures.failures + 1 END,
         first_at = CASE WHEN login_failures.first_at < $3 THEN $2 ELSE login_failures.first_at END,
         locked_until = CASE WHEN login_failures.first_at >= $3 AND login_failures.failures + 1 >= $4 THEN $5 ELSE login_failures.locked_until END`,
      [subject, at.toISOString(), windowStart.toISOString(), max, new Date(now() + lockSeconds * 1000).toISOString()],
    );
    if (max <= 1) await db.query('UPDATE login_failures SET locked_until = $2 WHERE subject = $1', [subject, new Date(now() + lockSeconds * 1000).toISOString()]);
  }

  return {
    async login(name: string, password: string): Promise<LoginResult> {
      const subject = `account:${sha256(name.toLowerCase())}`;
      const locked = await lockedFor(subject);
      if (locked) return { ok: false, reason: 'locked', retryAfter: locked };
      const account = accounts.find((a) => a.name === name);
      const good = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
      if (!account || !good) {
        await fail(subject);
        const now = await lockedFor(subject);
        return now ? { ok: false, reason: 'locked', retryAfter: now } : { ok: false, reason: 'wrong' };
      }
      await db.query('DELETE FROM login_failures WHERE subject = $1', [subject]);
      const session = token();
      const csrf = token();
      await db.query('INSERT INTO inbox_sessions (token_hash, account, csrf, expires_at) VALUES ($1, $2, $3, $4)', [
        sha256(session), account.name, csrf, new Date(now() + SESSION_HOURS * 3_600_000).toISOString(),
      ]);
      return { ok: true, token: session, csrf, account };
    },
    /** The signed-in account and its CSRF token, for a session cookie's value. */
    async session(value: string | undefined): Promise<{ account: Account; csrf: string } | undefined> {
      if (!value) return undefined;
      const [row] = await db.query<{ account: string; csrf: string; expires_at: Date | string }>(
        'SELECT account, csrf, expires_at FROM inbox_sessions WHERE token_hash = $1',
        [sha256(value)],
      );
      if (!row || new Date(row.expires_at).getTime() <= now()) return undefined;
      const account = accounts.find((a) => a.name === row.account);
      return account && { account, csrf: row.csrf };
    },
    async logout(value: string | undefined) {
      if (value) await db.query('DELETE FROM inbox_sessions WHERE token_hash = $1', [sha256(value)]);
    },
    async purgeExpired() {
      await db.query('DELETE FROM inbox_sessions WHERE expires_at < $1', [new Date(now()).toISOString()]);
      await db.query('DELETE FROM login_failures WHERE first_at < $1 AND (locked_until IS NULL OR locked_until < $1)', [
        new Date(now() - limits.loginFailures.lockSeconds * 1000).toISOString(),
      ]);
    },
  };
}

export type Auth = ReturnType<typeof auth>;
