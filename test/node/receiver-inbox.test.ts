// The coordinator's side, against every store: sign-in, lock-out, cookies,
// CSRF, scope (one coordinator never reaches another's sign-ups, also not by
// id), the actions, erasure, CSV export with formula injection defused, and
// the retention purge.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORES, startReceiver, post, evening, key, login, PASSWORD, type TestReceiver } from './receiver/setup.js';
import { csvCell } from '../../src/receiver/csv.js';

const back = (municipality: string, name = 'Kim') => ({ trajectory: 'back', municipality, answers: { name } });

type Signed = { cookie: string; csrf: string };
const api = (r: TestReceiver, who: Signed, method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string> = {}) =>
  r.app.inject({ method, url: `/inbox/api${url}`, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...headers } });

test('CSV cells that a spreadsheet would run as a formula are written as text', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil.example","click")'), `"'=HYPERLINK(""http://evil.example"",""click"")"`);
  for (const start of ['+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1+1`).startsWith(`"'${start}`) || csvCell(`${start}1+1`).startsWith(`'${start}`));
  assert.equal(csvCell('Anna, Skövde'), '"Anna, Skövde"');
  assert.equal(csvCell('plain'), 'plain');
});

for (const kind of STORES) {
  describe(`inbox (${kind.name})`, () => {
    let r: TestReceiver;
    let clock = Date.now();
    let skovde: Signed;
    let lidkoping: Signed;
    let eveningUser: Signed;
    before(async () => {
      r = await startReceiver(kind, { trajectories: { back: { retentionDays: 30 } }, rateLimits: { loginFailures: { max: 3, lockSeconds: 600 } } }, { now: () => clock });
      skovde = await login(r, 'skovde');
      lidkoping = await login(r, 'lidkoping');
      eveningUser = await login(r, 'evening');
    });
    after(() => r.stop());

    test('the session cookie is HttpOnly, Secure and SameSite=Strict', async () => {
      const { response } = await login(r, 'skovde');
      assert.equal(response.statusCode, 200);
      const cookie = String(response.headers['set-cookie']);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /Secure/);
      assert.match(cookie, /SameSite=Strict/);
    });

    test('without a session the API answers 401', async () => {
      assert.equal((await r.app.inject({ url: '/inbox/api/signups' })).statusCode, 401);
      assert.equal((await api(r, { cookie: 'ontrack_inbox=forged', csrf: 'x' }, 'GET', '/signups')).statusCode, 401);
    });

    test('a coordinator sees only their own municipality, and no id of another reaches anything', async () => {
      await post(r, back('skovde', 'Skövde person'));
      await post(r, back('lidkoping', 'Lidköping person'));
      const mine = (await api(r, skovde, 'GET', '/signups')).json().signups;
      assert.deepEqual(mine.map((s: { submission: { answers: { name: string } } }) => s.submission.answers.name), ['Skövde person']);
      const theirs = (await api(r, lidkoping, 'GET', '/signups')).json().signups;
      assert.equal(theirs.length, 1);
      const otherId = theirs[0].id;
      assert.equal((await api(r, skovde, 'GET', `/signups/${otherId}`)).statusCode, 404);
      assert.equal((await api(r, skovde, 'POST', `/signups/${otherId}/contacted`)).statusCode, 404);
      assert.equal((await api(r, skovde, 'POST', `/signups/${otherId}/cancel`)).statusCode, 404);
      assert.equal((await api(r, skovde, 'DELETE', `/signups/${otherId}`)).statusCode, 404);
      // Guessed ids: random UUIDs and garbage find nothing either.
      for (const guess of ['00000000-0000-0000-0000-000000000001', "1' OR '1'='1", '../signups']) {
        assert.equal((await api(r, skovde, 'GET', `/signups/${encodeURIComponent(guess)}`)).statusCode, 404);
      }
      // The evening coordinator's export of the other trajectory: nothing.
      assert.equal((await api(r, eveningUser, 'GET', '/export.csv?trajectory=back')).statusCode, 404);
      const csv = (await api(r, skovde, 'GET', '/export.csv?trajectory=back')).body;
      assert.match(csv, /Skövde person/);
      assert.doesNotMatch(csv, /Lidköping person/);
      assert.equal((await api(r, lidkoping, 'GET', `/signups/${otherId}`)).statusCode, 200);
    });

    test('every state-changing request needs the CSRF token, from our own origin', async () => {
      await post(r, back('skovde', 'CSRF person'));
      const [one] = (await api(r, skovde, 'GET', '/signups')).json().signups;
      const url = `/inbox/api/signups/${one.id}/contacted`;
      const without = await r.app.inject({ method: 'POST', url, headers: { cookie: skovde.cookie } });
      assert.deepEqual([without.statusCode, without.json()], [403, { error: 'csrf' }]);
      const wrong = await r.app.inject({ method: 'POST', url, headers: { cookie: skovde.cookie, 'x-csrf-token': lidkoping.csrf } });
      assert.equal(wrong.statusCode, 403);
      const crossSite = await r.app.inject({ method: 'POST', url, headers: { cookie: skovde.cookie, 'x-csrf-token': skovde.csrf, origin: 'https://evil.example' } });
      assert.equal(crossSite.statusCode, 403);
      const erase = await r.app.inject({ method: 'DELETE', url: `/inbox/api/signups/${one.id}`, headers: { cookie: skovde.cookie } });
      assert.equal(erase.statusCode, 403);
      const loginFromElsewhere = await r.app.inject({ method: 'POST', url: '/inbox/api/login', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, payload: JSON.stringify({ name: 'skovde', password: PASSWORD }) });
      assert.equal(loginFromElsewhere.statusCode, 403);
      const ok = await api(r, skovde, 'POST', `/signups/${one.id}/contacted`);
      assert.deepEqual([ok.statusCode, ok.json().status], [200, 'contacted']);
    });

    test('after 3 wrong passwords the account is locked, even for the right one, with Retry-After', async () => {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await login(r, 'lidkoping', 'wrong password')).response.statusCode);
      assert.deepEqual(codes, [401, 401, 429]);
      const right = await login(r, 'lidkoping');
      assert.equal(right.response.statusCode, 429);
      assert.ok(Number(right.response.headers['retry-after']) > 500);
      // Another account is not locked by it.
      assert.equal((await login(r, 'skovde')).response.statusCode, 200);
      clock += 601_000;
      assert.equal((await login(r, 'lidkoping')).response.statusCode, 200);
    });

    test('contacted, cancel frees a place, the first on the waiting list moves in; no place, no move', async () => {
      // session "small": 3 places.
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const k = key();
        await post(r, evening('small', { name: `P${i}` }), {}, k);
        ids.push(k);
      }
      const list = (await api(r, eveningUser, 'GET', '/signups?trajectory=evening&session=small')).json().signups as { id: string; key: string; status: string; position: number | null }[];
      const byKey = (k: string) => list.find((s) => s.key === k)!;
      assert.deepEqual(ids.map((k) => byKey(k).status), ['new', 'new', 'new', 'waitlist', 'waitlist']);
      assert.deepEqual(ids.slice(3).map((k) => byKey(k).position), [1, 2]);
      const waiting = byKey(ids[3]).id;
      assert.deepEqual((await api(r, eveningUser, 'POST', `/signups/${waiting}/promote`)).json(), { error: 'no-place' });
      assert.equal((await api(r, eveningUser, 'POST', `/signups/${byKey(ids[0]).id}/contacted`)).json().status, 'contacted');
      assert.equal((await api(r, eveningUser, 'POST', `/signups/${byKey(ids[1]).id}/cancel`)).json().status, 'cancelled');
      const moved = await api(r, eveningUser, 'POST', `/signups/${waiting}/promote`);
      assert.deepEqual([moved.statusCode, moved.json().status], [200, 'new']);
      const filtered = (await api(r, eveningUser, 'GET', '/signups?trajectory=evening&session=small&status=waitlist')).json().signups;
      assert.deepEqual(filtered.map((s: { key: string; position: number }) => [s.key, s.position]), [[ids[4], 1]]);
      const availability = await r.app.inject({ url: '/api/signups/availability?trajectory=evening' });
      assert.equal(availability.json().sessions[0].placesLeft, 0);
    });

    test('a suspect sign-up is accepted into a place after review', async () => {
      const k = key();
      await post(r, { ...evening('big'), suspect: true }, {}, k);
      const held = (await api(r, eveningUser, 'GET', '/signups?status=suspect')).json().signups.find((s: { key: string }) => s.key === k);
      assert.equal(held.status, 'suspect');
      assert.equal((await api(r, eveningUser, 'POST', `/signups/${held.id}/accept`)).json().status, 'new');
    });

    test("erasing one person's data removes it for good", async () => {
      const k = key();
      await post(r, back('skovde', 'Erase me'), {}, k);
      const one = (await api(r, skovde, 'GET', '/signups')).json().signups.find((s: { key: string }) => s.key === k);
      assert.deepEqual((await api(r, skovde, 'DELETE', `/signups/${one.id}`)).json(), { erased: true });
      assert.equal((await api(r, skovde, 'GET', `/signups/${one.id}`)).statusCode, 404);
      assert.equal((await r.db.query('SELECT 1 FROM signups WHERE idempotency_key = $1', [k])).length, 0);
    });

    test('the CSV export defuses formulas in answers', async () => {
      await post(r, evening('big', { name: '=HYPERLINK("http://evil.example","x")', note: '@SUM(1+1)' }));
      const response = await api(r, eveningUser, 'GET', '/export.csv?trajectory=evening');
      assert.match(String(response.headers['content-type']), /^text\/csv/);
      assert.match(response.body, /"'=HYPERLINK\(""http:\/\/evil.example"",""x""\)"/);
      assert.match(response.body, /'@SUM\(1\+1\)/);
      assert.doesNotMatch(response.body, /,=HYPERLINK|,@SUM/);
    });

    test('the retention purge deletes only sign-ups past their trajectory’s days, and says how many', async () => {
      const lines: string[] = [];
      const counted = await startReceiver(kind, { trajectories: { back: { retentionDays: 30 } }, retentionDays: 365 }, { now: () => clock, log: { info: (m) => lines.push(m), warn() {}, error() {} } });
      try {
        await post(counted, back('skovde', 'Old person'));
        await post(counted, evening('big', { name: 'Old evening' }));
        clock += 31 * 86_400_000;
        await post(counted, back('skovde', 'New person'));
        assert.equal(await counted.purge(), 1);
        const names = (await counted.db.query<{ name: string }>("SELECT submission->'answers'->>'name' AS name FROM signups ORDER BY seq")).map((x) => x.name);
        assert.deepEqual(names, ['Old evening', 'New person']);
        // A year on, the evening's 365 days are over too.
        clock += 335 * 86_400_000;
        assert.equal(await counted.purge(), 2);
        const purgeLines = lines.filter((l) => l.startsWith('retention'));
        assert.deepEqual(purgeLines, ['retention: 1 sign-up(s) past their retention deleted', 'retention: 2 sign-up(s) past their retention deleted']);
        assert.ok(lines.every((l) => !/person|evening|@/i.test(l)), 'no personal data in the log');
      } finally {
        await counted.stop();
      }
    });
  });
}
