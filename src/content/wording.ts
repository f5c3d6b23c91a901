/**
 * What a widget loads when content has a mistake (see `editorWording` in
 * `load.ts`): the reader that words each problem for the editor and leaves
 * broken items out, the "there is no … with that id" error, and the console
 * report. It brings the wording (`errors.ts`, `problems.ts`) and the
 * did-you-mean suggestions with it.
 */
export { notFound, problemsReport, readPack } from './read.js';
export { nounOf } from './problems.js';
