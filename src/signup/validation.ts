/** Moved to src/widgets/signup/logic/validation.ts (DOM-free, runs in Node); kept here for the receiver's import. */
export * from '../widgets/signup/logic/validation.js';
