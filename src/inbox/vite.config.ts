import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The inbox page, prebuilt into dist/inbox/ for the receiver to serve at /inbox/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/inbox/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/inbox', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
  },
});
