import { define } from '../../core/define.js';
import { OntrackLanguagePicker } from './language-picker.js';

export { OntrackLanguagePicker };

define('ontrack-language-picker', OntrackLanguagePicker);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-language-picker': OntrackLanguagePicker;
  }
}
