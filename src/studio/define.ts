import { OntrackStudio } from './studio.js';

export { OntrackStudio };

if (!customElements.get('ontrack-studio')) customElements.define('ontrack-studio', OntrackStudio);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-studio': OntrackStudio;
  }
}
