#!/usr/bin/env node
// The built library (dist/) on the pages a reviewer worries about:
//   strict    a strict Content Security Policy with Trusted Types (also on twice);
//   hostile   a theme with resets, huge fonts and !important everywhere;
//   twice     the library loaded twice (two copies at two addresses).
// Every widget must become ready, with no page error, no CSP violation and,
// on the hostile page, no axe violation inside the widgets. Run after a build.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
if (!existsSync(join(root, 'dist/ontrack.js'))) {
  console.error('check-pages: dist/ontrack.js is missing: run "npm run build" first.');
  process.exit(1);
}

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const body = readFileSync(join(root, 'test/pages/widgets.html'), 'utf8');
const page = (head) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ontrack test page</title>${head}</head><body>${body}</body></html>`;
const PAGES = {
  '/strict.html': page('<script type="module" src="/dist/ontrack.js"></script>'),
  '/hostile.html': page('<link rel="stylesheet" href="/pages/hostile.css"><script type="module" src="/dist/ontrack.js"></script>'),
  '/twice.html': page('<script type="module" src="/dist/ontrack.js"></script><script type="module" src="/copy/ontrack.js"></script><script type="module" src="/dist/testimonials.js"></script>'),
};
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };
const FOLDERS = { '/dist/': 'dist/cdn', '/copy/': 'dist/cdn', '/pages/': 'test/pages', '/demo/': 'public/demo' };

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  // The hostile page goes without the policy, so that axe can be injected there.
  if (PAGES[path] && path !== '/hostile.html') response.setHeader('Content-Security-Policy', STRICT_CSP);
  if (PAGES[path]) return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[path]);
  if (path === '/favicon.ico') return response.writeHead(204).end();
  let file;
  if (path === '/content.json') file = join(root, 'public/content.json');
  for (const [prefix, folder] of Object.entries(FOLDERS)) {
    if (path.startsWith(prefix)) file = join(root, folder, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
  }
  try {
    const content = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(content);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`check-pages: ${message}`);
};

try {
  for (const name of ['strict', 'hostile', 'twice']) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 800, height: 900 });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await tab.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
    const ready = await tab
      .waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ontrack-'));
          return widgets.length === 8 && widgets.every((el) => el.getAttribute('state') === 'ready');
        },
        { timeout: 15000 },
      )
      .then(() => true, () => false);
    // Use them: the carousel moves, an empty sign-up is refused (rendering after the first paint).
    const used = await tab.evaluate(async () => {
      const carousel = document.querySelectorAll('ontrack-testimonials')[1];
      const label = () => carousel.shadowRoot.querySelector('.slide')?.getAttribute('aria-label');
      const before = label();
      carousel.shadowRoot.querySelector('button.next')?.click();
      const signup = document.querySelector('ontrack-signup');
      signup.shadowRoot.querySelector('[part="submit"]')?.click();
      await new Promise((r) => setTimeout(r, 300));
      return { moved: before !== label(), refused: signup.shadowRoot.querySelectorAll('[aria-invalid="true"]').length > 0 };
    });
    const report = await tab.evaluate(() => ({
      violations: window.__violations,
      states: [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ontrack-')).map((el) => `${el.localName}=${el.getAttribute('state')}`),
      sizes: [...document.querySelectorAll('ontrack-testimonials, ontrack-signup, ontrack-practice-library, ontrack-study-explorer')].map((el) => Math.round(el.getBoundingClientRect().width)),
    }));
    if (!ready) fail(`[${name}] not every widget became ready: ${report.states.join(', ')}`);
    if (!used.moved) fail(`[${name}] the carousel did not move`);
    if (!used.refused) fail(`[${name}] the sign-up form did not refuse an empty send`);
    for (const v of report.violations) fail(`[${name}] CSP violation: ${v}`);
    for (const e of errors) fail(`[${name}] page error: ${e}`);
    if (name === 'hostile') {
      if (report.sizes.some((w) => w < 280)) fail(`[hostile] a widget was squeezed: widths ${report.sizes.join(', ')}`);
      await tab.addScriptTag({ content: axeSource });
      const axe = await tab.evaluate(async () => {
        if (!window.axe) return ['axe could not load'];
        const result = await window.axe.run(
          { include: [['ontrack-testimonials'], ['ontrack-signup'], ['ontrack-language-picker'], ['ontrack-practice-library'], ['ontrack-practice'], ['ontrack-study-explorer']] },
          { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        );
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      });
      for (const v of axe) fail(`[hostile] axe ${v}`);
    }
    // ONTRACK_SCREENSHOTS=/some/folder keeps a picture of each page, to look at.
    if (process.env.ONTRACK_SCREENSHOTS) await tab.screenshot({ path: join(process.env.ONTRACK_SCREENSHOTS, `${name}.png`), fullPage: true });
    console.log(`check-pages [${name}]: ${report.states.length} widgets ready=${ready}, carousel moved=${used.moved}, empty sign-up refused=${used.refused}, ${report.violations.length} CSP violations, ${errors.length} page errors`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
