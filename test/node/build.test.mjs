// What the build hands to webmasters and reviewers: the custom-elements
// manifest, the JSON Schema for editors, the validate command and the
// package's entry points. Runs after `npm run build` (see npm test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const run = promisify(execFile);

/** Every tag the sources register: `define('ontrack-…', …)` in src/widgets/<name>/define.ts. */
const tags = readdirSync(join(root, 'src/widgets')).flatMap((name) => {
  const file = join(root, 'src/widgets', name, 'define.ts');
  return existsSync(file) ? [...readFileSync(file, 'utf8').matchAll(/define\('(ontrack-[a-z-]+)'/g)].map((m) => m[1]) : [];
});

test('the manifest documents every ontrack- element: attributes, properties, events, parts, CSS properties', () => {
  const manifest = json(join(dist, 'custom-elements.json'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.ok(tags.length >= 3, `tags found in sources: ${tags}`);
  for (const tag of tags) {
    const element = declarations.find((d) => d.tagName === tag);
    assert.ok(element, `${tag} is in dist/custom-elements.json`);
    assert.ok(element.summary || element.description, `${tag} has a summary`);
    assert.ok((element.attributes ?? []).some((a) => a.name === 'lang'), `${tag} documents lang`);
    assert.ok((element.cssParts ?? []).length > 0, `${tag} documents its parts`);
    for (const attribute of element.attributes ?? []) {
      assert.ok(attribute.description || attribute.name === 'lang', `${tag}[${attribute.name}] is described`);
    }
    if (tag !== 'ontrack-language-picker') {
      const events = (element.events ?? []).map((e) => e.name);
      assert.ok(events.includes('ontrack-load') && events.includes('ontrack-error'), `${tag} events: ${events}`);
      assert.ok((element.attributes ?? []).some((a) => a.name === 'src'), `${tag} documents src`);
    }
  }
  const testimonials = declarations.find((d) => d.tagName === 'ontrack-testimonials');
  assert.ok(testimonials.cssProperties.some((p) => p.name === '--ontrack-testimonials-min-card'));
  assert.equal(json(join(root, 'package.json')).customElements, 'dist/custom-elements.json');
});

test('dist/content.schema.json is a valid JSON Schema that accepts the demo content and refuses broken content', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(json(join(dist, 'content.schema.json')));
  assert.equal(validate(json(join(root, 'public/content.json'))), true, JSON.stringify(validate.errors));
  const broken = json(join(root, 'public/content.json'));
  broken.testimonials[0].quote = 'not localized';
  delete broken.publisher;
  assert.equal(validate(broken), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/testimonials/0/quote'));
});

test('ontrack-validate passes the demo content and names the path of each problem', async () => {
  const cli = join(root, 'scripts/ontrack-validate.mjs');
  const ok = await run(process.execPath, [cli, join(root, 'public/content.json')]);
  assert.match(ok.stdout, /✓ .*content\.json is valid: \d+ testimonial/);

  const dir = mkdtempSync(join(tmpdir(), 'ontrack-cli-'));
  const file = join(dir, 'broken.json');
  const pack = json(join(root, 'public/content.json'));
  pack.testimonials[1].id = pack.testimonials[0].id;
  pack.trajectories[0].fields[0].type = 'colour';
  writeFileSync(file, JSON.stringify(pack));
  const failed = await run(process.execPath, [cli, file]).then(
    () => assert.fail('expected exit code 1'),
    (error) => error,
  );
  assert.equal(failed.code, 1);
  assert.match(failed.stdout, /trajectory "samen-maakt-school" → form field "schoolName" → type: must be one of "text", "email"/);

  delete pack.trajectories[0].fields[0].type;
  pack.trajectories[0].fields[0].type = 'text';
  writeFileSync(file, JSON.stringify(pack));
  const duplicate = await run(process.execPath, [cli, file]).catch((error) => error);
  assert.match(duplicate.stdout, /testimonial "(.+)" → id: "\1" is the id of an earlier testimonial too/);

  writeFileSync(file, '{ "version": 1, ');
  const notJson = await run(process.execPath, [cli, file]).catch((error) => error);
  assert.match(notJson.stdout, /not valid JSON/);
});

test('every entry point in the exports map exists, with its types', () => {
  const { exports } = json(join(root, 'package.json'));
  for (const [name, target] of Object.entries(exports)) {
    for (const file of (typeof target === 'string' ? [target] : Object.values(target)).filter((f) => !f.includes('*'))) {
      assert.ok(existsSync(join(root, file)), `${name} → ${file}`);
    }
  }
  for (const folder of readdirSync(join(root, 'src/widgets'))) {
    assert.ok(exports[`./${folder}`], `an entry point ./${folder} for src/widgets/${folder}`);
  }
});

test('Storybook builds every stories file', () => {
  const index = json(join(root, 'storybook-static/index.json'));
  const imported = new Set(Object.values(index.entries).map((entry) => entry.importPath.replace(/^\.\//, '')));
  for (const file of readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.stories.ts'))) {
    assert.ok(imported.has(`stories/${file}`), `stories/${file} is in Storybook`);
  }
});
