/**
 * Parsing content JSON: the engine's JSON.parse first (fast, no extra code);
 * only when it fails is the positioned parser loaded to say where and why.
 */
import { ContentError } from './content-error.js';
import type { JsonSyntaxProblem } from './json-syntax.js';

/** The error for text that does not parse, with line, column and the offending line. */
export function jsonError(problem: JsonSyntaxProblem | undefined, engineMessage: string): ContentError {
  if (!problem) return new ContentError('json', `The content is not valid JSON: ${engineMessage}`);
  const message = `The content is not valid JSON: ${problem.message}`;
  return new ContentError('json', message, [message, `line ${problem.line} reads: ${problem.source.trim()}`]);
}

/** Parses content JSON; a failure is a ContentError of kind `json` that says where. */
export async function parseJson(text: string): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { findJsonSyntaxError } = await import('./json-syntax.js');
    throw jsonError(findJsonSyntaxError(text), error instanceof Error ? error.message : String(error));
  }
}
