// Storybook as built by `npm run build-storybook`: a docs page for every
// element, whose tables come from the package's manifest (attributes, events
// with their types, parts, the global tokens). Runs after the Storybook build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './support/pages.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const index = JSON.parse(readFileSync(join(root, 'storybook-static/index.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);

test('every element has a docs page and stories, the language picker included', () => {
  const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
  assert.equal(docs.length, tags.length, `docs pages: ${docs.map((d) => d.id)}`);
  assert.ok(Object.values(index.entries).some((e) => e.type === 'story' && e.importPath.endsWith('language-picker.stories.ts')));
});

test('the sign-up docs page shows what the manifest says', { timeout: 60_000 }, async () => {
  const server = await serve(join(root, 'storybook-static'));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/iframe.html?id=widgets-sign-up--docs&viewMode=docs`);
    const wanted = ['trajectory', 'heading-level', 'ontrack-submit', 'error-summary', '--ontrack-color-accent', '--ontrack-signup-max-width'];
    const found = await tab
      .waitForFunction((wanted) => wanted.every((w) => document.body.innerText.includes(w)), { timeout: 30000 }, wanted)
      .then(() => true, () => false);
    const text = await tab.evaluate(() => document.body.innerText);
    assert.ok(found, `the docs page lists ${wanted.filter((w) => !text.includes(w))}`);
  } finally {
    await browser.close();
    server.close();
  }
});
