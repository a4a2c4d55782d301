import { printParseErrorCode, type ParseError } from 'jsonc-parser';

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace expected',
  CloseBracketExpected: 'Closing bracket expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in string',
};

/** For a text of nothing but whitespace, which every reader refuses at line 1, column 1. */
export const EMPTY_TEXT_MESSAGE = 'The text is empty';

/** `Invalid JSON: Comma expected`, for one of jsonc-parser's syntax errors. */
export function syntaxErrorMessage(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return `Invalid JSON: ${MESSAGES[code] ?? code}`;
}
