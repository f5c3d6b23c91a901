/**
 * Shared set-up of the receiver's Node tests: a config for the test pack, the
 * two stores to run every suite against (PGlite always; PostgreSQL when
 * DATABASE_URL is set, each suite in a schema of its own), and small helpers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { parseConfig, type ReceiverConfig } from '../../../src/receiver/config.js';
import { createReceiver, type ReceiverOptions } from '../../../src/receiver/app.js';
import { openDatabase } from '../../../src/receiver/db.js';
import { silentLog } from '../../../src/receiver/log.js';

export const PACK = new URL('./pack.json', import.meta.url).pathname;

// Cheap scrypt parameters (N = 1024) keep the suite quick; the real default is N = 2^15.
export const PASSWORD = 'correct horse battery staple';


export interface StoreKind {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database location for one suite. */
  fresh(): { database: string; databaseSchema?: string; cleanup(): Promise<void> };
}

const pglite: StoreKind = {
  name: 'pglite',
  fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'ontrack-receiver-'));
    return { database: join(dir, 'db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgres: StoreKind = {
  name: 'postgres',
  fresh() {
    const url = process.env.DATABASE_URL!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    return {
      database: url,
      databaseSchema: schema,
      async cleanup() {
        const db = await openDatabase(url);
        await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await db.close();
      },
    };
  },
};

/** PGlite always; PostgreSQL when DATABASE_URL names one (CI always does). */
export const STORES: StoreKind[] = process.env.DATABASE_URL ? [pglite, postgres] : [pglite];

export async function testConfig(extra: Record<string, unknown> = {}, where?: { database: string; databaseSchema?: string }): Promise<ReceiverConfig> {
  const { hashPassword } = await import('../../../src/receiver/auth.js');
  const hash = await hashPassword(PASSWORD, { N: 1024 });
  return parseConfig({
    content: PACK,
    database: where?.database ?? 'memory://',
    ...(where?.databaseSchema ? { databaseSchema: where.databaseSchema } : {}),
    allowedOrigins: ['https://www.city.example'],
    accounts: [
      { name: 'evening', passwordHash: hash, email: 'evening@city.example', scope: [{ trajectory: 'evening' }] },
      { name: 'skovde', passwordHash: hash, email: 'skovde@city.example', scope: [{ trajectory: 'back', municipality: 'skovde' }] },
      { name: 'lidkoping', passwordHash: hash, scope: [{ trajectory: 'back', municipality: 'lidkoping' }] },
    ],
    ...extra,
  });
}

/** A receiver on a fresh database of the given kind; `DATABASE_URL` is not consulted. */
export async function startReceiver(kind: StoreKind, extra: Record<string, unknown> = {}, options: ReceiverOptions = {}) {
  const where = kind.fresh();
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  try {
    const config = await testConfig(extra, where);
    const receiver = await createReceiver(config, { log: silentLog, inboxDir: false, ...options });
    return {
      ...receiver,
      config,
      async stop() {
        await receiver.close();
        await where.cleanup();
      },
    };
  } finally {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
  }
}

export type TestReceiver = Awaited<ReturnType<typeof startReceiver>>;

export const evening = (session = 'small', answers: Record<string, unknown> = {}) => ({
  trajectory: 'evening',
  session,
  answers: { name: 'Alex Test', email: 'alex@example.org', consent: true, ...answers },
  language: 'en',
});

export const key = () => randomUUID();

/** POSTs one sign-up through Fastify's inject (no socket). */
export function post(r: TestReceiver, body: unknown, headers: Record<string, string> = {}, k: string | null = key()) {
  return r.app.inject({
    method: 'POST',
    url: '/api/signups',
    headers: { 'content-type': 'application/json', ...(k ? { 'idempotency-key': k } : {}), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Signs in through the API; answers the cookie header and the CSRF token. */
export async function login(r: TestReceiver, name: string, password = PASSWORD) {
  const response = await r.app.inject({
    method: 'POST',
    url: '/inbox/api/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ name, password }),
  });
  const set = response.headers['set-cookie'];
  const cookie = (Array.isArray(set) ? set[0] : set)?.split(';')[0] ?? '';
  return { response, cookie, csrf: response.statusCode === 200 ? (response.json() as { csrf: string }).csrf : '' };
}

export const silent = silentLog;
