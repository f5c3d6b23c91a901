import { defineConfig } from 'vite';

/**
 * One config for the demo page (`npm start`, served from index.html with the
 * default content in public/) and the library build (`npm run build`):
 * dist/ontrack.js holds every widget; dist/<widget>.js each widget alone.
 * Lit lives in one shared chunk, so widgets loaded separately share it.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    minify: true,
    copyPublicDir: false,
    lib: {
      entry: {
        ontrack: 'src/ontrack.ts',
        testimonials: 'src/widgets/testimonials/define.ts',
        'language-picker': 'src/widgets/language-picker/define.ts',
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
