// Bundles the content checks (the same TypeScript schemas the widgets use)
// and the command line into one Node module with no imports at all
// (dist/ontrack-validate.mjs), so that `npx ontrack-validate` runs from the
// installed package without dev dependencies, and the JSON Schema comes from
// exactly the code that runs in browsers. Only the build needs esbuild.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const entry = `
import { runCli } from './src/content/cli.ts';
export { checkContentText, checkContent } from './src/content/check.ts';
export { contentPack } from './src/content/schema.ts';
export { contentJsonSchema } from './src/content/json-schema.ts';
export { runCli };
export const version = ${JSON.stringify(version)};

/** Runs the command when this file is started with node (not when imported). */
export async function main(argv = process.argv.slice(2)) {
  const { readFile } = await import('node:fs/promises');
  const code = await runCli(argv, { out: (line) => console.log(line), readFile: (f) => readFile(f, 'utf8'), fetch, version });
  process.exitCode = code;
  return code;
}
const { pathToFileURL } = await import('node:url');
const { realpathSync } = await import('node:fs');
const started = (() => { try { return pathToFileURL(realpathSync(process.argv[1] ?? '')).href; } catch { return ''; } })();
if (import.meta.url === started) await main();
`;

/** @param {string | undefined} outfile where to write; without it, the code is returned */
export async function bundleValidator(outfile) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'validator-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsonc-parser's "main" is a UMD build with dynamic requires; its ES module bundles cleanly.
    mainFields: ['module', 'main'],
    tsconfig: join(root, 'tsconfig.json'),
    write: Boolean(outfile),
    outfile,
    logLevel: 'error',
    banner: { js: '#!/usr/bin/env node\n// Ontrack content checks and the ontrack-validate command, bundled from src/content: do not edit.' },
  });
  return outfile ?? result.outputFiles[0].text;
}

/** The validator module: the built one in dist/, else (in a checkout without a build) bundled now. */
export async function loadValidator() {
  try {
    return await import(join(root, 'dist', 'ontrack-validate.mjs'));
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const code = await bundleValidator();
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  }
}
