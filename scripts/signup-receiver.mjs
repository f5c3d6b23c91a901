/**
 * The development receiver for `<ontrack-signup>`, around the shared handler
 * in src/signup/receiver.ts (which validates with the same exported code as
 * the browser): a JSON-lines file store, a Vite plugin (`npm start` and
 * `vite preview`) and a koa middleware (the test runner).
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Appends each sign-up as one line of JSON; knows the keys already stored. */
export function fileStore(file) {
  let keys;
  const load = async () => {
    if (keys) return keys;
    keys = new Set();
    try {
      for (const line of (await readFile(file, 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          keys.add(JSON.parse(line).key);
        } catch {
          /* a broken line is skipped */
        }
      }
    } catch {
      /* no file yet */
    }
    return keys;
  };
  let writing = Promise.resolve();
  return {
    has: async (key) => (await load()).has(key),
    add: async (record) => {
      (await load()).add(record.key);
      writing = writing.then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, `${JSON.stringify(record)}\n`);
      });
      await writing;
    },
  };
}

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit + 1) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const LIMIT = 64 * 1024;

/**
 * A Vite plugin serving `POST <path>` on the dev and preview servers.
 * @param {{ handle: Function, pack: () => Promise<unknown>, store: object, path?: string }} options
 */
export function viteSignupReceiver({ handle, pack, store, path = '/api/signups' }) {
  const middleware = async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return next();
    try {
      const body = await readBody(req, LIMIT);
      const answer = await handle({ method: req.method ?? 'GET', headers: req.headers, body }, { pack, store });
      res.statusCode = answer.status;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(answer.body));
    } catch (error) {
      next(error);
    }
  };
  return {
    name: 'ontrack-signup-receiver',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

/** The same handler as koa middleware for @web/test-runner. */
export function koaSignupReceiver({ handle, pack, store, path = '/api/signups' }) {
  return async (ctx, next) => {
    if (ctx.path !== path) return next();
    const body = await readBody(ctx.req, LIMIT);
    const answer = await handle({ method: ctx.method, headers: ctx.headers, body }, { pack, store: store(ctx) });
    ctx.status = answer.status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(answer.body);
  };
}
