/**
 * The receiver contract's handler (src/receiver/contract.ts) as koa
 * middleware, for the test runner's fake receiver (test/server/test-api.mjs).
 * The real receiver is src/receiver/ (Fastify); `npm start` runs it.
 */
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

/** @param {{ handle: Function, pack: () => Promise<unknown>, store: (ctx: unknown) => object, path?: string }} options */
export function koaSignupReceiver({ handle, pack, store, path = '/api/signups' }) {
  return async (ctx, next) => {
    if (ctx.path !== path) return next();
    const body = await readBody(ctx.req, LIMIT);
    const answer = await handle({ method: ctx.method, headers: ctx.headers, body }, { pack, store: store(ctx) });
    ctx.status = answer.status;
    for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(answer.body);
  };
}
