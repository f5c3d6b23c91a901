#!/usr/bin/env node
// After `vite build`: `dist/server.js`, the DOM-free `ontrack/server` entry
// for Node (schemas, content checks, validateSubmission, the receiver
// handler), from the same TypeScript the widgets are built from. Its
// dependencies (zod) stay imports, resolved from the installed package.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
await build({
  entryPoints: [join(root, 'src/server.ts')],
  outfile: join(root, 'dist/server.js'),
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
  banner: { js: '// Ontrack for servers, bundled from src/server.ts: do not edit.' },
});
console.log('build: dist/server.js');
