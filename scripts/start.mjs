#!/usr/bin/env node
// `npm start`: the demo page (Vite) with the Ontrack receiver and its
// embedded database (data/receiver) in the same process. A sign-up sent on
// the demo page shows up in the demo inbox at /inbox/.
// `npm start -- --port 5391 --strictPort --host` passes those to the dev server.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: { port: { type: 'string' }, strictPort: { type: 'boolean' }, host: { type: 'string' } },
  allowPositionals: true,
});
const server = await createServer({
  server: {
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.strictPort ? { strictPort: true } : {}),
    ...(values.host !== undefined ? { host: values.host || true } : {}),
  },
});
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
// Opens the database now, so the first sign-up does not wait for it.
const base = server.resolvedUrls?.local[0];
if (base) await fetch(new URL('/api/signups/availability?trajectory=-', base)).catch(() => undefined);
