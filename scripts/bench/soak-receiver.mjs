/**
 * The delivery soak test's receiver: the receiver contract (a receipt per
 * Idempotency-Key, the first answer replayed, 409 while a key is in
 * progress, 422 for a key reused with another body) plus seeded chaos —
 * dropped connections, 503, 429 with Retry-After, redirects, answers lost
 * after the sign-up was stored, and slow answers. A plain Node
 * `(req, res)` handler, mounted by the test runner and by the bench.
 *
 *   GET  /soak-api/start?run=r&seed=n     a new run with its own store and dice
 *        &chaos=0&delay=ms                 … or a calm one whose every answer takes `delay`
 *   GET  /soak-api/content?run=r          a content pack whose form sends to this run
 *   POST /soak-api/signups?run=r          the receiver
 *   GET  /soak-api/report?run=r           { stored, people: { name: count }, requests }
 */

import { seeded } from './seeded.mjs';

const pack = (run) => ({
  version: 1,
  publisher: { name: { en: 'Soak test' } },
  defaultLanguage: 'en',
  trajectories: [
    {
      id: 'soak',
      title: { en: 'Soak test' },
      summary: { en: 'Many sign-ups through a bad network.' },
      audience: ['young-person'],
      fields: [{ name: 'name', type: 'text', label: { en: 'Your name' }, required: true }],
      privacy: { en: 'Test data only.' },
      next: { en: 'Nothing happens.' },
      receiver: { type: 'https', url: `/soak-api/signups?run=${encodeURIComponent(run)}` },
      retentionHours: 24,
    },
  ],
});

const send = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function soakReceiver() {
  const runs = new Map();
  const runOf = (name) => {
    if (!runs.has(name)) runs.set(name, { random: seeded(1), chaos: true, delay: 0, stored: new Map(), busy: new Set(), requests: 0 });
    return runs.get(name);
  };
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = url.searchParams.get('run') ?? 'default';
    if (url.pathname === '/soak-api/start') {
      runs.set(name, {
        random: seeded(Number(url.searchParams.get('seed') ?? 1)),
        chaos: url.searchParams.get('chaos') !== '0',
        delay: Number(url.searchParams.get('delay') ?? 0),
        stored: new Map(),
        busy: new Set(),
        requests: 0,
      });
      return send(res, 200, { run: name });
    }
    if (url.pathname === '/soak-api/content') return send(res, 200, pack(name));
    if (url.pathname === '/soak-api/report') {
      const run = runOf(name);
      const people = {};
      for (const { submission } of run.stored.values()) {
        const person = submission?.answers?.name ?? '?';
        people[person] = (people[person] ?? 0) + 1;
      }
      return send(res, 200, { stored: run.stored.size, people, requests: run.requests });
    }
    if (url.pathname !== '/soak-api/signups') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
    const run = runOf(name);
    run.requests++;
    const text = await readBody(req);
    const key = String(req.headers['idempotency-key'] ?? '');
    if (!key) return send(res, 400, { error: 'an Idempotency-Key header is required' });
    const dice = run.chaos ? run.random() : 0.5;
    if (run.delay) await sleep(run.delay);
    if (dice < 0.1) return req.socket.destroy(); // the network drops
    if (dice < 0.17) return send(res, 503, { error: 'try again later' });
    if (dice < 0.22) return send(res, 429, { error: 'slow down' }, { 'Retry-After': '1' });
    if (dice < 0.25) return send(res, 307, '', { Location: '/login' }); // a misconfiguration the visitor sees
    if (dice < 0.35 && run.chaos) await sleep(200 + run.random() * 600);
    if (run.busy.has(key)) return send(res, 409, { error: 'in-progress' }, { 'Retry-After': '1' });
    const first = run.stored.get(key);
    if (first) return first.text === text ? send(res, first.status, first.body) : send(res, 422, { error: 'key-reused' });
    let submission;
    try {
      submission = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'the body is not JSON' });
    }
    run.busy.add(key);
    await sleep(5);
    const answer = { status: 201, body: { id: key, status: 'received' }, text, submission };
    run.stored.set(key, answer);
    run.busy.delete(key);
    if (dice > 0.93) return req.socket.destroy(); // stored, but the answer is lost
    return send(res, answer.status, answer.body);
  };
}
