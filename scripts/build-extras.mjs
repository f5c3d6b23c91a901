#!/usr/bin/env node
// After `vite build`: the content checks and the command line
// (dist/ontrack-validate.mjs, no dependencies) and the JSON Schema for editors
// (dist/content.schema.json), both from the widgets' own zod schemas.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bundleValidator } from './validator-bundle.mjs';

const dist = resolve(import.meta.dirname, '..', 'dist');
const file = await bundleValidator(join(dist, 'ontrack-validate.mjs'));
const { contentJsonSchema } = await import(file);
await writeFile(join(dist, 'content.schema.json'), `${JSON.stringify(contentJsonSchema(), null, 2)}\n`);
console.log('build: dist/ontrack-validate.mjs, dist/content.schema.json');
