// The library opens a practice in place with <ontrack-practice>, so it defines both.
import '../practice/define.js';
import { define } from '../../core/define.js';
import { OntrackPracticeLibrary } from './practice-library.js';

export { OntrackPracticeLibrary };
export { OntrackPractice } from '../practice/define.js';

define('ontrack-practice-library', OntrackPracticeLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-practice-library': OntrackPracticeLibrary;
  }
}
