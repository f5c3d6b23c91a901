#!/usr/bin/env node
// What a page really loads, gzipped (level 9): each entry module in dist/
// plus every chunk it imports statically (recursively). dist/ontrack.js loads
// a widget's code when its tag is on the page, so its lines show what a page
// loads up front, then with each widget, then with every widget at once.
// Locale modules load on demand and are listed on their own.
// Exits non-zero over a hard budget.
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

function closure(entries, seen = new Set()) {
  for (const entry of entries) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    closure(staticImports(entry), seen);
  }
  return seen;
}
const total = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

let failed = false;
function report(label, files, budget, extra = '') {
  const size = total(files);
  let verdict = '';
  if (budget) {
    const over = size / 1024 > budget.hard;
    failed ||= over;
    const distance = budget.target - size / 1024;
    verdict =
      ` budget ${budget.hard} KB ${over ? 'EXCEEDED' : 'ok'}, ` +
      (distance >= 0 ? `${distance.toFixed(1)} KB under the ${budget.target} KB target` : `${(-distance).toFixed(1)} KB over the ${budget.target} KB target`);
  }
  console.log(`size: ${label.padEnd(44)} ${kb(size)} KB gzip (${files.size} files)${verdict}${extra}`);
}

const main = join(dist, 'ontrack.js');
const widgets = readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'ontrack.js' && f !== 'server.js').sort();
report('ontrack.js, up front', closure([main]), BUDGET.all);
const upFront = total(closure([main]));
for (const name of widgets) {
  const files = closure([main, join(dist, name)]);
  report(`ontrack.js + ${name.replace(/\.js$/, '')} on the page`, files, undefined, ` (the widget adds ${kb(total(files) - upFront).trim()} KB)`);
}
report('ontrack.js + every widget on one page', closure([main, ...widgets.map((w) => join(dist, w))]));
for (const name of widgets) report(`${name} alone`, closure([join(dist, name)]), BUDGET.widget);
const chunks = join(dist, 'chunks');
for (const file of readdirSync(chunks).filter((f) => /^[a-z]{2}-/.test(f)).sort()) {
  console.log(`size: locale ${file.slice(0, 2)} (on demand)${' '.repeat(26)} ${kb(gz(join(chunks, file)))} KB gzip`);
}
process.exit(failed ? 1 : 0);
