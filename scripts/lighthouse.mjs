#!/usr/bin/env node
// Lighthouse on a plain city page (scripts/city-page.mjs: one script tag, every
// widget, a strict Content Security Policy, an <h1> and then the widgets), with
// Lighthouse's mobile settings and the system's Chromium. Runs Lighthouse three
// times (`--runs N` for another count) and judges the median: accessibility 100,
// performance at least 95, cumulative layout shift at most 0.02.
//
// Before scoring, the page is opened once on a slow phone (375 px, CPU four
// times slower, a slow network) to check that every widget becomes ready with
// no CSP violation or console error (a page whose widgets fail would score
// well), and to measure the layout shift there: Lighthouse measures layout
// shift on an unthrottled load, where content may arrive before the first
// paint and hide a jump a visitor on a phone would see.
//
// Run with `npm run lighthouse` (it builds first); add `--json report.json` to
// keep the last full report.
import { writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { serveCityPage, WIDGETS } from './city-page.mjs';

const LIMITS = { accessibility: 100, performance: 95, cls: 0.02 };

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Math.max(1, Number(option('--runs') ?? 3));

/** Opens the page on a slow phone: every widget ready, nothing refused, and the layout shift seen there. */
async function checkOnSlowPhone(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.setViewport({ width: 375, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.evaluateOnNewDocument(() => {
    const seen = (window.__cityPage = { shift: 0, shifts: [], refused: [] });
    const name = (node) => (node instanceof Element ? node.localName : node?.parentElement?.localName ?? '?');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        seen.shift += entry.value;
        const moved = entry.sources.map((s) => `${name(s.node)} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
        seen.shifts.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (event) => seen.refused.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'load' });
  const ready = await page
    .waitForFunction(
      (tags) => tags.every((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount && ['ready', null].includes(document.querySelector(tag).getAttribute('state'))),
      { timeout: 30_000, polling: 100 },
      WIDGETS,
    )
    .then(() => true, () => false);
  if (!ready) {
    const states = await page.evaluate((tags) => tags.map((tag) => `${tag}: ${document.querySelector(tag)?.getAttribute('state') ?? 'not rendered'}`), WIDGETS);
    problems.push(`not every widget became ready: ${states.join(', ')}`);
  }
  await new Promise((done) => setTimeout(done, 1000)); // late shifts (images, fonts)
  const seen = await page.evaluate(() => window.__cityPage);
  for (const refused of seen.refused) problems.push(`refused by the Content Security Policy: ${refused}`);
  await page.close();
  return { problems, cls: seen.shift, shifts: seen.shifts };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

let server;
let chrome;
const results = [];
let phone;
try {
  server = await serveCityPage();
  chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...chromiumArgs], logLevel: 'silent' });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  phone = await checkOnSlowPhone(browser, server.url);
  await browser.disconnect();
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'] });
    results.push(result);
  }
} finally {
  await chrome?.kill();
  await server?.close();
}

const figuresOf = ({ lhr }) => ({
  accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
  performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
  cls: lhr.audits['cumulative-layout-shift'].numericValue,
  fcp: lhr.audits['first-contentful-paint'].numericValue,
  lcp: lhr.audits['largest-contentful-paint'].numericValue,
  tbt: lhr.audits['total-blocking-time'].numericValue,
});
const all = results.map(figuresOf);
const line = (f) =>
  `accessibility ${f.accessibility}   performance ${f.performance}   CLS ${f.cls.toFixed(3)}   FCP ${(f.fcp / 1000).toFixed(1)} s   LCP ${(f.lcp / 1000).toFixed(1)} s   TBT ${Math.round(f.tbt)} ms`;
const { lhr } = results.at(-1);
console.log(`Lighthouse ${lhr.lighthouseVersion} (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}) on a plain city page, ${runs} run(s):`);
all.forEach((f, i) => console.log(`  run ${i + 1}: ${line(f)}`));
const mid = Object.fromEntries(Object.keys(all[0]).map((key) => [key, median(all.map((f) => f[key]))]));
console.log(`  median: ${line(mid)}`);
console.log(`  slow phone (375 px, CPU ×4, slow network), observed: CLS ${phone.cls.toFixed(3)}`);
for (const shift of phone.shifts) console.log(`    layout shift ${shift}`);

const jsonAt = option('--json');
if (jsonAt) await writeFile(jsonAt, results.at(-1).report);

const problems = [...phone.problems];
if (mid.accessibility < LIMITS.accessibility) problems.push(`accessibility ${mid.accessibility} < ${LIMITS.accessibility}`);
if (mid.performance < LIMITS.performance) problems.push(`performance ${mid.performance} < ${LIMITS.performance}`);
if (mid.cls > LIMITS.cls) problems.push(`CLS ${mid.cls.toFixed(3)} > ${LIMITS.cls}`);
if (phone.cls > LIMITS.cls) problems.push(`CLS on a slow phone ${phone.cls.toFixed(3)} > ${LIMITS.cls}`);
for (const { lhr: report } of results) {
  for (const ref of report.categories.accessibility.auditRefs) {
    const a = report.audits[ref.id];
    const problem = `accessibility audit "${ref.id}": ${a.title}`;
    if (a.score !== null && a.score < 1 && ref.weight > 0 && !problems.includes(problem)) problems.push(problem);
  }
}
for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
  console.log(`  layout shift ${item.score.toFixed(3)} at ${item.node?.selector ?? item.node?.snippet ?? '?'}`);
}
if (problems.length) {
  console.error(`lighthouse: ${problems.join('\n  ')}`);
  process.exit(1);
}
