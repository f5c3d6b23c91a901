#!/usr/bin/env node
// After `vite build`: the content checks for the command line
// (dist/ontrack-validate.mjs) and the JSON Schema for editors
// (dist/content.schema.json), both from the widgets' own zod schemas.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bundleValidator } from './validator-bundle.mjs';

const dist = resolve(import.meta.dirname, '..', 'dist');
const file = await bundleValidator(join(dist, 'ontrack-validate.mjs'));
const { contentPack, toJSONSchema } = await import(file);
const schema = {
  ...toJSONSchema(contentPack, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://ontrack.example/content.schema.json',
  title: 'Ontrack content pack',
  description:
    'One JSON document a city hosts for its Ontrack widgets. Checks that JSON Schema cannot express (such as "a video needs captions or a transcript") are made by `npx ontrack-validate`.',
};
await writeFile(join(dist, 'content.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
console.log('build: dist/ontrack-validate.mjs, dist/content.schema.json');
