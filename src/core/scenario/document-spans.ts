import type { Span } from '../policy/model.ts';
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET } from '../json/char-codes.ts';
import { closingQuote } from '../json/strict.ts';
import { skipWhitespace, valueEnd } from '../json/value-end.ts';

const isClosing = (code: number) => code === CLOSE_BRACE || code === CLOSE_BRACKET;

// Every function below reads a text JSON.parse accepted, so it meets no syntax error.

/** A property name as JSON.parse reads it: escapes such as `\u0065` decoded. */
function propertyName(text: string, opening: number, closing: number): string {
  const raw = text.slice(opening + 1, closing);
  return raw.includes('\\') ? (JSON.parse(text.slice(opening, closing + 1)) as string) : raw;
}

/**
 * The members of the object or array whose bracket is at `open`, one by one: each one's property
 * name (none in an array) and the offset where its value starts. A value is skipped only when the
 * next member is asked for.
 */
function* members(text: string, open: number): Generator<{ name?: string; start: number }> {
  const isObject = text.charCodeAt(open) === OPEN_BRACE;
  let at = skipWhitespace(text, open + 1);
  while (at < text.length && !isClosing(text.charCodeAt(at))) {
    let name: string | undefined;
    if (isObject) {
      const closing = closingQuote(text, at);
      name = propertyName(text, at, closing);
      at = skipWhitespace(text, skipWhitespace(text, closing + 1) + 1);
    }
    yield { name, start: at };
    at = skipWhitespace(text, valueEnd(text, at));
    if (text.charCodeAt(at) === COMMA) at = skipWhitespace(text, at + 1);
  }
}

/**
 * In a scenario that is strict JSON with no repeated property name (as JSON.parse read it), where
 * the document of each policy given as an object is written, by the policy's index: the text after
 * `policies` is not read.
 */
export function objectDocumentSpans(text: string): Map<number, Span> {
  const spans = new Map<number, Span>();
  const root = skipWhitespace(text, 0);
  if (text.charCodeAt(root) !== OPEN_BRACE) return spans;
  for (const field of members(text, root)) {
    if (field.name !== 'policies') continue;
    if (text.charCodeAt(field.start) !== OPEN_BRACKET) return spans;
    let index = 0;
    for (const policy of members(text, field.start)) {
      if (text.charCodeAt(policy.start) === OPEN_BRACE) {
        for (const { name, start } of members(text, policy.start)) {
          if (name === 'document' && text.charCodeAt(start) === OPEN_BRACE) {
            spans.set(index, { start, end: valueEnd(text, start) });
          }
        }
      }
      index += 1;
    }
    return spans;
  }
  return spans;
}
