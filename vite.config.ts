import { defineConfig } from 'vite';
import { devReceiver } from './src/receiver/dev.js';

/**
 * One config for the demo page (`npm start`, served from index.html with the
 * default content in public/) and the npm build of the library (`npm run
 * build`, below; the CDN build is vite.cdn.config.ts).
 *
 * `npm start` and `npm run preview` also run the Ontrack receiver (src/receiver/)
 * with an embedded database in data/receiver (ignored by git;
 * `ONTRACK_RECEIVER_DATA` names another folder): the demo's sign-up forms send
 * to `/api/signups`, and the coordinator's inbox is at `/inbox/`.
 */
export default defineConfig({
  plugins: [devReceiver()],
  // The npm build, for bundlers: one module per source file (dist/ mirrors
  // src/), so an app's bundler keeps only what it imports. Lit, @lit/task and
  // zod stay imports of the package's dependencies: an app with its own Lit
  // gets one copy. @lit/localize is bundled on purpose: it can be configured
  // once per copy, so an app that localizes with it too must not share ours. The self-contained build for a script tag is
  // vite.cdn.config.ts (dist/cdn/).
  build: {
    target: 'es2022',
    minify: false,
    copyPublicDir: false,
    lib: {
      entry: {
        ontrack: 'src/ontrack.ts',
        ...Object.fromEntries(
          ['testimonials', 'language-picker', 'signup', 'study-explorer', 'practice', 'practice-library'].map((name) => [
            `widgets/${name}/define`,
            `src/widgets/${name}/define.ts`,
          ]),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => /^(lit|lit-html|lit-element|@lit\/(?!localize(?:\/|$))[^/]+|zod)(\/.*)?$/.test(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Bundled third-party modules go to dist/vendor/, never dist/node_modules/:
        // Node would resolve the package's own server imports into that partial copy.
        entryFileNames: (chunk) => `${chunk.name.replace(/(^|\/)node_modules\//g, '$1vendor/')}.js`,
        comments: false,
      },
    },
  },
});
