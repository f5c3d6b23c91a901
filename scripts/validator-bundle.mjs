// Bundles the content checks (the same TypeScript schemas the widgets use)
// into one Node module, so that the command line and the JSON Schema come
// from exactly the code that runs in browsers.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

const entry = `
export { checkContentText, checkContent } from './src/content/check.ts';
export { contentPack } from './src/content/schema.ts';
export { toJSONSchema } from 'zod/mini';
`;

/** @param {string | undefined} outfile where to write; without it, the code is returned */
export async function bundleValidator(outfile) {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'validator-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    write: Boolean(outfile),
    outfile,
    logLevel: 'error',
    banner: { js: '// Ontrack content checks, bundled from src/content: do not edit.' },
  });
  return outfile ?? result.outputFiles[0].text;
}

/** The validator module: the built one in dist/, else bundled now from the sources. */
export async function loadValidator() {
  try {
    return await import(join(root, 'dist', 'ontrack-validate.mjs'));
  } catch {
    const code = await bundleValidator();
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  }
}
