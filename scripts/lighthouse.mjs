#!/usr/bin/env node
// Lighthouse on a plain city page: one script tag, every widget, a strict
// Content Security Policy, an <h1> and then the widgets, as a city would paste
// them. Fails unless accessibility is 100, performance at least 95 and the
// cumulative layout shift at most 0.02. Uses the built library (dist/) and the
// system's Chromium. Run with `npm run lighthouse` (it builds first); add
// `--json report.json` to keep the full report.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, executablePath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/ontrack.js'))) {
  console.error('lighthouse: dist/ontrack.js is missing: run "npm run build" first.');
  process.exit(1);
}

const LIMITS = { accessibility: 100, performance: 95, cls: 0.02 };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Help to stay in school in our city: stories, sign-up and study choices.">
  <title>Stay in school – City of Ghent</title>
  <script type="module" src="/dist/ontrack.js"></script>
</head>
<body>
  <main>
    <h1>Stay in school</h1>
    <p>Young people, parents and schools find help here to keep going at school.</p>
    <ontrack-language-picker></ontrack-language-picker>
    <ontrack-testimonials src="/content.json" limit="3"><a href="/stories">Read the stories</a></ontrack-testimonials>
    <ontrack-signup src="/content.json" trajectory="samen-maakt-school"><a href="mailto:info@example.org">Sign up by e-mail</a></ontrack-signup>
    <ontrack-practice src="/content.json" practice="antwerp-network"></ontrack-practice>
    <ontrack-practice-library src="/content.json"></ontrack-practice-library>
    <ontrack-study-explorer src="/content.json" system="flanders"></ontrack-study-explorer>
  </main>
</body>
</html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.vtt': 'text/vtt' };

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/') {
    return response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP }).end(PAGE);
  }
  if (path === '/favicon.ico') return response.writeHead(204).end();
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const file = path === '/content.json' ? join(root, 'public/content.json')
    : path.startsWith('/dist/') ? join(root, safe)
    : join(root, 'public', safe);
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed, as any web server or CDN a city uses would send scripts and JSON.
    const text = /javascript|json|css|svg|vtt/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=3600', ...(text && { 'Content-Encoding': 'gzip' }) };
    response.writeHead(200, headers).end(text ? gzipSync(body) : body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const chrome = await chromeLauncher.launch({
  chromePath: executablePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
  logLevel: 'silent',
});
let result;
try {
  result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'] });
} finally {
  await chrome.kill();
  server.close();
}

const { lhr } = result;
const score = (name) => Math.round((lhr.categories[name].score ?? 0) * 100);
const audit = (id) => lhr.audits[id];
const figures = {
  accessibility: score('accessibility'),
  performance: score('performance'),
  cls: audit('cumulative-layout-shift').numericValue,
  fcp: audit('first-contentful-paint').displayValue,
  lcp: audit('largest-contentful-paint').displayValue,
  tbt: audit('total-blocking-time').displayValue,
};
console.log(`Lighthouse ${lhr.lighthouseVersion} (${lhr.configSettings.formFactor}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}) on a plain city page:`);
console.log(`  accessibility ${figures.accessibility}   performance ${figures.performance}   CLS ${figures.cls.toFixed(3)}   FCP ${figures.fcp}   LCP ${figures.lcp}   TBT ${figures.tbt}`);

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0 && process.argv[jsonAt + 1]) await writeFile(process.argv[jsonAt + 1], result.report);

const problems = [];
if (figures.accessibility < LIMITS.accessibility) problems.push(`accessibility ${figures.accessibility} < ${LIMITS.accessibility}`);
if (figures.performance < LIMITS.performance) problems.push(`performance ${figures.performance} < ${LIMITS.performance}`);
if (figures.cls > LIMITS.cls) problems.push(`CLS ${figures.cls.toFixed(3)} > ${LIMITS.cls}`);
for (const ref of lhr.categories.accessibility.auditRefs) {
  const a = audit(ref.id);
  if (a.score !== null && a.score < 1 && ref.weight > 0) problems.push(`accessibility audit "${ref.id}": ${a.title}`);
}
for (const item of audit('layout-shifts')?.details?.items ?? []) {
  console.log(`  layout shift ${item.score.toFixed(3)} at ${item.node?.selector ?? item.node?.snippet ?? '?'}`);
}
if (problems.length) {
  console.error(`lighthouse: ${problems.join('\n  ')}`);
  process.exit(1);
}
