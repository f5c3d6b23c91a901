#!/usr/bin/env node
// Runs every Node test (test/node/**/*.test.{ts,mjs}) with node:test. TypeScript
// is loaded through tsx, because Node 20 cannot strip types itself. Extra
// arguments are passed on (e.g. `--test-name-pattern`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.test\.(ts|mjs)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const files = only.length ? only : walk(join(root, 'test/node')).map((f) => relative(root, f));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...args.filter((a) => a.startsWith('--')), ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
