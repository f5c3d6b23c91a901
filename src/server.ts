/**
 * `ontrack/server`: everything a server, a build step or a command line needs
 * of Ontrack, and nothing that needs a DOM. Import it in plain Node:
 *
 *   import { contentPack, checkContent, validateSubmission } from 'ontrack/server';
 *
 * Rule for contributors: no module reachable from here may touch `window`,
 * `document`, `HTMLElement` or `localStorage` (test/node/server-entry.test.mjs
 * imports the packed package in plain Node to hold that line).
 */
export * from './content/schema.js';
export { checkContent, checkContentText, type ContentReport } from './content/check.js';
export { describeIssue, formatPath, ContentError, type ContentErrorKind } from './content/errors.js';
export { problemLine, countProblems, type ContentProblem, type ProblemSeverity } from './content/problems.js';
export {
  validateSubmission,
  submissionSchema,
  upcomingSessions,
  placesLeft,
  isClosed,
  receiverFor,
  municipalityForPostalCode,
  DEFAULT_GUARDIAN_AGE,
  type Submission,
  type SubmissionResult,
  type FieldErrors,
  type FieldErrorCode,
  type AnswerValue,
} from './widgets/signup/logic/validation.js';
export {
  handleSignup,
  handleAvailability,
  memoryStore,
  fingerprintOf,
  MAX_BODY_BYTES,
  type SignupStore,
  type SignupRecord,
  type SignupReceipt,
  type StoredAnswer,
  type ReceiptStatus,
  type MemoryRecord,
  type HandlerOptions,
  type ReceiverRequest,
  type ReceiverResponse,
} from './receiver/contract.js';
