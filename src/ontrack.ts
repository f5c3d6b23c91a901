/**
 * Ontrack, every widget in one module: one `<script type="module">` for a CMS.
 * Each widget can also be loaded on its own from `dist/<widget>.js`.
 */
export * from './widgets/testimonials/define.js';
export * from './widgets/language-picker/define.js';
export * from './widgets/signup/define.js';
export * from './widgets/practice/define.js';
export {
  validateSubmission,
  submissionSchema,
  type Submission,
  type SubmissionResult,
  type FieldErrors,
  type FieldErrorCode,
} from './signup/validation.js';
export { OntrackElement, type WidgetState } from './core/ontrack-element.js';
export { LocalizedElement } from './core/localized-element.js';
export { setPreferredLanguage, preferredLanguage, supportedLocales } from './core/locale.js';
export type { OntrackEventDetails, OntrackEvent } from './core/events.js';
export { ContentError, type ContentErrorKind } from './content/errors.js';
export { loadPack, parsePack, validatePack, type LoadedPack } from './content/load.js';
export type * from './content/schema.js';
