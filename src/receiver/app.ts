/**
 * The Ontrack receiver as a Fastify app: the sign-up contract and
 * availability (with CORS for the city's pages), the coordinator's inbox and
 * its API, /healthz, rate limits and the retention purge. Nothing lives only
 * in this process: sign-ups, sessions, lock-outs and rate counters are in the
 * database, so several receivers can share one PostgreSQL.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import type { Transporter } from 'nodemailer';
import { contentPack, type ContentPack } from '../content/schema.js';
import { handleAvailability, handleSignup, type ReceiverResponse } from './contract.js';
import type { ReceiverConfig } from './config.js';
import { openDatabase, type Database } from './db.js';
import { migrate } from './migrations.js';
import { sqlStore } from './sql-store.js';
import { auth } from './auth.js';
import { hit, purgeCounters } from './limits.js';
import { createMailer, notifier } from './notify.js';
import { consoleLog, errorKind, type Log } from './log.js';
import { inboxRoutes } from './inbox-api.js';

export interface ReceiverOptions {
  log?: Log;
  /** A mail transport to use instead of the config's SMTP (tests). */
  mailer?: Transporter;
  now?: () => number;
  /** The built inbox (index.html and assets); false: the API only. */
  inboxDir?: string | false;
  /** An open database to use instead of the config's. */
  db?: Database;
}

/** The content pack from a file or an https address, re-read at most every 30 seconds. */
export function contentSource(source: string, now = () => Date.now()) {
  let cached: { at: number; pack: Promise<ContentPack> } | undefined;
  const load = async () => {
    const text = /^https?:\/\//.test(source)
      ? await fetch(source, { signal: AbortSignal.timeout(10_000) }).then((r) => {
          if (!r.ok) throw new Error(`the content pack answered ${r.status}`);
          return r.text();
        })
      : await readFile(source, 'utf8');
    return contentPack.parse(JSON.parse(text));
  };
  return () => {
    if (!cached || now() - cached.at > 30_000) {
      const pack = load();
      cached = { at: now(), pack };
      pack.catch(() => (cached = undefined));
    }
    return cached.pack;
  };
}

const send = (reply: FastifyReply, answer: ReceiverResponse) => {
  for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
  return reply.code(answer.status).type('application/json').send(JSON.stringify(answer.body));
};

export const tooMany = (reply: FastifyReply, seconds: number) =>
  reply.code(429).header('retry-after', String(seconds)).type('application/json').send(JSON.stringify({ error: 'too-many-requests' }));

export async function createReceiver(config: ReceiverConfig, options: ReceiverOptions = {}) {
  const log = options.log ?? consoleLog;
  const now = options.now ?? (() => Date.now());
  const db = options.db ?? (await openDatabase(process.env.DATABASE_URL || config.database, { schema: config.databaseSchema }));
  const migrations = await migrate(db);
  if (migrations) log.info(`database: ${migrations} migration(s) applied (${db.kind})`);
  const sql = sqlStore(db);
  const pack = contentSource(config.content, now);
  const logins = auth(db, config.accounts, config.rateLimits, now);
  const notify = notifier(config, options.mailer ?? (await createMailer(config)), log);
  const pending = new Set<Promise<unknown>>();

  const app: FastifyInstance = Fastify({
    logger: false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
  });
  // Bodies stay text: the contract counts bytes and answers its own 400 for broken JSON.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(/^application\/json(\s*;.*)?$/i, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) log.error(`request failed: ${errorKind(error)}`);
    if (status >= 500 && process.env.ONTRACK_DEBUG) console.error(error);
    const code = status === 413 ? 'too-large' : status === 415 ? 'json-only' : status === 400 ? 'bad-request' : status >= 500 ? 'server-error' : 'error';
    return reply.code(status).type('application/json').send(JSON.stringify({ error: code }));
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).type('application/json').send('{"error":"not-found"}'));

  app.get('/healthz', async (_request, reply) => {
    await db.query('SELECT 1');
    return reply.type('application/json').send('{"ok":true}');
  });

  const limits = config.rateLimits;
  await app.register(
    async (api) => {
      await api.register(cors, {
        origin: (origin, cb) => cb(null, !origin || config.allowedOrigins.includes(origin)),
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type', 'idempotency-key'],
        exposedHeaders: ['retry-after'],
        maxAge: 600,
      });
      api.post('/', async (request: FastifyRequest, reply) => {
        const wait = await hit(db, `ip:${request.ip}`, limits.perIp, now());
        if (wait) return tooMany(reply, wait);
        const body = typeof request.body === 'string' ? request.body : '';
        const trajectory = /"trajectory"\s*:\s*"([a-z0-9-]{1,100})"/.exec(body)?.[1];
        if (trajectory) {
          const full = await hit(db, `trajectory:${trajectory}`, limits.perTrajectory, now());
          if (full) return tooMany(reply, full);
        }
        const answer = await handleSignup(
          { method: request.method, headers: request.headers, body },
          {
            pack,
            store: sql.store,
            now,
            maxBodyBytes: config.bodyLimitBytes,
            onStored: (record, receipt) => {
              const task = pack()
                .then((p) => notify.send(record, receipt, p.trajectories.find((t) => t.id === record.submission.trajectory)))
                .catch((error) => log.warn(`notify: ${errorKind(error)}`))
                .finally(() => pending.delete(task));
              pending.add(task);
            },
          },
        );
        return send(reply, answer);
      });
      api.get('/availability', async (request, reply) => {
        const trajectory = String((request.query as Record<string, unknown>).trajectory ?? '');
        return send(reply, await handleAvailability(trajectory, { pack, store: sql.store }));
      });
    },
    { prefix: config.path },
  );

  app.get('/inbox', async (_request, reply) => reply.redirect('/inbox/', 302));
  await app.register(inboxRoutes, {
    prefix: '/inbox',
    config,
    db,
    sql,
    pack,
    logins,
    now,
    inboxDir: options.inboxDir === undefined ? defaultInboxDir() : options.inboxDir,
  });

  /** Deletes sign-ups past their retention; logs only the count. */
  async function purge() {
    const day = 86_400_000;
    let count = 0;
    const own = Object.entries(config.trajectories).filter(([, t]) => t.retentionDays !== undefined);
    for (const [id, t] of own) count += await sql.inbox.purge(id, new Date(now() - t.retentionDays! * day));
    count += await sql.inbox.purge(undefined, new Date(now() - config.retentionDays * day), own.map(([id]) => id));
    await logins.purgeExpired();
    await purgeCounters(db, now());
    log.info(`retention: ${count} sign-up(s) past their retention deleted`);
    return count;
  }

  let timer: NodeJS.Timeout | undefined;
  return {
    app,
    db,
    sql,
    purge,
    /** Purges now and then daily. */
    startPurging() {
      timer = setInterval(() => void purge().catch((e) => log.error(`retention: ${errorKind(e)}`)), 86_400_000);
      timer.unref();
      return purge();
    },
    /** Resolves when every notification started so far has been sent (or failed). */
    settled: async () => void (await Promise.all([...pending])),
    /** Finishes requests in flight and pending notifications, then closes the database. */
    async close() {
      clearInterval(timer);
      await app.close();
      await Promise.allSettled([...pending]);
      if (!options.db) await db.close();
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof createReceiver>>;

/** dist/inbox next to the bundled receiver (dist/receiver.js), if built. */
function defaultInboxDir(): string | false {
  const dir = new URL('./inbox/', import.meta.url).pathname;
  return existsSync(`${dir}index.html`) ? dir : false;
}
