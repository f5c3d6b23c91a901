#!/usr/bin/env node
// Benchmarks in headless Chromium on the production build of Lit (not dev
// mode). Prints `bench: NAME VALUE UNIT` lines; exits non-zero over a budget.
import { createServer } from 'vite';
import { launchChromium } from './chromium.mjs';
import { soakReceiver } from './bench/soak-receiver.mjs';
import { spawnSync } from 'node:child_process';

const BUDGETS = {
  'testimonials-first-render-50-p95': 50, // ms: first render after content arrives
  'validate-1mb-pack-p95': 100, // ms
  'explorer-filter-5000-p95': 16, // ms: one keystroke in the search, 5,000 options filtered, ranked and rendered
  'explorer-first-render-5000-p95': 200, // ms: 5,000 options validated and the matrix rendered
  'delivery-soak-lost': 0, // sign-ups: of 200, through a hostile network, reloads and closed tabs
  'delivery-soak-duplicated': 0, // sign-ups stored twice
};

/** The soak test's chaos receiver on the bench's dev server. */
const soak = soakReceiver();
const soakPlugin = {
  name: 'ontrack-soak-receiver',
  configureServer: (dev) => void dev.middlewares.use((req, res, next) => (req.url?.startsWith('/soak-api/') ? soak(req, res) : next())),
};

const server = await createServer({
  mode: 'production',
  resolve: { conditions: ['browser', 'production'] },
  server: { port: 0, host: '127.0.0.1' },
  plugins: [soakPlugin],
  logLevel: 'error',
});
await server.listen();
const browser = await launchChromium();
let over = 0;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(String(error)));
  await page.goto(new URL('scripts/bench/bench.html', server.resolvedUrls.local[0]).href);
  await page.waitForFunction(() => typeof window.runBenchmarks === 'function', { timeout: 30000 });
  const results = await page.evaluate(() => window.runBenchmarks());
  // The delivery soak, with a new seed each run (printed, so a failure can be run again).
  const seed = Math.floor(Math.random() * 2 ** 31);
  console.log(`bench: delivery-soak seed ${seed}`);
  const soakPage = await browser.newPage();
  soakPage.on('pageerror', (error) => console.error(String(error)));
  await soakPage.goto(new URL('scripts/bench/soak.html', server.resolvedUrls.local[0]).href);
  await soakPage.waitForFunction(() => typeof window.runSoak === 'function', { timeout: 30000 });
  const soaked = await soakPage.evaluate((s) => window.runSoak({ seed: s, signups: 200, tabs: 3, timeout: 90_000 }), seed);
  results.push({ name: 'delivery-soak-lost', value: soaked.lost, unit: 'count' }, { name: 'delivery-soak-duplicated', value: soaked.duplicated, unit: 'count' });
  for (const { name, value, unit } of results) {
    const budget = BUDGETS[name];
    const verdict = budget === undefined ? '' : value <= budget ? `  (budget ${budget} ${unit})` : `  OVER BUDGET ${budget} ${unit}`;
    if (budget !== undefined && value > budget) over++;
    console.log(`bench: ${name} ${unit === 'count' ? value : value.toFixed(2)} ${unit}${verdict}`);
  }
} finally {
  await browser.close();
  await server.close();
}
// The receiver: sign-ups per second and p95 over HTTP, per store (scripts/bench/receiver.ts).
const receiverBench = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/receiver.ts'], { stdio: 'inherit' });
if (receiverBench.status !== 0) over++;
process.exit(over ? 1 : 0);
