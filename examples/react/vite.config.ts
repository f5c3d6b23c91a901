import { defineConfig } from 'vite';

// React's JSX needs no plugin: Vite compiles .tsx with the automatic runtime.
export default defineConfig({
  // The demo content of the repository, at /content.json while trying the example.
  publicDir: '../../public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
