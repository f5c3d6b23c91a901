// The inbox page's entry: defines <ontrack-inbox> (the class registers nothing itself).
import { OntrackInbox } from './inbox-app.js';

if (!customElements.get('ontrack-inbox')) customElements.define('ontrack-inbox', OntrackInbox);
