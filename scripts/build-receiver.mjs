#!/usr/bin/env node
// After `vite build`: the receiver (dist/receiver.js, the `ontrack-receiver`
// command) bundled for plain Node with its npm dependencies left as imports,
// and the coordinator's inbox page prebuilt into dist/inbox/.
// (dist/server.js, the `ontrack/server` entry, is scripts/build-server.mjs.)
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning', absWorkingDir: root };
await esbuild({ ...common, entryPoints: ['src/receiver/bin.ts'], outfile: 'dist/receiver.js' });
await vite({ configFile: resolve(root, 'src/inbox/vite.config.ts') });
console.log('build: dist/receiver.js, dist/inbox/');
