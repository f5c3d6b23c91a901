/**
 * Ontrack for one `<script type="module">` in a CMS: every widget is
 * available, and each is downloaded the first time its tag is on the page.
 * The shared core (Lit, languages, content loading) is imported here, so it
 * loads in parallel with this module. Each widget can also be loaded on its
 * own, with its classes, from `dist/<widget>.js` (`ontrack/<widget>`).
 */
import { autoload } from './core/autoload.js';

autoload({
  'ontrack-testimonials': () => import('./widgets/testimonials/define.js'),
  'ontrack-signup': () => import('./widgets/signup/define.js'),
  'ontrack-language-picker': () => import('./widgets/language-picker/define.js'),
  'ontrack-study-explorer': () => import('./widgets/study-explorer/define.js'),
  'ontrack-practice': () => import('./widgets/practice/define.js'),
  'ontrack-practice-library': () => import('./widgets/practice-library/define.js'),
});

export { loadWidget } from './core/autoload.js';
// The frame's base classes are not an extension API: only their types are
// public (for `el.state`, `el.reload()`), so their protected members can change.
export type { OntrackElement, WidgetState } from './core/ontrack-element.js';
export { setPreferredLanguage, preferredLanguage, supportedLocales } from './core/locale.js';
export type { OntrackEventDetails, OntrackEvent } from './core/events.js';
// Content loading stays out of this module's static imports: a page pays for
// it with its first widget, not before. Its types are here for pages that
// handle `ontrack-error`; servers and build steps use `ontrack/server`.
export type { ContentError, ContentErrorKind } from './content/errors.js';
export type { LoadedPack } from './content/load.js';
export type * from './content/schema.js';
export type { OntrackTestimonials } from './widgets/testimonials/define.js';
export type { OntrackSignup } from './widgets/signup/define.js';
export type { OntrackLanguagePicker } from './widgets/language-picker/define.js';
export type { OntrackStudyExplorer } from './widgets/study-explorer/define.js';
export type { OntrackPractice } from './widgets/practice/define.js';
export type { OntrackPracticeLibrary } from './widgets/practice-library/define.js';
