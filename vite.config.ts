import { readFile } from 'node:fs/promises';
import { defineConfig } from 'vite';
import { contentPack } from './src/content/schema.js';
import { handleSignup } from './src/signup/receiver.js';
import { fileStore, viteSignupReceiver } from './scripts/signup-receiver.mjs';

/**
 * One config for the demo page (`npm start`, served from index.html with the
 * default content in public/) and the library build (`npm run build`):
 * dist/ontrack.js holds every widget; dist/<widget>.js each widget alone.
 * Lit lives in one shared chunk, so widgets loaded separately share it.
 *
 * `npm start` and `npm run preview` also answer `POST /api/signups`, the
 * receiver the demo's sign-up forms send to: validated with the same code as
 * the browser, stored in data/signups.jsonl (ignored by git; `ONTRACK_SIGNUPS_FILE`
 * names another file).
 */
export default defineConfig({
  plugins: [
    viteSignupReceiver({
      handle: handleSignup,
      pack: async () => contentPack.parse(JSON.parse(await readFile('public/content.json', 'utf8'))),
      store: fileStore(process.env.ONTRACK_SIGNUPS_FILE || 'data/signups.jsonl'),
    }),
  ],
  build: {
    target: 'es2022',
    minify: true,
    copyPublicDir: false,
    lib: {
      entry: {
        ontrack: 'src/ontrack.ts',
        testimonials: 'src/widgets/testimonials/define.ts',
        'language-picker': 'src/widgets/language-picker/define.ts',
        signup: 'src/widgets/signup/define.ts',
        'study-explorer': 'src/widgets/study-explorer/define.ts',
        practice: 'src/widgets/practice/define.ts',
        'practice-library': 'src/widgets/practice-library/define.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace unless told otherwise.
        minify: true,
        comments: false,
        codeSplitting: {
          groups: [{ name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/ }],
        },
      },
    },
  },
});
