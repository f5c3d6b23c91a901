// A sign-up that got its 201 survives `kill -9` of the receiver: the server
// runs as a child process (the real command line), is killed with SIGKILL
// right after the answer, started again, and the sign-up is read back
// through the inbox. Also: SIGTERM finishes and exits cleanly, and a wrong
// config is explained in plain words.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { STORES, PACK, PASSWORD, evening } from './receiver/setup.js';
import { hashPassword } from '../../src/receiver/auth.js';

const root = resolve(import.meta.dirname, '..', '..');
const BIN = join(root, 'src/receiver/bin.ts');

function start(configFile: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, '--config', configFile], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

for (const kind of STORES) {
  describe(`durability (${kind.name})`, () => {
    test('a sign-up answered 201 is there after kill -9 and a restart', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ontrack-kill-'));
      const where = kind.fresh();
      try {
        const configFile = join(dir, 'receiver.config.json');
        writeFileSync(configFile, JSON.stringify({
          content: PACK,
          database: kind.name === 'pglite' ? join(dir, 'db') : where.database,
          ...(where.databaseSchema ? { databaseSchema: where.databaseSchema } : {}),
          listen: { port: 0 },
          accounts: [{ name: 'evening', passwordHash: await hashPassword(PASSWORD, { N: 1024 }), scope: [{ trajectory: 'evening' }] }],
        }));
        const env = { ...process.env };
        delete env.DATABASE_URL;
        const first = await start(configFile, env);
        const key = randomUUID();
        const response = await fetch(`${first.url}/api/signups`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(evening('big', { name: 'Survivor' })),
        });
        assert.equal(response.status, 201);
        const gone = exited(first.child);
        first.child.kill('SIGKILL');
        await gone;

        const second = await start(configFile, env);
        try {
          const login = await fetch(`${second.url}/inbox/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'evening', password: PASSWORD }) });
          const cookie = String(login.headers.get('set-cookie')).split(';')[0];
          const list = (await (await fetch(`${second.url}/inbox/api/signups`, { headers: { cookie } })).json()) as { signups: { key: string; submission: { answers: { name: string } } }[] };
          assert.deepEqual(list.signups.map((s) => [s.key, s.submission.answers.name]), [[key, 'Survivor']]);
          // The same request again is a replay, not a second sign-up.
          const again = await fetch(`${second.url}/api/signups`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(evening('big', { name: 'Survivor' })) });
          assert.deepEqual([again.status, await again.json()], [201, { id: key, status: 'received' }]);
          const done = exited(second.child);
          second.child.kill('SIGTERM');
          assert.equal(await done, 0, 'SIGTERM stops cleanly');
        } finally {
          second.child.kill('SIGKILL');
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await where.cleanup();
      }
    });
  });
}

test('a wrong config is explained in plain words, one line per problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ontrack-config-'));
  try {
    const file = join(dir, 'receiver.config.json');
    writeFileSync(file, JSON.stringify({ content: PACK, allowedOrigins: ['https://city.example/page'], accounts: [{ name: 'x1', passwordHash: 'hunter2', scope: [] }], retentionDay: 3 }));
    const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'check', '--config', file], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /4 problems/);
    assert.match(result.stderr, /allowedOrigins\[0\]: must be an origin/);
    assert.match(result.stderr, /accounts\[0\]\.passwordHash: must be a hash made by "npx ontrack-receiver hash-password"/);
    assert.match(result.stderr, /accounts\[0\]\.scope: must list at least one trajectory/);
    assert.match(result.stderr, /does not know: retentionDay/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
