#!/usr/bin/env node
// The demo from end to end, as `npm start` runs it: a sign-up typed into the
// demo page in headless Chromium is sent to the receiver, and the demo
// coordinator then finds it in the inbox at /inbox/ (signed in with the
// keyboard), which axe finds free of WCAG A/AA violations.
import { createServer } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { DEMO_ACCOUNT } from './demo-inbox.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dataDir = mkdtempSync(join(tmpdir(), 'ontrack-demo-inbox-'));
process.env.ONTRACK_RECEIVER_DATA = join(dataDir, 'receiver');

const server = await createServer({ server: { port: 0, host: 'localhost' }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`demo inbox check: ${message}`);
};

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => fail(`page error: ${error}`));
  await page.evaluateOnNewDocument(() => localStorage.setItem('ontrack-demo-language', 'en'));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('ontrack-signup')?.getAttribute('state') === 'ready', { timeout: 30000 });
  const name = `Demo school ${Date.now()}`;
  const typeInto = async (path, text) => {
    const handle = await page.evaluateHandle((p) => document.querySelector('ontrack-signup').shadowRoot.querySelector(`[data-path="${p}"]`), path);
    await handle.focus();
    await page.keyboard.type(text);
  };
  await typeInto('answers.schoolName', name);
  await typeInto('answers.contactPerson', 'Demo person');
  await typeInto('answers.email', 'demo@example.org');
  await page.evaluate(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[data-path="answers.consent"]').click());
  await new Promise((resolve) => setTimeout(resolve, 3200)); // the spam guard's minimum fill time
  await page.evaluate(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="submit"]').click());
  await page
    .waitForFunction(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="confirmation"]'), { timeout: 30000 })
    .catch(() => fail('the demo sign-up was not confirmed'));

  await page.goto(new URL('/inbox/', url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('ontrack-inbox')?.shadowRoot?.querySelector('#name'), { timeout: 30000 });
  await page.evaluate(() => document.querySelector('ontrack-inbox').shadowRoot.querySelector('#name').focus());
  await page.keyboard.type(DEMO_ACCOUNT.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_ACCOUNT.password);
  await page.keyboard.press('Enter');
  const found = await page
    .waitForFunction(
      (n) => [...(document.querySelector('ontrack-inbox')?.shadowRoot?.querySelectorAll('button.row') ?? [])].some((b) => b.textContent.includes(n)),
      { timeout: 30000 },
      name,
    )
    .then(() => true, () => false);
  if (!found) fail(`the sign-up "${name}" is not in the demo inbox`);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => v.id);
  });
  if (violations.length) fail(`axe in the inbox: ${violations.join(', ')}`);
  console.log(`demo inbox check: sign-up sent on the demo page ${found ? 'is' : 'is NOT'} in /inbox/, ${violations.length} axe violations`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
