/**
 * A small HTTP endpoint for tests, so that widgets load content over real
 * requests: `/test-api/content?...` answers with a chosen body, status, type
 * and delay, and counts requests per `key`.
 *
 *   body=<json name in test/fixtures>   the file to serve (default "pack")
 *   raw=<text>                         serve this text instead
 *   status=<code>  delay=<ms>  bytes=<n> (pad the document to n bytes)
 *   fail=<n>                           the first n requests with this key answer 503
 *   chunked=1                          send the body without Content-Length
 *   hold=<ms>                          send the headers (with Content-Length) and one
 *                                      byte at once, the rest of the body after <ms>
 *   key=<k>                            counted; GET /test-api/count?key=k answers the count
 */
import { readFile } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { soakReceiver } from '../../scripts/bench/soak-receiver.mjs';

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
    if (q.fail && q.key && counts.get(q.key) <= Number(q.fail)) {
      ctx.status = 503;
      ctx.body = 'try again later';
      return;
    }
    ctx.status = Number(q.status ?? 200);
    ctx.type = q.type ?? 'application/json';
    const bytes = Buffer.from(body);
    if (q.chunked) {
      ctx.body = Readable.from([bytes]);
    } else if (q.hold) {
      const stream = new PassThrough();
      ctx.body = stream;
      ctx.length = bytes.length;
      stream.write(bytes.subarray(0, 1));
      const timer = setTimeout(() => stream.end(bytes.subarray(1)), Number(q.hold));
      ctx.res.on('close', () => {
        clearTimeout(timer);
        stream.destroy();
      });
    } else {
      ctx.body = body;
    }
  };
}

/**
 * The sign-up receiver for tests: the same handler as `npm start` (koa adapter
 * in scripts/signup-receiver.mjs), validating against test/fixtures/signup.json,
 * storing in memory per `bucket` (a query parameter of the receiver URL), with
 * faults on demand:
 *
 *   POST /api/signups?bucket=b                the receiver
 *   GET  /test-api/signups/count?bucket=b     { records, requests, submissions, keys, requestKeys }
 *                                             (keys: of stored sign-ups; requestKeys: the
 *                                             Idempotency-Key of every request, answered or not)
 *   GET  /test-api/signups/fault?bucket=b&fail=500&times=1   answer 500 to the next request(s)
 *        &body=<text>   … with this body instead ("$KEY" becomes the request's Idempotency-Key)
 *        &type=<mime>   … with this Content-Type (default application/json)
 *        &retryAfter=<v>  … with this Retry-After header
 *        &location=<url>  … with this Location header (a redirect)
 *        &commit=1      … after the real receiver stored it (a lost answer)
 *   GET  /test-api/signups/fault?bucket=b&down=1             drop connections until down=0
 *   GET  /test-api/signups/fault?bucket=b&delay=800          answer slowly
 *   GET  /test-api/signups/fault?bucket=b&availability=<json> what GET /api/signups/availability answers
 *   GET  /api/signups/availability?bucket=b&trajectory=t     that answer (404 when none is set)
 *   /soak-api/…                                              the soak test's chaos receiver (scripts/bench/soak-receiver.mjs)
 *
 * The count also lists `bodies`: every request body as sent, parsed.
 */
export function testSignups({ handle, memoryStore, koaSignupReceiver, parsePack }) {
  const buckets = new Map();
  const bucketOf = (name = 'default') => {
    if (!buckets.has(name)) buckets.set(name, { records: [], requests: 0, requestKeys: [], bodies: [], fail: [], down: false, delay: 0, availability: undefined });
    return buckets.get(name);
  };
  const pack = async () =>
    parsePack(JSON.parse(await readFile(new URL('../fixtures/signup.json', import.meta.url), 'utf8')));
  const receiver = koaSignupReceiver({
    handle,
    pack,
    store: (ctx) => {
      const bucket = bucketOf(ctx.query.bucket);
      return (bucket.store ??= memoryStore(bucket.records));
    },
  });
  const soak = soakReceiver();
  return async (ctx, next) => {
    if (ctx.path.startsWith('/soak-api/')) {
      ctx.respond = false;
      return soak(ctx.req, ctx.res);
    }
    if (ctx.path === '/api/signups/availability') {
      const bucket = bucketOf(ctx.query.bucket);
      ctx.type = 'application/json';
      if (!bucket.availability) {
        ctx.status = 404;
        ctx.body = '{"error":"no availability"}';
        return;
      }
      ctx.set('Cache-Control', 'public, max-age=5');
      ctx.body = bucket.availability;
      return;
    }
    if (ctx.path === '/test-api/signups/count') {
      const bucket = bucketOf(ctx.query.bucket);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ records: bucket.records.length, requests: bucket.requests, submissions: bucket.records.map((r) => r.submission), keys: bucket.records.map((r) => r.key), requestKeys: bucket.requestKeys, bodies: bucket.bodies });
      return;
    }
    if (ctx.path === '/test-api/signups/fault') {
      const bucket = bucketOf(ctx.query.bucket);
      if (ctx.query.fail) {
        const { body, type, retryAfter, location, commit } = ctx.query;
        const fault = { status: Number(ctx.query.fail), body, type, retryAfter, location, commit: commit === '1' };
        bucket.fail.push(...Array(Number(ctx.query.times ?? 1)).fill(fault));
      }
      if (ctx.query.availability !== undefined) bucket.availability = ctx.query.availability || undefined;
      if (ctx.query.down !== undefined) bucket.down = ctx.query.down === '1';
      if (ctx.query.delay !== undefined) bucket.delay = Number(ctx.query.delay);
      ctx.body = 'ok';
      return;
    }
    if (ctx.path !== '/api/signups') return next();
    const bucket = bucketOf(ctx.query.bucket);
    bucket.requests++;
    const key = ctx.get('idempotency-key');
    bucket.requestKeys.push(key);
    if (bucket.down) {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    if (bucket.delay) await new Promise((resolve) => setTimeout(resolve, bucket.delay));
    const failure = bucket.fail.shift();
    if (failure?.commit) {
      // The receiver stores it, but the answer never arrives.
      const raw = await readRaw(ctx.req);
      bucket.bodies.push(parse(raw));
      ctx.req.socket.destroy();
      ctx.respond = false;
      await receiver(inner(ctx, raw, {}), next).catch(() => undefined);
      return;
    }
    if (failure) {
      await readRaw(ctx.req).then((raw) => bucket.bodies.push(parse(raw)));
      ctx.status = failure.status;
      ctx.type = failure.type ?? 'application/json';
      if (failure.retryAfter) ctx.set('Retry-After', failure.retryAfter);
      if (failure.location) ctx.set('Location', failure.location);
      ctx.body = (failure.body ?? '{"error":"test failure"}').replaceAll('$KEY', key);
      return;
    }
    const raw = await readRaw(ctx.req);
    bucket.bodies.push(parse(raw));
    return receiver(inner(ctx, raw, ctx), next);
  };
}

function readRaw(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What the receiver middleware reads of a koa context, with the body already read here; answers go to `sink`. */
function inner(ctx, raw, sink) {
  return {
    path: ctx.path,
    method: ctx.method,
    headers: ctx.headers,
    query: ctx.query,
    req: Readable.from([Buffer.from(raw)]),
    set status(value) {
      sink.status = value;
    },
    set type(value) {
      sink.type = value;
    },
    set body(value) {
      sink.body = value;
    },
  };
}
