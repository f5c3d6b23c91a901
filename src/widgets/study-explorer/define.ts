import { define } from '../../core/define.js';
import { OntrackStudyExplorer } from './study-explorer.js';

export { OntrackStudyExplorer };

define('ontrack-study-explorer', OntrackStudyExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-study-explorer': OntrackStudyExplorer;
  }
}
