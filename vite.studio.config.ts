import { defineConfig } from 'vite';

/**
 * The studio as a static page a city can host (e.g. on its intranet):
 * dist/studio/studio.html and its preview frame, with relative addresses, so
 * the folder works wherever it is put. It needs no server of its own.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist/studio',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    rolldownOptions: {
      input: {
        studio: 'studio.html',
        preview: 'src/studio/preview.html',
      },
    },
  },
});
