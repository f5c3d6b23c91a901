// dist/custom-elements.json against the real elements: the attributes each
// defined element observes, the parts it renders (ready and failed), the events
// its sources fire, the global tokens, the state attribute and the shipped
// module paths. Runs after `npm run build`, on the CDN build in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectErrors, serve, widgetsReady } from './support/pages.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, modulePath: m.path })));
const byTag = Object.fromEntries(elements.map((e) => [e.tagName, e]));
const names = (list) => (list ?? []).map((x) => x.name).sort();
const tokens = [...readFileSync(join(root, 'src/core/frame.styles.ts'), 'utf8').matchAll(/var\((--ontrack-[a-z0-9-]+)/g)].map((m) => m[1]);

/** Every file under a folder. */
const walk = (folder) =>
  existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)])) : [];
/** Event names a set of sources fires through `emit(target, 'ontrack-…', …)`. */
const emitted = (files) =>
  new Set(files.filter((f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/emit\(\s*[\w.]+\s*,\s*'(ontrack-[a-z-]+)'/g)].map((m) => m[1])));
const frameEvents = emitted([join(root, 'src/core/ontrack-element.ts')]);

let browser, server, tab, errors;
before(async () => {
  const widgets = readFileSync(join(root, 'test/pages/widgets.html'), 'utf8');
  // The same widgets with content that does not exist: the error state and its parts.
  const failing = elements
    .filter((e) => e.tagName !== 'ontrack-language-picker')
    .map((e) => `<${e.tagName} src="/missing.json" timeout="3000"></${e.tagName}>`)
    .join('\n');
  const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Manifest</title><script type="module" src="/ontrack.js"></script></head><body>${body}</body></html>`;
  server = await serve(join(root, 'dist/cdn'), { '/ready.html': page(widgets), '/failing.html': page(failing) });
  browser = await launchChromium();
  tab = await browser.newPage();
  errors = collectErrors(tab);
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** For each tag on the page: its observed attributes and the parts in its own shadow root. */
const inspect = () =>
  tab.evaluate(() => {
    const seen = {};
    for (const el of document.querySelectorAll('*')) {
      if (!el.localName.startsWith('ontrack-')) continue;
      const entry = (seen[el.localName] ??= { observed: [...customElements.get(el.localName).observedAttributes].sort(), parts: [] });
      for (const node of el.shadowRoot?.querySelectorAll('[part]') ?? []) entry.parts.push(...node.getAttribute('part').split(/\s+/));
    }
    return seen;
  });

test('the manifest lists each element once, with shipped module paths and no stray definitions', () => {
  assert.deepEqual(Object.keys(byTag).sort(), elements.map((e) => e.tagName).sort(), 'one declaration per tag');
  assert.ok(elements.length >= 6, `elements: ${Object.keys(byTag)}`);
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/.+\.js$/, `a shipped module path: ${module.path}`);
    assert.ok(existsSync(join(root, module.path)), `${module.path} exists`);
  }
  assert.doesNotMatch(JSON.stringify(manifest), /"\/?src\//, 'no path into src/');
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
  assert.deepEqual(definitions.map((d) => d.name).sort(), Object.keys(byTag).sort(), 'one definition per tag, nothing else (no "tag")');
});

test('every element documents its state attribute, typed events and the global tokens', () => {
  assert.ok(tokens.length >= 13, `global tokens found: ${tokens.length}`);
  for (const element of elements) {
    const state = element.attributes.find((a) => a.name === 'state');
    assert.ok(state?.description && /'ready'/.test(state.type.text), `${element.tagName} documents state: ${JSON.stringify(state)}`);
    for (const attribute of element.attributes) assert.ok(attribute.type?.text, `${element.tagName}[${attribute.name}] has a type`);
    for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<\{.+\}>$/, `${element.tagName} ${event.name} has its detail type`);
    const css = names(element.cssProperties);
    for (const token of new Set(tokens)) assert.ok(css.includes(token), `${element.tagName} lists ${token}`);
    assert.ok(css.some((name) => !tokens.includes(name)) || element.tagName === 'ontrack-language-picker', `${element.tagName} lists its own custom properties`);
  }
});

test('the events in the manifest are the events each element fires', () => {
  for (const element of elements) {
    const folder = join(root, 'src/widgets', element.tagName.replace(/^ontrack-/, ''));
    const fired = emitted(walk(folder));
    if (element.superclass?.name === 'OntrackElement') for (const name of frameEvents) fired.add(name);
    assert.deepEqual(names(element.events), [...fired].sort(), `events of ${element.tagName}`);
  }
});

test('the attributes and parts in the manifest are those of the defined elements', { timeout: 60_000 }, async () => {
  await tab.goto(`${server.origin}/ready.html`);
  const ready = await widgetsReady(tab, 8);
  assert.ok(ready.ok, `ready: ${ready.states}`);
  const seen = await inspect();
  await tab.goto(`${server.origin}/failing.html`);
  await tab.waitForFunction(() => [...document.querySelectorAll('body [src]')].every((el) => el.getAttribute('state') === 'error'), { timeout: 15000 });
  const failed = await inspect();
  for (const element of elements) {
    const real = seen[element.tagName];
    assert.ok(real, `<${element.tagName}> is on the test page`);
    assert.deepEqual(real.observed, names(element.attributes).filter((n) => n !== 'state'), `observed attributes of ${element.tagName} (state is set by the element, not observed)`);
    const documented = names(element.cssParts);
    const rendered = [...new Set([...real.parts, ...(failed[element.tagName]?.parts ?? [])])].sort();
    for (const part of rendered) assert.ok(documented.includes(part), `${element.tagName} renders part "${part}", which the manifest lacks`);
    const own = walk(join(root, 'src/widgets', element.tagName.replace(/^ontrack-/, ''))).filter((f) => f.endsWith('.ts'));
    // A widget that nests another (the library opens an <ontrack-practice>) re-exports that one's parts.
    const nested = new Set(own.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<ontrack-([a-z-]+)/g)].map((m) => m[1])));
    const sources = own
      .concat([...nested].filter((name) => `ontrack-${name}` !== element.tagName).flatMap((name) => walk(join(root, 'src/widgets', name))))
      .concat(join(root, 'src/core/ontrack-element.ts'));
    const written = new Set(sources.filter((f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/part="([a-z-]+)"/g)].map((m) => m[1])));
    // Renamed on the way out: `exportparts` entries written as 'inner:outer'.
    for (const f of own) for (const m of readFileSync(f, 'utf8').matchAll(/'[a-z-]+:([a-z-]+)'/g)) written.add(m[1]);
    for (const part of documented) assert.ok(written.has(part), `${element.tagName}: the manifest's part "${part}" is rendered nowhere in its sources`);
  }
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
});
