// Serving built files to Chromium and waiting for Ontrack widgets there, for
// the checks of the packed package and of the example apps.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

/**
 * Serves `folder` on 127.0.0.1 (index.html for `/`), plus the demo content at
 * /content.json and /demo/*. `pages` maps extra paths to HTML text.
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serve(folder, pages = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (pages[path]) return response.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[path]);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const file =
      path === '/content.json'
        ? join(root, 'public/content.json')
        : path.startsWith('/demo/')
          ? join(root, 'public', safe)
          : join(folder, safe === '/' ? 'index.html' : safe);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Page errors and console errors of a tab, collected from now on. */
export function collectErrors(tab) {
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

/** Waits until `count` elements whose names start with `prefix` are all `state="ready"`; returns their states. */
export async function widgetsReady(tab, count, prefix = 'ontrack-', timeout = 15000) {
  const states = () =>
    tab.evaluate(
      (prefix) => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith(prefix)).map((el) => `${el.localName}=${el.getAttribute('state')}`),
      prefix,
    );
  const ok = await tab
    .waitForFunction(
      (count, prefix) => {
        const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith(prefix));
        return all.length === count && all.every((el) => el.getAttribute('state') === 'ready');
      },
      { timeout },
      count,
      prefix,
    )
    .then(
      () => true,
      () => false,
    );
  return { ok, states: await states() };
}
