// `npx ontrack-validate` as a content editor meets it: from the packed
// package, installed in a folder outside the repository, without the
// project's dev dependencies. Needs `npm run build` first (npm test does it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { packedPackage } from './support/packed.mjs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const demo = readFileSync(join(root, 'public/content.json'), 'utf8');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let dir;
let server;
let url;

/** Runs the installed command; resolves with { code, stdout } whatever the exit code. */
async function cli(...args) {
  try {
    const { stdout } = await run('npx', ['--no-install', 'ontrack-validate', ...args], { cwd: dir });
    return { code: 0, stdout };
  } catch (error) {
    return { code: error.code, stdout: error.stdout ?? '', stderr: error.stderr };
  }
}

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ontrack-validate.mjs')), 'run `npm run build` first');
  ({ dir } = packedPackage());
  writeFileSync(join(dir, 'content.json'), demo);
  const pack = JSON.parse(demo);
  pack.testimonials[1].qoute = pack.testimonials[1].quote;
  delete pack.testimonials[1].quote;
  writeFileSync(join(dir, 'typo.json'), JSON.stringify(pack, null, 2));
  writeFileSync(join(dir, 'comma.json'), '{\n  "version": 1,\n  "tags": ["a", "p" ,],\n}\n');
  server = createServer((request, response) => {
    if (request.url === '/content.json') response.writeHead(200, { 'content-type': 'application/json' }).end(demo);
    else response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

test('the installed package has no dev dependencies to lean on', () => {
  assert.equal(existsSync(join(dir, 'node_modules/esbuild')), false);
  assert.equal(existsSync(join(dir, 'node_modules/typescript')), false);
});

test('--help and --version answer with exit code 0; no file or an unknown option is a usage error (2)', async () => {
  const help = await cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: ontrack-validate/);
  const shown = await cli('--version');
  assert.deepEqual([shown.code, shown.stdout.trim()], [0, version]);
  assert.equal((await cli()).code, 2);
  assert.equal((await cli('--colour', 'content.json')).code, 2);
});

test('valid content: exit 0 and a summary', async () => {
  const ok = await cli('content.json');
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /✓ content\.json is valid: 9 testimonials/);
});

test('errors: exit 1, by id and field, counted in words', async () => {
  const failed = await cli('content.json', 'typo.json');
  assert.equal(failed.code, 1);
  assert.match(failed.stdout, /✗ typo\.json: 1 problem to fix/);
  assert.match(failed.stdout, /testimonial "lotte-part-time": "qoute" is not a field of a testimonial — did you mean "quote"\?/);
  assert.doesNotMatch(failed.stdout, /problem\(s\)/);
});

test('a trailing comma: line, column and the offending line', async () => {
  const failed = await cli('comma.json');
  assert.equal(failed.code, 1);
  assert.match(failed.stdout, /line 3, column 22: remove the comma before "\]"/);
  assert.match(failed.stdout, /"tags": \["a", "p" ,\],\n\s+\^/);
});

test('a URL, a missing file, and --json for machines', async () => {
  const remote = await cli(`${url}/content.json`);
  assert.equal(remote.code, 0, remote.stdout);
  const missing = await cli(`${url}/nothing.json`, 'nope.json');
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /cannot be read \(the server answered 404/);
  assert.match(missing.stdout, /nope\.json: cannot be read \(no such file\)/);
  const json = await cli('--json', 'typo.json', 'content.json');
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout);
  assert.deepEqual(report.files.map((f) => [f.file, f.valid]), [['typo.json', false], ['content.json', true]]);
  assert.deepEqual(report.files[0].errors[0].path, ['testimonials', 1, 'qoute']);
});

test('node dist/ontrack-validate.mjs runs the command itself', async () => {
  const file = join(dir, 'node_modules/ontrack/dist/ontrack-validate.mjs');
  const failed = await run(process.execPath, [file, join(dir, 'typo.json')]).catch((error) => error);
  assert.equal(failed.code, 1);
  assert.match(failed.stdout, /did you mean "quote"/);
});
