import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:ontrack-manifest';

// Controls (attributes, properties, events, slots, parts, CSS custom properties)
// and each element's docs page are read from the manifest the package ships.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: { layout: 'padded', controls: { expanded: true } },
  // A docs page for every element (every stories file's `component`).
  tags: ['autodocs'],
};
export default preview;
