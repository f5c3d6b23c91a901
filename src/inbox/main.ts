// The inbox page's entry: defines <ontrack-inbox>.
import './inbox-app.js';
