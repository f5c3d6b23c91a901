// Receiver benchmark (run by scripts/bench.mjs through tsx): for each store
// (PGlite in a temporary folder; PostgreSQL when DATABASE_URL is set), 50
// concurrent clients send 2,000 sign-ups over real HTTP to one session of
// 1,000 places, one in ten sent twice (a retry). Prints throughput and p95,
// and checks that none was lost, none duplicated, none over capacity.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { parseConfig } from '../../src/receiver/config.js';
import { createReceiver } from '../../src/receiver/app.js';
import { openDatabase } from '../../src/receiver/db.js';
import { silentLog } from '../../src/receiver/log.js';

const CLIENTS = 50;
const SIGNUPS = 2000;
const PLACES = 1000;

const pack = {
  version: 1,
  publisher: { name: { en: 'Bench city' } },
  defaultLanguage: 'en',
  trajectories: [
    {
      id: 'bench',
      title: { en: 'Bench evening' },
      summary: { en: 'Benchmark.' },
      audience: ['parent'],
      fields: [
        { name: 'name', type: 'text', label: { en: 'Name' }, required: true },
        { name: 'email', type: 'email', label: { en: 'E-mail' }, required: true },
      ],
      sessions: [{ id: 'one', start: '2099-01-01T19:00:00Z', place: { en: 'Hall' }, capacity: PLACES }],
      privacy: { en: 'Kept a year.' },
      next: { en: 'We write to you.' },
      receiver: { type: 'https', url: 'https://bench.example/api/signups' },
    },
  ],
};

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

async function run(store: 'pglite' | 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'ontrack-bench-'));
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const content = join(dir, 'content.json');
  writeFileSync(content, JSON.stringify(pack));
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  const config = parseConfig({
    content,
    database: store === 'pglite' ? join(dir, 'db') : saved,
    ...(store === 'postgres' ? { databaseSchema: schema } : {}),
    listen: { port: 0 },
    rateLimits: { perIp: { max: 1_000_000, windowSeconds: 60 }, perTrajectory: { max: 1_000_000, windowSeconds: 60 } },
  });
  const receiver = await createReceiver(config, { log: silentLog, inboxDir: false });
  if (saved !== undefined) process.env.DATABASE_URL = saved;
  const address = await receiver.app.listen({ host: '127.0.0.1', port: 0 });
  const keys = Array.from({ length: SIGNUPS }, () => randomUUID());
  const times: number[] = [];
  const receipts = new Map<string, { status: string }>();
  let failures = 0;
  let next = 0;
  const send = async (key: string, i: number) => {
    const started = performance.now();
    const response = await fetch(`${address}/api/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ trajectory: 'bench', session: 'one', answers: { name: `Person ${i}`, email: `p${i}@example.org` } }),
    });
    const body = (await response.json()) as { id: string; status: string };
    times.push(performance.now() - started);
    if (response.status === 201 && body.id === key) receipts.set(key, body);
    else if (response.status !== 409) failures++;
  };
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < SIGNUPS) {
        const i = next++;
        await send(keys[i], i);
        if (i % 10 === 0) await send(keys[i], i); // a retry of the same sign-up
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const rows = await receiver.db.query<{ n: number; keys: number; placed: number }>(
    'SELECT count(*)::int AS n, count(DISTINCT idempotency_key)::int AS keys, count(*) FILTER (WHERE holds_place)::int AS placed FROM signups',
  );
  const stored = new Set((await receiver.db.query<{ k: string }>('SELECT idempotency_key AS k FROM signups')).map((r) => r.k));
  const lost = [...receipts.keys()].filter((k) => !stored.has(k)).length + (SIGNUPS - receipts.size);
  const duplicated = rows[0].n - rows[0].keys;
  const over = Math.max(0, rows[0].placed - PLACES);
  await receiver.close();
  if (store === 'postgres') {
    const db = await openDatabase(saved!);
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`bench: receiver-signups-per-s-${store} ${(SIGNUPS / seconds).toFixed(2)} /s`);
  console.log(`bench: receiver-p95-${store} ${p95(times).toFixed(2)} ms`);
  console.log(`bench: receiver-lost-${store} ${lost} count`);
  console.log(`bench: receiver-duplicated-${store} ${duplicated} count`);
  console.log(`bench: receiver-over-capacity-${store} ${over} count`);
  return lost + duplicated + over + failures;
}

let bad = await run('pglite');
if (process.env.DATABASE_URL) bad += await run('postgres');
process.exit(bad ? 1 : 0);
