/**
 * Errors of content loading, in two voices: a `kind` that a widget turns into a
 * message for the visitor (in the visitor's language), and `details` in plain
 * English for the webmaster or content editor. Apart from the wording of
 * `errors.ts`, so that a widget whose content is right never loads that.
 */
import type { ContentProblem } from './problems.js';

export type ContentErrorKind =
  /** The request failed: offline, DNS, CORS. */
  | 'network'
  /** No answer within the time limit. */
  | 'timeout'
  /** The server answered with a status other than 2xx. */
  | 'http'
  /** The document is larger than the size limit. */
  | 'too-large'
  /** The document is not JSON. */
  | 'json'
  /** The JSON does not match the content format. */
  | 'invalid'
  /** The element's id attribute names nothing in the content (or an item that was left out). */
  | 'not-found'
  /** Neither `src`, `pack` nor inline content was given. */
  | 'missing';

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    readonly kind: ContentErrorKind,
    message: string,
    /** One line per problem, each starting with the place it is in where there is one. */
    readonly details: readonly string[] = [message],
    readonly status?: number,
    /** The problems behind `details`, for tools. */
    readonly problems: readonly ContentProblem[] = [],
  ) {
    super(message);
  }
}
