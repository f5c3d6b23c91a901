import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // The demo content of the repository, at /content.json while trying the example.
  publicDir: '../../public',
  plugins: [
    vue({
      // <ontrack-*> are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ontrack-') } },
    }),
  ],
});
