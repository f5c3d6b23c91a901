// The sign-up's DOM-free logic, in plain Node: receipts and status classes, waits, ages, mailto links, receiver addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aged, classify, isExpired, keptUntil, nextDelay, retryAfterMs, type OutboxEntry } from '../../src/widgets/signup/logic/delivery.js';
import { mailtoLink, receiverUrlProblem } from '../../src/widgets/signup/logic/mailto.js';
import { createClock } from '../../src/widgets/signup/logic/clock.js';
import { escapeText } from '../../src/widgets/signup/logic/ics.js';
import { validateSubmission } from '../../src/widgets/signup/logic/validation.js';

const KEY = 'k-1';

test('only a JSON receipt naming the key is delivered', () => {
  assert.deepEqual(classify({ status: 201, json: { id: KEY, status: 'waitlist', position: 3 } }, KEY, 0), { kind: 'delivered', receipt: { status: 'waitlist', position: 3 } });
  assert.equal(classify({ status: 200, json: { id: KEY } }, KEY, 0).kind, 'delivered');
  assert.deepEqual(classify({ status: 200, json: undefined }, KEY, 0), { kind: 'permanent', reason: 'no-receipt', status: 200 });
  assert.equal(classify({ status: 201, json: { id: 'other' } }, KEY, 0).kind, 'permanent');
  assert.equal(classify({ status: 204 }, KEY, 0).kind, 'permanent');
  assert.deepEqual(classify({ status: 0, type: 'opaqueredirect' }, KEY, 0), { kind: 'permanent', reason: 'redirect', status: 0 });
});

test('status classes: retry, fields, permanent', () => {
  for (const status of [408, 409, 425, 429, 500, 502, 503, 504]) assert.equal(classify({ status }, KEY, 0).kind, 'retry', String(status));
  for (const status of [400, 401, 403, 404, 405, 413, 415, 422, 501]) assert.equal(classify({ status }, KEY, 0).kind, 'permanent', String(status));
  assert.deepEqual(classify({ status: 422, json: { errors: { 'answers.email': 'email' } } }, KEY, 0), { kind: 'fields', errors: { 'answers.email': 'email' } });
  assert.deepEqual(classify({ status: 429, retryAfter: '7' }, KEY, 0), { kind: 'retry', status: 429, afterMs: 7000 });
});

test('Retry-After in seconds or as a date; the wait never shorter', () => {
  assert.equal(retryAfterMs('3', 0), 3000);
  assert.equal(retryAfterMs(new Date(10_000).toUTCString(), 4000), 6000);
  assert.equal(retryAfterMs('soon', 0), undefined);
  assert.equal(nextDelay(100, 1, 5000, () => 1), 5000);
});

const entry = (over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  v: 1, key: KEY, form: 'f', url: 'https://x.example/s', state: 'pending', attempts: 0, nextAttemptAt: 0, baseDelay: 100,
  keepMs: 10 * 3_600_000, ageMs: 0, seenAt: 1_000_000_000, body: { trajectory: 'f', answers: {} }, ...over,
});

test('a clock set back counts no age; a clock ahead then corrected is not counted twice', () => {
  const back = aged(entry(), 1_000_000_000 - 30 * 86_400_000);
  assert.equal(back.ageMs, 0);
  assert.equal(isExpired(back), false);
  const forward = aged(entry({ seenAt: 1_000_000_000 + 21 * 86_400_000, ageMs: 9 * 3_600_000 }), 1_000_000_000);
  assert.equal(keptUntil(forward, 1_000_000_000), 1_000_000_000 + 3_600_000);
  assert.equal(aged(entry({ nextAttemptAt: 1_000_000_000 + 86_400_000 }), 1_000_000_000).nextAttemptAt, 1_000_000_000, 'brought forward');
  assert.equal(isExpired(aged(entry(), 1_000_000_000 + 10 * 3_600_000)), true);
});

test('the page clock follows the receiver\'s Date, not a wrong device clock', () => {
  let wall = 0;
  let mono = 0;
  const clock = createClock(() => wall, () => mono);
  clock.learn(new Date(1_000_000_000_000).toUTCString());
  mono += 1000;
  wall = -5e9; // the device clock is moved: the page clock is not
  assert.equal(clock.now(), 1_000_000_001_000);
});

test('mailto links: plain addresses only, encoded subject and body', () => {
  assert.equal(mailtoLink('intake@city.example?bcc=x@else.example', 's', ['b']), undefined);
  assert.equal(mailtoLink('a@b.example', 'Anmälan: A & B', ['Namn: Å', 'x=1']), 'mailto:a@b.example?subject=Anm%C3%A4lan%3A%20A%20%26%20B&body=Namn%3A%20%C3%85%0D%0Ax%3D1');
});

test('receiver addresses: https, or http only on localhost', () => {
  assert.equal(receiverUrlProblem('https://city.example/signups'), undefined);
  assert.equal(receiverUrlProblem('http://localhost:5173/api/signups'), undefined);
  assert.match(receiverUrlProblem('http://city.example/signups')!, /https/);
  assert.match(receiverUrlProblem('mailto:a@b.example')!, /mailto/);
  assert.match(receiverUrlProblem('tel:+3212345')!, /tel/);
});

test('.ics text escapes a lone CR', () => {
  assert.equal(escapeText('a\rb\r\nc\nd;e,f\\'), 'a\\nb\\nc\\nd\\;e\\,f\\\\');
});

test('validation runs in plain Node and keeps the suspect mark', () => {
  const pack = { trajectories: [{ id: 't', fields: [{ name: 'n', type: 'text', required: true, label: { en: 'N' } }], sessions: [], retentionHours: 72 }] } as never;
  const result = validateSubmission(pack, 't', { trajectory: 't', answers: { n: 'x' }, suspect: true });
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.value.suspect, true);
});
