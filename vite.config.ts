import { defineConfig } from 'vite';
import { devReceiver } from './src/receiver/dev.js';

/**
 * One config for the demo page (`npm start`, served from index.html with the
 * default content in public/) and the library build (`npm run build`):
 * dist/ontrack.js holds every widget; dist/<widget>.js each widget alone.
 * Lit lives in one shared chunk, so widgets loaded separately share it.
 *
 * `npm start` and `npm run preview` also run the Ontrack receiver (src/receiver/)
 * with an embedded database in data/receiver (ignored by git;
 * `ONTRACK_RECEIVER_DATA` names another folder): the demo's sign-up forms send
 * to `/api/signups`, and the coordinator's inbox is at `/inbox/`.
 */
export default defineConfig({
  plugins: [devReceiver()],
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
