import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = resolve(import.meta.dirname, '..', '..');
const MANIFEST = 'virtual:ontrack-manifest';
// Controls and docs pages come from the custom-elements manifest; make it when
// there is no build yet (`npm run build` makes it too).
if (!existsSync(join(root, 'dist/custom-elements.json'))) {
  execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cli.js'), 'analyze', '--config', 'scripts/manifest.config.mjs'], {
    cwd: root,
    stdio: 'ignore',
  });
}

/** Storybook for the stories in stories/ (the same ones the tests render). */
const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No analytics leave the machine.
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    // The project's vite.config.ts builds the library; Storybook builds a site.
    if (vite.build) {
      delete vite.build.lib;
      delete vite.build.rolldownOptions;
    }
    vite.plugins = (vite.plugins ?? []).filter(
      (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && String(plugin.name).startsWith('ontrack-signup-receiver')),
    );
    // `import manifest from 'virtual:ontrack-manifest'` in preview.ts: the manifest as it is now.
    vite.plugins.push({
      name: 'ontrack-manifest',
      resolveId: (id) => (id === MANIFEST ? `\0${MANIFEST}` : undefined),
      load: (id) => (id === `\0${MANIFEST}` ? `export default ${readFileSync(join(root, 'dist/custom-elements.json'), 'utf8')};` : undefined),
    });
    return vite;
  },
};
export default config;
