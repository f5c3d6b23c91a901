import { define } from '../../core/define.js';
import { OntrackPractice } from './practice.js';

export { OntrackPractice };

define('ontrack-practice', OntrackPractice);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-practice': OntrackPractice;
  }
}
