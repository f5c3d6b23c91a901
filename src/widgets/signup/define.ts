import { define } from '../../core/define.js';
import { OntrackSignup } from './signup.js';

export { OntrackSignup };
export { validateSubmission } from './logic/validation.js';

define('ontrack-signup', OntrackSignup);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-signup': OntrackSignup;
  }
}
