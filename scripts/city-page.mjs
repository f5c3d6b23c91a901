// A plain city page, as a city would paste Ontrack into its site: one script
// tag (the self-contained CDN build), every widget, a strict Content Security
// Policy, an <h1> and then the widgets. Served compressed, with caching
// headers, like any web server or CDN would. Used by `npm run lighthouse`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/** The widgets on the page, each of which must be ready once the page has loaded. */
export const WIDGETS = [
  'ontrack-language-picker',
  'ontrack-testimonials',
  'ontrack-signup',
  'ontrack-practice',
  'ontrack-practice-library',
  'ontrack-study-explorer',
];

export const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Help to stay in school in our city: stories, sign-up and study choices.">
  <title>Stay in school – City of Ghent</title>
  <script type="module" src="/dist/cdn/ontrack.js"></script>
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
const COMPRESSIBLE = /html|javascript|json|css|svg|vtt/;

/** Sends `body`, gzipped when the client accepts it and the type is text. */
function send(request, response, type, body, headers = {}) {
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response
    .writeHead(200, { 'Content-Type': type, Vary: 'Accept-Encoding', ...headers, ...(gzip && { 'Content-Encoding': 'gzip' }) })
    .end(gzip ? gzipSync(body) : body);
}

/** Starts the page's server on a free port of 127.0.0.1; resolves with its address and a way to stop it. */
export async function serveCityPage({ page = PAGE } = {}) {
  if (!existsSync(join(root, 'dist/cdn/ontrack.js'))) {
    throw new Error('dist/cdn/ontrack.js is missing: run "npm run build" first.');
  }
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') return send(request, response, 'text/html; charset=utf-8', page, { 'Content-Security-Policy': CSP });
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const file = path === '/content.json' ? join(root, 'public/content.json')
      : path.startsWith('/dist/') ? join(root, safe)
      : join(root, 'public', safe);
    try {
      const body = await readFile(file);
      send(request, response, TYPES[extname(file)] ?? 'application/octet-stream', body, { 'Cache-Control': 'max-age=3600' });
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}
