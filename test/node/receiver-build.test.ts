// The built receiver runs in plain Node, as the package ships it: dist/receiver.js
// (the ontrack-receiver command, started without tsx) answers a sign-up and
// serves the prebuilt inbox page, and dist/server.js exports the contract.
// Needs `npm run build` first (npm test builds before the Node tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACK, evening } from './receiver/setup.js';

const dist = resolve(import.meta.dirname, '..', '..', 'dist');
const built = existsSync(join(dist, 'receiver.js'));

test('dist/receiver.js runs in plain Node: a sign-up gets its receipt, /inbox/ is the built page', { skip: !built && 'run npm run build first' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ontrack-built-'));
  const config = join(dir, 'receiver.config.json');
  writeFileSync(config, JSON.stringify({ content: PACK, database: join(dir, 'db'), listen: { port: 0 } }));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [join(dist, 'receiver.js'), '--config', config], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const read = (c: Buffer) => {
        out += c;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const response = await fetch(`${url}/api/signups`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'built-1' }, body: JSON.stringify(evening('big')) });
    assert.deepEqual([response.status, await response.json()], [201, { id: 'built-1', status: 'received' }]);
    const page = await fetch(`${url}/inbox/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<ontrack-inbox>/);
    assert.match(String(page.headers.get('content-security-policy')), /script-src 'self'/);
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dist/server.js exports the contract handler for plain Node', { skip: !built && 'run npm run build first' }, async () => {
  const server = await import(pathToFileURL(join(dist, 'server.js')).href);
  assert.equal(typeof server.handleSignup, 'function');
  assert.equal(typeof server.handleAvailability, 'function');
  const answer = await server.handleSignup({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '' }, { pack: () => ({ trajectories: [] }), store: server.memoryStore() });
  assert.equal(answer.status, 415);
});
