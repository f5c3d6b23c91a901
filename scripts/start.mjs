#!/usr/bin/env node
// `npm start`: the demo page (Vite) with the Ontrack receiver and its
// embedded database (data/receiver) in the same process. A sign-up sent on
// the demo page shows up in the demo inbox at /inbox/.
import { createServer } from 'vite';

const server = await createServer();
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
// Opens the database now, so the first sign-up does not wait for it.
const base = server.resolvedUrls?.local[0];
if (base) await fetch(new URL('/api/signups/availability?trajectory=-', base)).catch(() => undefined);
