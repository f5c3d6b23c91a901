#!/usr/bin/env node
// The demo page as a visitor gets it: starts the dev server (as `npm start`
// does), opens the page in headless Chromium, and checks that every Ontrack
// widget on it becomes ready, that no page error happens, and that axe finds
// no WCAG 2.x A/AA violation — in English and in Arabic (right-to-left).
import { createServer } from 'vite';
import { launchChromium } from './chromium.mjs';
import { demoInboxSignups } from './demo-inbox.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Sign-ups sent during the check go to a throw-away database, not data/receiver.
const dataDir = mkdtempSync(join(tmpdir(), 'ontrack-demo-'));
process.env.ONTRACK_RECEIVER_DATA = join(dataDir, 'receiver');

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();

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
  await checkSignup();
  await checkHostileContent('texts');
  await checkHostileContent('every string');
  await checkPracticeLanguages();
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * The demo page with hostile content: every visitor-facing text (or every
 * string at all) of every JSON the page loads is replaced by markup and
 * script. Nothing may run, no element may come from content, and every
 * widget must still end ready (texts) or show its error (every string).
 */
async function checkHostileContent(mode) {
  const payloads = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', 'javascript:window.__pwned=1'];
  const tagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
  let n = 0;
  const hostile = (value, inText) => {
    if (typeof value === 'string') return mode === 'every string' || inText ? payloads[n++ % payloads.length] : value;
    if (Array.isArray(value)) return value.map((item) => hostile(item, false));
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      const localized = entries.length > 0 && entries.every(([k, v]) => tagPattern.test(k) && typeof v === 'string');
      return Object.fromEntries(entries.map(([k, v]) => [k, hostile(v, localized)]));
    }
    return value;
  };
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    if (request.resourceType() !== 'fetch' || !request.url().endsWith('.json')) return request.continue();
    const original = await fetch(request.url()).then((r) => r.json());
    request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile(original, false)) });
  });
  await page.evaluateOnNewDocument(() => localStorage.removeItem('ontrack-language'));
  await page.goto(url, { waitUntil: 'load' });
  const expected = mode === 'texts' ? 'ready' : 'error';
  const settled = await page
    .waitForFunction(
      (want) => {
        const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ontrack-') && el.localName !== 'ontrack-language-picker');
        return widgets.length > 0 && widgets.every((el) => el.getAttribute('state') === want || (want === 'error' && !el.hasAttribute('src') && el.getAttribute('state') === 'ready'));
      },
      { timeout: 20000 },
      expected,
    )
    .then(() => true, () => false);
  const found = await page.evaluate(() => {
    const roots = [document];
    for (let i = 0; i < roots.length; i++) for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const bad = [];
    for (const root of roots.slice(1)) {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'script') bad.push('script');
        if ([...el.attributes].some((a) => a.name.startsWith('on'))) bad.push(`${el.localName}[on…]`);
        if (el.localName === 'img' && el.getAttribute('src') === 'x') bad.push('img from content');
        const link = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (/^\s*javascript:/i.test(link)) bad.push(`${el.localName} with a javascript: address`);
      }
    }
    const states = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ontrack-')).map((el) => `${el.localName}=${el.getAttribute('state')}`);
    const shown = roots.slice(1).some((root) => root.textContent.includes('<img src=x onerror='));
    return { pwned: window.__pwned !== undefined, bad, states, shown };
  });
  if (found.pwned) fail(`[hostile ${mode}] content ran script`);
  if (mode === 'texts' && !found.shown) fail('[hostile texts] the hostile text is not shown as text (was the content replaced at all?)');
  if (found.bad.length) fail(`[hostile ${mode}] injected: ${found.bad.join(', ')}`);
  if (!settled) fail(`[hostile ${mode}] widgets did not all end "${expected}": ${found.states.join(', ')}`);
  for (const e of errors) fail(`[hostile ${mode}] page error: ${e}`);
  console.log(`demo check [hostile ${mode}]: ${found.states.length} widgets, nothing ran, ${found.bad.length} injected elements`);
  await page.close();
}

/**
 * The first sign-up form on the page, as a visitor uses it: an empty send is
 * refused; a filled form sent while the receiver cannot be reached survives a
 * reload and arrives exactly once when the network is back.
 */
async function checkSignup() {
  const page = await browser.newPage();
  let blockReceiver = false;
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    blockReceiver && request.url().includes('/api/signups') ? request.abort('internetdisconnected') : request.continue(),
  );
  await page.evaluateOnNewDocument(() => localStorage.setItem('ontrack-demo-language', 'en'));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('ontrack-signup')?.getAttribute('state') === 'ready', { timeout: 20000 });
  const form = async (fn, ...args) => page.evaluate(fn, ...args);

  // 1. An empty send is refused.
  await form(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="submit"]').click());
  await page.waitForFunction(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[role="alert"]'), { timeout: 5000 });
  const refused = await form(() => {
    const r = document.querySelector('ontrack-signup').shadowRoot;
    return {
      invalid: r.querySelectorAll('[aria-invalid="true"]').length,
      alert: r.querySelector('[role="alert"]').textContent.trim().length > 0,
      focusInside: r.activeElement !== null,
    };
  });
  if (refused.invalid < 1 || !refused.alert || !refused.focusInside) fail(`[signup] empty send not refused properly: ${JSON.stringify(refused)}`);

  // 2. Filled in, sent while the receiver cannot be reached.
  const typeInto = async (path, text) => {
    const handle = await page.evaluateHandle((p) => document.querySelector('ontrack-signup').shadowRoot.querySelector(`[data-path="${p}"]`), path);
    await handle.focus();
    await page.keyboard.type(text);
  };
  await typeInto('answers.schoolName', 'Demo school');
  await typeInto('answers.contactPerson', 'Demo person');
  await typeInto('answers.email', 'demo@example.org');
  await form(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[data-path="answers.consent"]').click());
  await new Promise((resolve) => setTimeout(resolve, 3200)); // the spam guard's minimum fill time
  blockReceiver = true;
  await form(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="submit"]').click());
  await page.waitForFunction(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="queued"]'), { timeout: 5000 })
    .catch(() => fail('[signup] a send without network was not queued'));
  const key = await form(() => Object.keys(localStorage).find((k) => k.startsWith('ontrack-signup:outbox:'))?.slice('ontrack-signup:outbox:'.length));

  // 3. Still there after a reload.
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('ontrack-signup')?.shadowRoot?.querySelector('[part="queued"]'), { timeout: 20000 })
    .catch(() => fail('[signup] the queued sign-up was gone after a reload'));

  // 4. Network back: delivered exactly once.
  await page.setOfflineMode(true);
  blockReceiver = false;
  await page.setOfflineMode(false);
  await page.waitForFunction(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="confirmation"]'), { timeout: 10000 })
    .catch(() => fail('[signup] the queued sign-up was not delivered when the network came back'));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const lines = await demoInboxSignups(url).catch(() => []);
  const arrived = lines.filter((record) => record.key === key).length;
  if (!key || arrived !== 1) fail(`[signup] expected the sign-up to arrive once, it arrived ${arrived} time(s)`);
  console.log(`demo check [signup]: empty send refused (${refused.invalid} invalid fields), queued offline, kept through reload, arrived ${arrived} time(s)`);
  await page.close();
}
/**
 * Every practice widget on the page, switched by its own `lang` to English,
 * Dutch, Finnish and Swedish: each stays ready, and every practice it shows
 * (a card in the library, the practice itself) carries the title the demo
 * content gives in that language, or, where the content has none, one of the
 * practice's titles in another language. The interface translating itself is
 * not enough: the content must follow.
 */
async function checkPracticeLanguages() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.evaluateOnNewDocument(() => localStorage.removeItem('ontrack-language'));
  await page.goto(url, { waitUntil: 'load' });
  const practices = new Map(JSON.parse(readFileSync('public/content.json', 'utf8')).practices.map((p) => [p.id, p.title]));
  const selector = 'ontrack-practice, ontrack-practice-library';
  await page.waitForFunction(
    (sel) => {
      const widgets = [...document.querySelectorAll(sel)];
      return widgets.length > 0 && widgets.every((el) => el.getAttribute('state') === 'ready');
    },
    { timeout: 20000 },
    selector,
  );
  let inLanguage = 0;
  let fallbacks = 0;
  let widgets = 0;
  for (const lang of ['en', 'nl', 'fi', 'sv']) {
    await page.evaluate((sel, l) => document.querySelectorAll(sel).forEach((el) => el.setAttribute('lang', l)), selector, lang);
    const ok = await page
      .waitForFunction(
        (sel, l) =>
          [...document.querySelectorAll(sel)].every(
            (el) => el.getAttribute('state') === 'ready' && el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === l,
          ),
        { timeout: 10000 },
        selector,
        lang,
      )
      .then(() => true)
      .catch(() => false);
    if (!ok) fail(`[practice] not every practice widget became ready in "${lang}"`);
    const shown = await page.evaluate(
      (sel) =>
        [...document.querySelectorAll(sel)].map((el) =>
          [...el.shadowRoot.querySelectorAll('article[data-id]')].map((article) => ({
            id: article.dataset.id,
            title: article.querySelector('.title, .card-title')?.textContent.trim() ?? '',
          })),
        ),
      selector,
    );
    widgets = shown.length;
    let perLanguage = 0;
    shown.forEach((items, i) => {
      if (items.length === 0) fail(`[practice] widget ${i} shows no practice in "${lang}"`);
      let own = 0;
      for (const { id, title } of items) {
        const titles = practices.get(id);
        if (!titles) fail(`[practice] widget ${i} shows "${id}", which is not in the content`);
        else if (titles[lang] !== undefined) {
          if (title !== titles[lang]) fail(`[practice] widget ${i}, "${id}" in "${lang}": shows "${title}", the content says "${titles[lang]}"`);
          else own++;
        } else if (!Object.values(titles).includes(title)) fail(`[practice] widget ${i}, "${id}" in "${lang}": "${title}" is none of its titles`);
        else fallbacks++;
      }
      inLanguage += own;
      perLanguage += own;
    });
    if (perLanguage === 0) fail(`[practice] no widget shows a practice's own "${lang}" title`);
  }
  for (const e of errors) fail(`[practice] page error: ${e}`);
  console.log(
    `demo check [practice]: ${widgets} practice widgets in en, nl, fi and sv: ${inLanguage} titles in the asked language, ${fallbacks} from another language where the content has none, ${errors.length} page errors`,
  );
  await page.close();
}

process.exit(failures ? 1 : 0);
