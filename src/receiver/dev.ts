/**
 * The receiver inside the demo's Vite server (`npm start`, `vite preview`,
 * the demo checks): the real Fastify app with an embedded PGlite database in
 * data/receiver (ONTRACK_RECEIVER_DATA names another folder), reached without
 * a socket of its own. `/api/signups…` and `/inbox/api/…` go to it; `/inbox/`
 * is the inbox's source page, served by Vite.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseConfig } from './config.js';
import { hashPassword } from './auth.js';
import { createReceiver, type Receiver } from './app.js';
import { consoleLog } from './log.js';

/** The demo's coordinator: printed in the console, sees every trajectory of the demo content. */
export const DEMO_ACCOUNT = { name: 'demo', password: 'ontrack-demo-inbox' };

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
type Server = { middlewares: { use(fn: Middleware): void } };

export function devReceiver({ content = 'public/content.json', data = process.env.ONTRACK_RECEIVER_DATA || 'data/receiver', quiet = false } = {}) {
  let started: Promise<Receiver> | undefined;
  const start = () =>
    (started ??= (async () => {
      const { readFile } = await import('node:fs/promises');
      const pack = JSON.parse(await readFile(content, 'utf8')) as { trajectories?: { id: string }[] };
      const config = parseConfig({
        content,
        database: data,
        publicUrl: 'http://localhost:5173',
        accounts: [
          {
            name: DEMO_ACCOUNT.name,
            passwordHash: await hashPassword(DEMO_ACCOUNT.password, { N: 2 ** 14 }),
            scope: (pack.trajectories ?? []).map((t) => ({ trajectory: t.id })),
          },
        ],
      });
      const receiver = await createReceiver(config, { log: quiet ? { ...consoleLog, info() {} } : consoleLog, inboxDir: false });
      await receiver.startPurging();
      await receiver.app.ready();
      return receiver;
    })());

  const middleware: Middleware = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/inbox' || path === '/inbox/') {
      req.url = '/src/inbox/index.html';
      return next();
    }
    // The page's own files (./main.ts), from the source folder.
    if (path.startsWith('/inbox/') && !path.startsWith('/inbox/api/')) {
      req.url = `/src${req.url}`;
      return next();
    }
    if (!path.startsWith('/api/signups') && !path.startsWith('/inbox/api/')) return next();
    start().then((receiver) => receiver.app.routing(req, res), next);
  };

  const announce = () => {
    if (quiet) return;
    consoleLog.info(`demo inbox at /inbox/ — sign in as "${DEMO_ACCOUNT.name}" with the password "${DEMO_ACCOUNT.password}"`);
  };
  return {
    name: 'ontrack-signup-receiver',
    configureServer(server: Server & { httpServer?: { once(event: string, fn: () => void): void } | null }) {
      server.middlewares.use(middleware);
      server.httpServer?.once('listening', announce);
    },
    configurePreviewServer(server: Server) {
      server.middlewares.use(middleware);
      announce();
    },
    /** Vite calls this when its server closes: the database is closed before anyone removes its folder. */
    async closeBundle() {
      if (started) await (await started).close();
      started = undefined;
    },
  };
}
