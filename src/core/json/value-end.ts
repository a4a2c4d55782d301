import * as charCodes from './char-codes.ts';
import { closingQuote } from './strict.ts';

/** The offset of the first character at or after `at` that is not JSON whitespace. */
export function skipWhitespace(text: string, at: number): number {
  while (charCodes.isWhitespace(text.charCodeAt(at))) at += 1;
  return at;
}

function isClosing(code: number): boolean {
  return code === charCodes.CLOSE_BRACE || code === charCodes.CLOSE_BRACKET;
}

function isSeparator(code: number): boolean {
  return isClosing(code) || code === charCodes.COMMA || charCodes.isWhitespace(code);
}

/**
 * The offset just past the JSON value that starts at `start`, found by its brackets and strings
 * alone, without checking the rest of its syntax; -1 when the text ends inside a string or before
 * the value's brackets close.
 */
export function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === charCodes.QUOTE) {
    const closing = closingQuote(text, start);
    return closing < 0 ? -1 : closing + 1;
  }
  let at = start;
  if (first !== charCodes.OPEN_BRACE && first !== charCodes.OPEN_BRACKET) {
    // A number, true, false or null runs to the next separator or the end of the text.
    while (at < text.length && !isSeparator(text.charCodeAt(at))) at += 1;
    return at;
  }
  for (let depth = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === charCodes.QUOTE) {
      at = closingQuote(text, at);
      if (at < 0) return -1;
    } else if (code === charCodes.OPEN_BRACE || code === charCodes.OPEN_BRACKET) depth += 1;
    else if (isClosing(code) && (depth -= 1) === 0) return at + 1;
  }
  return -1;
}
