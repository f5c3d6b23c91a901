// Minifies the CSS and HTML inside Lit's `css` and `html` tagged templates of
// our own sources, for the CDN build (vite.cdn.config.ts). The JavaScript
// minifier leaves template text alone, so without this every indent and line
// break of a template ships.
//
// Settings chosen to change nothing a visitor or a test can see:
//   - conservativeCollapse: a run of whitespace becomes one space, never none
//     (HTML renders a run as one space anyway; there is no <pre> in a widget);
//   - removeEmptyAttributes off: `alt=""` and `lang=""` mean something;
//   - attribute quotes kept; comments removed.
// A template the minifier cannot read fails the build (failOnError) instead of
// shipping half-minified.
import { resolve, sep } from 'node:path';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

const src = resolve(import.meta.dirname, '..', 'src') + sep;

export const MINIFY_OPTIONS = {
  minifyOptions: {
    conservativeCollapse: true,
    removeEmptyAttributes: false,
  },
};

/** The Vite plugin: only `src/**` TypeScript (Lit itself has no templates worth it). */
export function minifyLiterals() {
  return {
    ...minifyTemplateLiterals({ filter: (id) => id.startsWith(src) && id.endsWith('.ts'), failOnError: true, options: MINIFY_OPTIONS }),
    name: 'ontrack:minify-literals',
    apply: 'build',
  };
}
