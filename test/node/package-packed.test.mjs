// The packed package (`npm pack`, installed in a fresh folder) as developers
// use it: what the tarball holds, an app bundled from it (one copy of Lit,
// classes without definitions, every widget on demand), and the CDN build
// loaded with one script tag. Runs after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { packedPackage } from './support/packed.mjs';
import { collectErrors, serve, widgetsReady } from './support/pages.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const widgetsBody = readFileSync(join(root, 'test/pages/widgets.html'), 'utf8');
const page = (script, body = widgetsBody) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Packed</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;

let pkg, dir, browser, server;
before(async () => {
  ({ dir } = packedPackage());
  pkg = join(dir, 'node_modules/ontrack');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const walk = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name).slice(pkg.length + 1)]));

test('the tarball is publishable and ships only what is used', { timeout: 180_000 }, () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.private, undefined, 'not private');
  assert.equal(manifest.license, 'EUPL-1.2');
  assert.match(readFileSync(join(pkg, 'LICENSE'), 'utf8'), /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  const files = walk(pkg);
  assert.deepEqual(files.filter((f) => f.startsWith('src/') || f.endsWith('.ts') && !f.endsWith('.d.ts')), [], 'no sources');
  assert.deepEqual(files.filter((f) => f.startsWith('dist/types/generated/locales/')), [], 'no locale declarations');
  assert.ok(!files.some((f) => f.endsWith('.map')), 'no source maps pointing at unshipped sources');
  for (const pattern of manifest.sideEffects) assert.match(pattern, /^\.\/dist\//, `sideEffects names shipped files: ${pattern}`);
  for (const dependency of ['lit', '@lit/task', 'zod']) assert.ok(manifest.dependencies[dependency], `${dependency} is a dependency`);
  // Bundled on purpose: a copy of @lit/localize can be configured once, so an app's own must not be ours.
  assert.ok(!manifest.dependencies['@lit/localize'], '@lit/localize is bundled, not shared');
  assert.ok(!files.some((f) => f.includes('/node_modules/')), 'no dist/node_modules folder for Node to resolve into');
  for (const [name, target] of Object.entries(manifest.exports)) {
    for (const file of (typeof target === 'string' ? [target] : Object.values(target)).filter((f) => !f.includes('*'))) {
      assert.ok(existsSync(join(pkg, file)), `${name} → ${file} is in the tarball`);
    }
  }
  // The npm build leaves the dependencies to the app; the CDN build has them inside.
  const bare = (file) => [...readFileSync(join(pkg, file), 'utf8').matchAll(/from\s*["']([^./"'][^"']*)["']/g)].map((m) => m[1]);
  assert.ok(bare('dist/widgets/signup/signup.js').includes('lit'), 'dist/ imports lit');
  const cdnBare = files.filter((f) => f.startsWith('dist/cdn/')).flatMap(bare);
  assert.deepEqual(cdnBare, [], 'dist/cdn/ imports nothing by name');
});

test('bundled from the package: one Lit, a class without its tag, every widget on demand', { timeout: 180_000 }, async () => {
  const app = join(dir, 'app');
  mkdirSync(app, { recursive: true });
  // An app that uses Lit itself, subclasses one widget under its own tag and loads the rest on demand.
  writeFileSync(
    join(app, 'class-only.js'),
    `import { LitElement } from 'lit';
     import { OntrackTestimonials } from 'ontrack/testimonials/class';
     window.before = { defined: customElements.get('ontrack-testimonials') !== undefined, lit: OntrackTestimonials.prototype instanceof LitElement };
     customElements.define('city-stories', class extends OntrackTestimonials {});`,
  );
  writeFileSync(join(app, 'all.js'), `import { loadWidget } from 'ontrack'; window.loadWidget = loadWidget;`);
  const result = await build({
    absWorkingDir: dir,
    entryPoints: { 'class-only': join(app, 'class-only.js'), all: join(app, 'all.js') },
    outdir: join(app, 'out'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const litCopies = new Set(inputs.filter((f) => /node_modules\/lit-html\/lit-html\.js$/.test(f)));
  assert.equal(litCopies.size, 1, `one copy of lit-html: ${[...litCopies]}`);
  assert.ok(!inputs.some((f) => f.includes('dist/cdn/')), 'the CDN build is not bundled by accident');
  const classOnly = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint?.endsWith('class-only.js'))[1];
  assert.ok(!Object.keys(classOnly.inputs).some((f) => f.endsWith('define.js') && f.includes('widgets/')), 'the class import pulls in no define module');

  server = await serve(join(app, 'out'), {
    '/class.html': page('/class-only.js', '<city-stories src="/content.json"></city-stories>'),
    '/all.html': page('/all.js'),
  });
  const tab = await browser.newPage();
  const errors = collectErrors(tab);
  await tab.goto(`${server.origin}/class.html`);
  const subclass = await widgetsReady(tab, 1, 'city-');
  assert.ok(subclass.ok, `the subclass under its own tag becomes ready: ${subclass.states}`);
  assert.deepEqual(await tab.evaluate(() => ({ ...window.before, now: customElements.get('ontrack-testimonials') !== undefined })), {
    defined: false,
    lit: true,
    now: false,
  });
  await tab.goto(`${server.origin}/all.html`);
  const all = await widgetsReady(tab, 8);
  assert.ok(all.ok, `every widget ready from the bundled app: ${all.states}`);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('the CDN build from the package works with one script tag', { timeout: 180_000 }, async () => {
  const cdn = await serve(join(pkg, 'dist/cdn'), { '/page.html': page('/ontrack.js') });
  try {
    const tab = await browser.newPage();
    const errors = collectErrors(tab);
    await tab.goto(`${cdn.origin}/page.html`);
    const all = await widgetsReady(tab, 8);
    assert.ok(all.ok, `every widget ready from dist/cdn/ontrack.js: ${all.states}`);
    // Only the widgets on the page were loaded, and one language file for Dutch.
    await tab.evaluate(() => document.documentElement.setAttribute('lang', 'nl'));
    await tab.waitForFunction(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="base"]')?.getAttribute('lang') === 'nl', { timeout: 10000 });
    assert.deepEqual(errors, []);
    await tab.close();
  } finally {
    cdn.close();
  }
});
