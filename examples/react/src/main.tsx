// Every widget, loaded when its tag is rendered; `ontrack/react` also types them in JSX.
import 'ontrack/react';
// Widgets that get a property (`pack`) must be defined before React renders them:
// React 19 sets a prop as a property only if the element already has it.
import 'ontrack/testimonials';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
