// The receiver contract over HTTP (Fastify inject), against every store:
// receipts, idempotency (replay, key reused, in progress), every refusal
// status, places and the waiting list under a race, availability, CORS,
// rate limits and a failed write.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORES, startReceiver, post, evening, key, type TestReceiver } from './receiver/setup.js';
import { handleSignup, memoryStore } from '../../src/receiver/contract.js';
import type { Database } from '../../src/receiver/db.js';

const pack = async () => (await import('../../src/content/schema.js')).contentPack.parse(
  JSON.parse(await (await import('node:fs/promises')).readFile(new URL('./receiver/pack.json', import.meta.url), 'utf8')),
);

describe('the contract handler alone', () => {
  test('a second request with a key still being processed gets 409 with Retry-After: 1', async () => {
    const store = memoryStore();
    let release!: () => void;
    const slow = { ...store, insert: async (r: Parameters<typeof store.insert>[0]) => { await new Promise<void>((resolve) => (release = resolve)); return store.insert(r); } };
    const request = { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'k1' }, body: JSON.stringify(evening()) };
    const first = handleSignup(request, { pack, store: slow });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await handleSignup(request, { pack, store: slow });
    assert.equal(second.status, 409);
    assert.deepEqual(second.body, { error: 'in-progress' });
    assert.equal(second.headers?.['retry-after'], '1');
    release();
    assert.equal((await first).status, 201);
    const third = await handleSignup(request, { pack, store: slow });
    assert.deepEqual([third.status, third.body], [201, (await first).body]);
  });
});

for (const kind of STORES) {
  describe(`receiver contract (${kind.name})`, () => {
    let r: TestReceiver;
    before(async () => {
      r = await startReceiver(kind);
    });
    after(() => r.stop());

    test('a valid sign-up answers 201 with a receipt whose id is the key', async () => {
      const k = key();
      const response = await post(r, evening('open'), {}, k);
      assert.equal(response.statusCode, 201);
      assert.deepEqual(response.json(), { id: k, status: 'received' });
    });

    test('the same key and body again replays the first answer; nothing is stored twice', async () => {
      const k = key();
      const first = await post(r, evening('open'), {}, k);
      // The same data with its keys in another order is the same body.
      const { answers, ...rest } = evening('open');
      const again = await post(r, { answers, ...rest }, {}, k);
      assert.equal(again.statusCode, first.statusCode);
      assert.equal(again.body, first.body);
      const rows = await r.db.query('SELECT count(*)::int AS n FROM signups WHERE idempotency_key = $1', [k]);
      assert.equal(rows[0].n, 1);
    });

    test('the same key with another body answers 422 key-reused and changes nothing', async () => {
      const k = key();
      await post(r, evening('open'), {}, k);
      const other = await post(r, evening('open', { name: 'Someone Else' }), {}, k);
      assert.equal(other.statusCode, 422);
      assert.deepEqual(other.json(), { error: 'key-reused' });
      const [row] = await r.db.query<{ submission: { answers: { name: string } } }>('SELECT submission FROM signups WHERE idempotency_key = $1', [k]);
      assert.equal(row.submission.answers.name, 'Alex Test');
    });

    test('ten copies of one request at once store one sign-up; each answer is the receipt or 409', async () => {
      const k = key();
      const answers = await Promise.all(Array.from({ length: 10 }, () => post(r, evening('open'), {}, k)));
      for (const a of answers) {
        if (a.statusCode === 409) assert.equal(a.headers['retry-after'], '1');
        else assert.deepEqual([a.statusCode, a.json()], [201, { id: k, status: 'received' }]);
      }
      const rows = await r.db.query('SELECT count(*)::int AS n FROM signups WHERE idempotency_key = $1', [k]);
      assert.equal(rows[0].n, 1);
    });

    test('field errors answer 422 with codes by path, and a refused key can be sent again fixed', async () => {
      const k = key();
      const bad = await post(r, evening('open', { email: 'not-an-address', consent: false }), {}, k);
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json(), { errors: { 'answers.email': 'email', 'answers.consent': 'consent' } });
      const fixed = await post(r, evening('open'), {}, k);
      assert.equal(fixed.statusCode, 201);
    });

    test('refusals: no key 400, not JSON 400, not JSON type 415, over the byte limit 413', async () => {
      assert.equal((await post(r, evening(), {}, null)).statusCode, 400);
      const broken = await post(r, '{"trajectory":', {});
      assert.deepEqual([broken.statusCode, broken.json()], [400, { error: 'not-json' }]);
      const form = await r.app.inject({ method: 'POST', url: '/api/signups', headers: { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': key() }, payload: 'a=1' });
      assert.equal(form.statusCode, 415);
      const none = await r.app.inject({ method: 'POST', url: '/api/signups', headers: { 'idempotency-key': key() }, payload: JSON.stringify(evening()) });
      assert.equal(none.statusCode, 415);
      // 40,000 characters but 80,000 bytes: over the 64 KiB limit only when counted in bytes.
      const big = await post(r, evening('open', { note: 'é'.repeat(40_000) }));
      assert.deepEqual([big.statusCode, big.json()], [413, { error: 'too-large' }]);
      const fits = await post(r, evening('open', { note: 'e'.repeat(40_000) }));
      assert.equal(fits.statusCode, 201);
    });

    test('a suspect sign-up is stored, held for review and takes no place', async () => {
      const k = key();
      const response = await post(r, { ...evening('big'), suspect: true }, {}, k);
      assert.deepEqual([response.statusCode, response.json()], [201, { id: k, status: 'suspect' }]);
      const [row] = await r.db.query<{ status: string; holds_place: boolean }>('SELECT status, holds_place FROM signups WHERE idempotency_key = $1', [k]);
      assert.deepEqual(row, { status: 'suspect', holds_place: false });
    });

    test('100 sign-ups at once for the last 3 places: exactly 3 places and 97 on the waiting list, positions 1–97', async () => {
      const before = await r.app.inject({ url: '/api/signups/availability?trajectory=evening' });
      assert.deepEqual(before.json().sessions.find((s: { id: string }) => s.id === 'small'), { id: 'small', placesLeft: 3 });
      const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => post(r, evening('small', { name: `Person ${i}` }))));
      assert.deepEqual([...new Set(answers.map((a) => a.statusCode))], [201]);
      const receipts = answers.map((a) => a.json() as { status: string; position?: number });
      assert.equal(receipts.filter((x) => x.status === 'received').length, 3);
      const positions = receipts.filter((x) => x.status === 'waitlist').map((x) => x.position!).sort((a, b) => a - b);
      assert.deepEqual(positions, Array.from({ length: 97 }, (_, i) => i + 1));
      const after = await r.app.inject({ url: '/api/signups/availability?trajectory=evening' });
      assert.equal(after.headers['cache-control'], 'public, max-age=5');
      assert.deepEqual(after.json().sessions.find((s: { id: string }) => s.id === 'small'), { id: 'small', placesLeft: 0 });
    });

    test('availability lists sessions with a capacity; an unknown trajectory is 404', async () => {
      const response = await r.app.inject({ url: '/api/signups/availability?trajectory=evening' });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json().sessions.map((s: { id: string }) => s.id), ['small', 'big']);
      assert.equal((await r.app.inject({ url: '/api/signups/availability?trajectory=nope' })).statusCode, 404);
    });

    test('CORS: the allowed origin gets its header on POST, availability and preflight; another origin none', async () => {
      const allowed = await post(r, evening('open'), { origin: 'https://www.city.example' });
      assert.equal(allowed.headers['access-control-allow-origin'], 'https://www.city.example');
      const other = await post(r, evening('open'), { origin: 'https://evil.example' });
      assert.equal(other.headers['access-control-allow-origin'], undefined);
      const preflight = await r.app.inject({
        method: 'OPTIONS',
        url: '/api/signups',
        headers: { origin: 'https://www.city.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
      });
      assert.equal(preflight.statusCode, 204);
      assert.match(String(preflight.headers['access-control-allow-headers']), /idempotency-key/);
      const availability = await r.app.inject({ url: '/api/signups/availability?trajectory=evening', headers: { origin: 'https://www.city.example' } });
      assert.equal(availability.headers['access-control-allow-origin'], 'https://www.city.example');
    });

    test('/healthz answers 200 while the database answers', async () => {
      const response = await r.app.inject({ url: '/healthz' });
      assert.deepEqual([response.statusCode, response.json()], [200, { ok: true }]);
    });

    test('a failed write answers 5xx, records nothing, and the next request with that key is stored', async () => {
      let failNext = false;
      const failing: Database = {
        ...r.db,
        query: (sql, params) => r.db.query(sql, params),
        transaction: (fn) => {
          if (failNext) {
            failNext = false;
            return r.db.transaction(async (tx) => {
              await fn(tx);
              throw new Error('disk full');
            });
          }
          return r.db.transaction(fn);
        },
        close: async () => undefined,
      };
      const broken = await startReceiver(kind, {}, { db: failing });
      failNext = true;
      try {
        const k = key();
        const first = await post(broken, evening('open'), {}, k);
        assert.equal(first.statusCode, 500);
        assert.equal((await r.db.query('SELECT 1 FROM signups WHERE idempotency_key = $1', [k])).length, 0);
        const retry = await post(broken, evening('open'), {}, k);
        assert.deepEqual([retry.statusCode, retry.json()], [201, { id: k, status: 'received' }]);
      } finally {
        await broken.close();
      }
    });
  });
}

for (const kind of STORES) {
  describe(`rate limits (${kind.name})`, () => {
    let r: TestReceiver;
    before(async () => {
      r = await startReceiver(kind, { rateLimits: { perIp: { max: 3, windowSeconds: 60 }, perTrajectory: { max: 1000, windowSeconds: 60 } } });
    });
    after(() => r.stop());

    test('over the per-address limit: 429 with Retry-After in seconds', async () => {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await post(r, evening('open')));
      assert.deepEqual(answers.map((a) => a.statusCode), [201, 201, 201, 429]);
      const wait = Number(answers[3].headers['retry-after']);
      assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
    });

    test('the defaults let a class of 30 sign up at once from one school address', async () => {
      const school = await startReceiver(kind);
      try {
        const answers = await Promise.all(Array.from({ length: 30 }, () => post(school, evening('big'), { 'x-forwarded-for': '203.0.113.9' })));
        assert.deepEqual([...new Set(answers.map((a) => a.statusCode))], [201]);
      } finally {
        await school.stop();
      }
    });

    test('over the per-trajectory limit: 429, whatever the address', async () => {
      const busy = await startReceiver(kind, { trustProxy: true, rateLimits: { perIp: { max: 100, windowSeconds: 60 }, perTrajectory: { max: 2, windowSeconds: 60 } } });
      try {
        const codes = [];
        for (let i = 0; i < 3; i++) codes.push((await post(busy, evening('open'), { 'x-forwarded-for': `198.51.100.${i}` })).statusCode);
        assert.deepEqual(codes, [201, 201, 429]);
      } finally {
        await busy.stop();
      }
    });
  });
}
