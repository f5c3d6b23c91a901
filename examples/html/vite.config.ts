import { defineConfig } from 'vite';

// The demo content of the repository, at /content.json while trying the example.
export default defineConfig({ publicDir: '../../public' });
