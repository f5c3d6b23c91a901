/**
 * A small HTTP endpoint for tests, so that widgets load content over real
 * requests: `/test-api/content?...` answers with a chosen body, status, type
 * and delay, and counts requests per `key`.
 *
 *   body=<json name in test/fixtures>   the file to serve (default "pack")
 *   raw=<text>                         serve this text instead
 *   status=<code>  delay=<ms>  bytes=<n> (pad the document to n bytes)
 *   key=<k>                            counted; GET /test-api/count?key=k answers the count
 */
import { readFile } from 'node:fs/promises';

const counts = new Map();

export function testApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/')) return next();
    const q = ctx.query;
    if (ctx.path === '/test-api/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(q.key) ?? 0 });
      return;
    }
    if (q.key) counts.set(q.key, (counts.get(q.key) ?? 0) + 1);
    if (q.delay) await new Promise((resolve) => setTimeout(resolve, Number(q.delay)));
    let body =
      q.raw ?? (await readFile(new URL(`../fixtures/${String(q.body ?? 'pack').replace(/[^a-z0-9-]/g, '')}.json`, import.meta.url), 'utf8'));
    if (q.bytes) body = body.replace(/\}\s*$/, `,"padding":"${'x'.repeat(Math.max(0, Number(q.bytes) - body.length))}"}`);
    ctx.status = Number(q.status ?? 200);
    ctx.type = q.type ?? 'application/json';
    ctx.body = body;
  };
}
