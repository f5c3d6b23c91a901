#!/usr/bin/env node
// What a page really loads: each entry module in dist/ plus every chunk it
// imports statically (recursively), gzipped. Lazy chunks (locales) are listed
// on their own. Exits non-zero over the hard budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '..', 'dist');
const BUDGET = { all: { hard: 50, target: 40 }, widget: { hard: 25, target: 20 } }; // KB gzip
if (!existsSync(join(dist, 'ontrack.js'))) {
  console.error('dist/ontrack.js is missing: run "npm run build" first.');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const staticImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) =>
    resolve(dirname(file), m[1]),
  );

function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const dep of staticImports(entry)) closure(dep, seen);
  return seen;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;
const entries = readdirSync(dist).filter((f) => f.endsWith('.js'));
for (const name of entries.sort((a, b) => (a === 'ontrack.js' ? -1 : b === 'ontrack.js' ? 1 : a.localeCompare(b)))) {
  const files = closure(join(dist, name));
  const total = [...files].reduce((sum, f) => sum + gz(f), 0);
  const budget = name === 'ontrack.js' ? BUDGET.all : BUDGET.widget;
  const overHard = total / 1024 > budget.hard;
  const distance = budget.target - total / 1024;
  failed ||= overHard;
  console.log(
    `size: ${name.padEnd(18)} ${kb(total).padStart(6)} KB gzip (${files.size} files) ` +
      `budget ${budget.hard} KB ${overHard ? 'EXCEEDED' : 'ok'}, ` +
      (distance >= 0 ? `${distance.toFixed(1)} KB under the ${budget.target} KB target` : `${(-distance).toFixed(1)} KB over the ${budget.target} KB target`),
  );
}
const chunks = join(dist, 'chunks');
const locales = readdirSync(chunks).filter((f) => /^[a-z]{2}-/.test(f));
for (const file of locales) console.log(`size: locale ${file.slice(0, 2)} (lazy)     ${kb(gz(join(chunks, file))).padStart(6)} KB gzip`);
process.exit(failed ? 1 : 0);
