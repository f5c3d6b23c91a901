#!/usr/bin/env node
// Checks content packs for a content editor, in plain language with the path
// of each problem:   npx ontrack-validate content.json [more.json …]
// Exits 1 when a file has errors (widgets would show an error), else 0.
import { readFile } from 'node:fs/promises';
import { loadValidator } from './validator-bundle.mjs';

const files = process.argv.slice(2);
if (files.length === 0 || files.includes('--help')) {
  console.log('Usage: ontrack-validate <content.json> [more files]\nChecks Ontrack content packs and explains every problem with the place it is in.');
  process.exit(files.length === 0 ? 2 : 0);
}

const { checkContentText } = await loadValidator();
let failed = false;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.log(`✗ ${file}: cannot be read (${error.code ?? error.message})`);
    failed = true;
    continue;
  }
  const { errors, notes, summary } = checkContentText(text);
  if (errors.length) {
    failed = true;
    console.log(`✗ ${file}: ${errors.length} problem(s) to fix before the widgets can show it:`);
    for (const line of errors) console.log(`  - ${line}`);
  } else {
    console.log(`✓ ${file} is valid: ${summary}`);
  }
  for (const line of notes) console.log(`  note: ${line}`);
}
process.exit(failed ? 1 : 0);
