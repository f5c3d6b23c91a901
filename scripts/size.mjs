#!/usr/bin/env node
// What a page really loads from the CDN build (dist/cdn/), gzipped (level 9):
// a module plus every module it imports statically (recursively).
//   - ontrack.js up front: the one script tag, before any widget is on the page;
//   - ontrack.js plus each widget it loads on demand (what a page with that
//     widget loads), with the widget's share of it;
//   - every widget on one page.
// Locale modules load on demand (one per language in use) and are listed apart.
// Exits non-zero over a hard budget; prints the distance to each target.
// The npm build (dist/) is not measured: an app's bundler decides its size.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve, basename, relative } from 'node:path';

const cdn = resolve(import.meta.dirname, '..', 'dist', 'cdn');
/** KB gzip: a hard limit (fails the build) and the target (printed). */
const BUDGET = {
  upFront: { hard: 25, target: 20 },
  oneWidget: { hard: 36, target: 30 },
  everyWidget: { hard: 60, target: 48 },
};
const main = join(cdn, 'ontrack.js');
if (!existsSync(main)) {
  console.error('dist/cdn/ontrack.js is missing: run "npm run build" first.');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const imports = (file, pattern) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => resolve(dirname(file), m[1]));
const staticImports = (file) => imports(file, /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g);
const dynamicImports = (file) => imports(file, /import\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g);

function closure(entries, seen = new Set()) {
  for (const entry of entries) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    closure(staticImports(entry), seen);
  }
  return seen;
}
const total = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);

let failed = false;
function report(label, files, budget, extra = '') {
  const size = total(files) / 1024;
  const over = size > budget.hard;
  failed ||= over;
  const distance = budget.target - size;
  const verdict =
    `limit ${budget.hard} KB ${over ? 'EXCEEDED' : 'ok'}, ` +
    (distance >= 0 ? `${distance.toFixed(1)} KB under` : `${(-distance).toFixed(1)} KB over`) +
    ` the ${budget.target} KB target`;
  console.log(`size: ${label.padEnd(40)} ${size.toFixed(1).padStart(5)} KB gzip (${String(files.size).padStart(2)} files) ${verdict}${extra}`);
  // Over a limit: which files make it up, largest first.
  if (over) {
    for (const file of [...files].sort((a, b) => gz(b) - gz(a))) console.log(`        ${kb(gz(file)).padStart(5)} KB  ${relative(cdn, file)}`);
  }
}

const upFront = closure([main]);
report('ontrack.js, up front', upFront, BUDGET.upFront);
// The widgets are what ontrack.js imports on demand (one module per tag).
const widgets = dynamicImports(main).sort();
for (const widget of widgets) {
  const files = closure([main, widget]);
  report(`ontrack.js + ${basename(widget, '.js')}`, files, BUDGET.oneWidget, ` (the widget adds ${kb(total(files) - total(upFront))} KB)`);
}
report('ontrack.js + every widget on one page', closure([main, ...widgets]), BUDGET.everyWidget);
const chunks = join(cdn, 'chunks');
const locales = readdirSync(chunks).filter((f) => /^[a-z]{2}-[\w-]+\.js$/.test(f));
const sizes = locales.map((f) => gz(join(chunks, f)));
if (sizes.length) {
  console.log(
    `size: one interface language other than English adds ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} KB on demand (${sizes.length} locale modules)`,
  );
}
process.exit(failed ? 1 : 0);
