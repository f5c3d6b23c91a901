/**
 * Where a JSON text breaks, for an editor: line, column, the line itself with
 * a caret, and the mistake in plain words.
 *
 * Uses jsonc-parser (the parser of VS Code's JSON support, with exact error
 * offsets) instead of the engine's JSON.parse message, which differs per
 * browser and often names no position. Widgets load this module only after
 * JSON.parse failed, so pages with valid content never download it.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

const MISTAKES: Record<string, string> = {
  InvalidSymbol: 'this is not a JSON value (text needs "double quotes")',
  InvalidNumberFormat: 'this number is not written the JSON way',
  PropertyNameExpected: 'a field name in "double quotes" should come here',
  ValueExpected: 'a value should come here',
  ColonExpected: 'a colon (:) should come after the field name',
  CommaExpected: 'a comma is missing before this',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'the document should end here; there is more after its last }',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'this text has no closing "',
  UnexpectedEndOfNumber: 'this number is cut off',
  InvalidUnicode: 'this \\u escape is not valid',
  InvalidEscapeCharacter: 'this \\ escape is not valid (write \\\\ for a backslash)',
  InvalidCharacter: 'this character is not allowed here (a line break inside text must be written \\n)',
};

export interface JsonSyntaxProblem {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters. */
  readonly column: number;
  /** The offending line as written. */
  readonly source: string;
  /** The offending line, and a caret under the place (for a terminal). */
  readonly excerpt: string;
  /** `line 12, column 5: …` */
  readonly message: string;
}

/** The first syntax mistake in `text`, or undefined when jsonc-parser finds none. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const column = first.offset - start + 1;
  const end = text.indexOf('\n', first.offset);
  const source = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
  let mistake = MISTAKES[printParseErrorCode(first.error)] ?? 'the JSON breaks here';
  // A comma just before a closing bracket is the most common slip of all.
  if (/,\s*$/.test(before) && /^[\]}]/.test(text.slice(first.offset))) {
    mistake = `remove the comma before "${text[first.offset]}" (JSON allows no comma after the last item)`;
  } else if (first.offset >= text.length) mistake = 'the document ends too early (a closing } or ] is missing)';
  const excerpt = `${source}\n${' '.repeat(Math.max(0, column - 1))}^`;
  return { line, column, source, excerpt, message: `line ${line}, column ${column}: ${mistake}` };
}
