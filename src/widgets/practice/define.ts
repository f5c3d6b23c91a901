import { define } from '../../core/define.js';
import { OntrackPractice } from './practice.js';
import { OntrackPracticeLibrary } from './library.js';

export { OntrackPractice, OntrackPracticeLibrary };

define('ontrack-practice', OntrackPractice);
define('ontrack-practice-library', OntrackPracticeLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-practice': OntrackPractice;
    'ontrack-practice-library': OntrackPracticeLibrary;
  }
}
