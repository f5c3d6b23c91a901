import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for the stories in stories/ (the same ones the tests render). */
const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
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
    return vite;
  },
};
export default config;
