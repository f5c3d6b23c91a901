#!/usr/bin/env node
// The package's `ontrack-receiver` command (bundled to dist/receiver.js).
import { main } from './cli.js';

main().then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (error) => {
    console.error(`ontrack-receiver: could not start (${(error as Error)?.message ?? error})`);
    process.exit(1);
  },
);
