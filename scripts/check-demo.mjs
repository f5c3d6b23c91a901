#!/usr/bin/env node
// The demo page as a visitor gets it: starts the dev server (as `npm start`
// does), opens the page in headless Chromium, and checks that every Ontrack
// widget on it becomes ready, that no page error happens, and that axe finds
// no WCAG 2.x A/AA violation — in English and in Arabic (right-to-left).
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`demo check: ${message}`);
};

try {
  for (const language of ['', 'ar']) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.evaluateOnNewDocument((lang) => (lang ? localStorage.setItem('ontrack-language', lang) : localStorage.removeItem('ontrack-language')), language);
    await page.goto(url, { waitUntil: 'load' });
    const states = await page
      .waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ontrack-'));
          const states = widgets.map((el) => `${el.localName}=${el.getAttribute('state')}`);
          return widgets.length > 0 && widgets.every((el) => el.getAttribute('state') === 'ready') && states;
        },
        { timeout: 20000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(async () =>
        page.evaluate(() =>
          [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ontrack-')).map((el) => `${el.localName}=${el.getAttribute('state')}`),
        ),
      );
    const notReady = states.filter((s) => !s.endsWith('=ready'));
    if (notReady.length) fail(`[${language || 'en'}] not ready: ${notReady.join(', ')}`);
    if (language === 'ar') {
      const dirs = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('ontrack-'))
          .map((el) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir')),
      );
      if (!dirs.every((d) => d === 'rtl')) fail(`[ar] not every widget is right-to-left: ${dirs.join(', ')}`);
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    });
    for (const v of violations) fail(`[${language || 'en'}] axe ${v}`);
    for (const e of errors) fail(`[${language || 'en'}] page error: ${e}`);
    console.log(`demo check [${language || 'en'}]: ${states.length} widgets (${states.join(', ')}), ${violations.length} axe violations, ${errors.length} page errors`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failures ? 1 : 0);
