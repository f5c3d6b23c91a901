import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/** A module id test: any of `paths` under node_modules/ (packages) or src/ (files, without .ts). */
const under = (root: 'node_modules' | 'src', paths: string[]) =>
  new RegExp(`[\\\\/]${root}[\\\\/](?:${paths.join('|')})${root === 'src' ? '\\.ts$' : '[\\\\/]'}`);
const anyOf =
  (...tests: RegExp[]) =>
  (id: string) =>
    tests.some((test) => test.test(id));

/**
 * Shared chunks, by what loads together. Each file costs its own gzip
 * dictionary and request, so modules that always load together share one:
 * - frame: Lit, the localized element, the language machinery and the space
 *   widgets reserve: what ontrack.js needs up front and all the language
 *   picker needs (one file: each file boundary costs gzip a dictionary);
 * - content: zod, loading and validating content, and the helpers of the
 *   widgets that show content (all but the picker load it).
 * Everything else (the editor's wording, the JSON syntax locator, locale
 * modules, what two widgets share) is left to the bundler.
 */
const CHUNKS = [
  {
    name: 'frame',
    priority: 2,
    test: anyOf(
      under('node_modules', ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']),
      // The compiler's decorator helper (a virtual module), used by every element.
      /@oxc-project\+runtime/,
      under('src', ['core/localized-element', 'core/define', 'core/frame\\.styles']),
      // What ontrack.js needs up front: the language machinery and the space widgets reserve.
      under('node_modules', ['@lit/localize']),
      under('src', ['core/locale', 'core/lib/lang', 'generated/locale-codes', 'core/reserve', 'core/reserve\\.styles']),
    ),
  },
  {
    name: 'content',
    priority: 1,
    test: anyOf(
      under('node_modules', ['zod', '@lit/task']),
      under('src', [
        'content/(content-error|json|read-valid|load|text|schema/common)',
        'core/(ontrack-element|outline|url|events|storage|plural|lib/intl|lib/heading|controllers/focus\\.controller)',
      ]),
    ),
  },
];

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
    // Terser, three passes: about 1.5 % smaller than the default minifier here.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
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
        codeSplitting: { groups: CHUNKS },
      },
    },
  },
});
