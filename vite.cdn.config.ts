import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/**
 * The CDN build (dist/cdn/), for a page with one script tag and no bundler:
 * self-contained (Lit, @lit/localize and zod inside), minified. `ontrack.js`
 * defines every widget on demand; `<widget>.js` defines one. All entries share
 * their chunks, so loading several costs each shared module once. Locale
 * chunks load relative to the module, so the folder works from any origin.
 * Template CSS and HTML are minified too (scripts/minify-literals.mjs).
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
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
