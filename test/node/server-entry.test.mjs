// `ontrack/server` from the packed package, in plain Node: no DOM anywhere in
// what it imports, and it checks a sign-up exactly as the form does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packedPackage } from './support/packed.mjs';

const demo = readFileSync(resolve(import.meta.dirname, '../../public/content.json'), 'utf8');

test('import("ontrack/server") from the packed package validates a submission in plain Node', { timeout: 180_000 }, () => {
  const { run } = packedPackage();
  const out = run(
    'server-check.mjs',
    `
    import { contentPack, validateSubmission } from 'ontrack/server';
    if (typeof HTMLElement !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM leaked into Node');
    const pack = contentPack.parse(${demo});
    const trajectory = pack.trajectories[0];
    const bad = validateSubmission(pack, trajectory.id, { trajectory: trajectory.id, answers: {} });
    const unknown = validateSubmission(pack, 'no-such-trajectory', { trajectory: 'no-such-trajectory', answers: {} });
    console.log(JSON.stringify({ ok: bad.ok, codes: Object.values(bad.errors ?? {}), unknown: unknown.ok }));
  `,
  );
  const result = JSON.parse(out.trim().split('\n').pop());
  assert.equal(result.ok, false, 'an empty sign-up is refused');
  assert.ok(result.codes.includes('required'), `refused with field codes: ${result.codes}`);
  assert.equal(result.unknown, false);
});
