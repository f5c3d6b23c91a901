/**
 * The coordinator's inbox: its page (built Lit app) and its JSON API under
 * /inbox/api. Sessions are HttpOnly, Secure, SameSite=Strict cookies; every
 * state-changing request needs the session's CSRF token in `X-CSRF-Token`
 * (login: a same-origin JSON request). Each query runs in the account's scope.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import staticFiles from '@fastify/static';
import type { ContentPack } from '../content/schema.js';
import type { Account, ReceiverConfig } from './config.js';
import type { Database } from './db.js';
import { safeEqual, type Auth } from './auth.js';
import { hit } from './limits.js';
import { STATUSES, type SignupStatus, type SqlStore, type InboxSignup } from './sql-store.js';
import { toCsv } from './csv.js';

const COOKIE = 'ontrack_inbox';

interface Options {
  config: ReceiverConfig;
  db: Database;
  sql: SqlStore;
  pack: () => Promise<ContentPack>;
  logins: Auth;
  now: () => number;
  inboxDir: string | false;
}

const json = (reply: FastifyReply, status: number, body: unknown) => reply.code(status).type('application/json').send(JSON.stringify(body));

function parseBody(request: FastifyRequest): Record<string, unknown> {
  try {
    const data = JSON.parse(typeof request.body === 'string' ? request.body : '{}');
    return data && typeof data === 'object' ? data : {};
  } catch {
    return {};
  }
}

/** A request a page of another site made: its Origin differs from our host. */
function crossSite(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

const ACTIONS = ['contacted', 'promote', 'accept', 'cancel'] as const;

export async function inboxRoutes(app: FastifyInstance, { config, sql, db, pack, logins, now, inboxDir }: Options) {
  await app.register(cookie);
  const cookieOptions = { httpOnly: true, secure: config.cookieSecure, sameSite: 'strict' as const, path: '/inbox' };

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cache-control', 'no-store');
    reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    return payload;
  });

  type Signed = { account: Account; csrf: string };
  const signedIn = async (request: FastifyRequest) => logins.session(request.cookies[COOKIE]);

  /** Every API call: signed in; state changes also with the CSRF token. */
  const guard = async (request: FastifyRequest, reply: FastifyReply): Promise<Signed | undefined> => {
    const session = await signedIn(request);
    if (!session) return void json(reply, 401, { error: 'sign-in' });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = request.headers['x-csrf-token'];
      if (crossSite(request) || typeof token !== 'string' || !safeEqual(token, session.csrf)) return void json(reply, 403, { error: 'csrf' });
    }
    return session;
  };

  const placesOf = async (trajectory: string, session: string) => {
    const s = (await pack()).trajectories.find((t) => t.id === trajectory)?.sessions.find((x) => x.id === session);
    return s?.capacity === undefined ? undefined : Math.max(0, s.capacity - s.taken);
  };

  app.post('/api/login', async (request, reply) => {
    if (crossSite(request)) return json(reply, 403, { error: 'csrf' });
    const wait = await hit(db, `login-ip:${request.ip}`, config.rateLimits.loginPerIp, now());
    if (wait) return reply.code(429).header('retry-after', String(wait)).type('application/json').send('{"error":"too-many-requests"}');
    const { name, password } = parseBody(request);
    if (typeof name !== 'string' || typeof password !== 'string' || password.length > 1024) return json(reply, 400, { error: 'name-and-password' });
    const result = await logins.login(name, password);
    if (!result.ok && result.reason === 'locked') {
      return reply.code(429).header('retry-after', String(result.retryAfter)).type('application/json').send(JSON.stringify({ error: 'locked', retryAfter: result.retryAfter }));
    }
    if (!result.ok) return json(reply, 401, { error: 'wrong' });
    reply.setCookie(COOKIE, result.token, { ...cookieOptions, maxAge: 8 * 3600 });
    return json(reply, 200, { name: result.account.name, csrf: result.csrf });
  });

  app.post('/api/logout', async (request, reply) => {
    if (!(await guard(request, reply))) return reply;
    await logins.logout(request.cookies[COOKIE]);
    reply.clearCookie(COOKIE, cookieOptions);
    return json(reply, 200, { ok: true });
  });

  app.get('/api/me', async (request, reply) => {
    const session = await guard(request, reply);
    if (!session) return reply;
    const content = await pack();
    const trajectories = content.trajectories
      .filter((t) => session.account.scope.some((s) => s.trajectory === t.id))
      .map((t) => ({
        id: t.id,
        title: t.title,
        sessions: t.sessions.map((s) => ({ id: s.id, start: s.start, capacity: s.capacity })),
        municipalities: session.account.scope.filter((s) => s.trajectory === t.id && s.municipality).map((s) => s.municipality),
        fields: t.fields.map((f) => ({ name: f.name, label: f.label, type: f.type })),
      }));
    return json(reply, 200, { name: session.account.name, csrf: session.csrf, trajectories });
  });

  app.get('/api/signups', async (request, reply) => {
    const session = await guard(request, reply);
    if (!session) return reply;
    const q = request.query as Record<string, string | undefined>;
    const status = STATUSES.includes(q.status as SignupStatus) ? (q.status as SignupStatus) : undefined;
    return json(reply, 200, { signups: await sql.inbox.list(session.account.scope, { trajectory: q.trajectory, session: q.session, status }) });
  });

  app.get('/api/signups/:id', async (request, reply) => {
    const session = await guard(request, reply);
    if (!session) return reply;
    const found = await sql.inbox.get(session.account.scope, (request.params as { id: string }).id);
    return found ? json(reply, 200, found) : json(reply, 404, { error: 'not-found' });
  });

  app.post('/api/signups/:id/:action', async (request, reply) => {
    const session = await guard(request, reply);
    if (!session) return reply;
    const { id, action } = request.params as { id: string; action: (typeof ACTIONS)[number] };
    if (!ACTIONS.includes(action)) return json(reply, 404, { error: 'not-found' });
    const result = await sql.inbox.change(session.account.scope, id, action, placesOf);
    if (!result.ok) return json(reply, result.reason === 'not-found' ? 404 : 409, { error: result.reason });
    return json(reply, 200, await sql.inbox.get(session.account.scope, id));
  });

  app.delete('/api/signups/:id', async (request, reply) => {
    const session = await guard(request, reply);
    if (!session) return reply;
    const erased = await sql.inbox.erase(session.account.scope, (request.params as { id: string }).id);
    return erased ? json(reply, 200, { erased: true }) : json(reply, 404, { error: 'not-found' });
  });

  app.get('/api/export.csv', async (request, reply) => {
    const session = await guard(request, reply);
    if (!session) return reply;
    const trajectoryId = String((request.query as Record<string, unknown>).trajectory ?? '');
    const trajectory = (await pack()).trajectories.find((t) => t.id === trajectoryId);
    if (!trajectory || !session.account.scope.some((s) => s.trajectory === trajectoryId)) return json(reply, 404, { error: 'not-found' });
    const rows = await sql.inbox.list(session.account.scope, { trajectory: trajectoryId });
    const fields = trajectory.fields.map((f) => f.name);
    const csv = toCsv(
      ['received', 'status', 'waiting list position', 'session', 'municipality', 'language', ...fields, 'guardian name', 'guardian contact'],
      rows.map((r: InboxSignup) => [
        r.receivedAt, r.status, r.position ?? '', r.session ?? '', r.municipality ?? '', r.submission.language ?? '',
        ...fields.map((f) => r.submission.answers[f]), r.submission.guardian?.name ?? '', r.submission.guardian?.contact ?? '',
      ]),
    );
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${trajectoryId}-signups.csv"`)
      .send(csv);
  });

  if (inboxDir) {
    await app.register(staticFiles, { root: inboxDir, prefix: '/', index: ['index.html'], wildcard: true });
  }
}
