import { defineConfig, type Plugin } from 'vite';

/**
 * The studio as a static page a city can host (e.g. on its intranet):
 * dist/studio/studio.html and its preview frame, with relative addresses, so
 * the folder works wherever it is put. It needs no server of its own.
 *
 * The package's `sideEffects` list names only shipped files (dist/), but the
 * studio is built from the sources, whose define modules register elements
 * and whose locale module configures localization when imported.
 */
const keepSourceSideEffects: Plugin = {
  name: 'ontrack-keep-source-side-effects',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && /[\\/]src[\\/].*([\\/]define|[\\/]core[\\/]locale)\.ts$/.test(resolved.id)) {
      return { ...resolved, moduleSideEffects: true };
    }
    return resolved;
  },
};

export default defineConfig({
  plugins: [keepSourceSideEffects],
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
