/** The UTF-16 code units of JSON's punctuation, for scanners that read a text code by code. */
export const NEWLINE = 10;
export const QUOTE = 34;
export const COMMA = 44;
export const COLON = 58;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;

/** JSON's whitespace: space, line feed, carriage return and tab. */
export function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
