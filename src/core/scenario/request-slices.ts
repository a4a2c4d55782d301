import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  isWhitespace,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from '../json/char-codes.ts';
import { MAX_JSON_DEPTH } from '../json/depth.ts';
// closingQuote and valueEnd give -1 (OFF) when the text ends first.
import { closingQuote, parseStrictJson } from '../json/strict.ts';
import { skipWhitespace, valueEnd } from '../json/value-end.ts';
import type { ScenarioRequest } from './model.ts';
import { seenStrings, validRequestsOf } from './read-request.ts';

// A scenario of many requests is mostly its requests array. Read whole, its requests all live
// until the last is decided, and the garbage collector copies and marks them again and again as
// JSON.parse makes them. Read a slice at a time, only the slice being decided is alive.

/** Not found, or not of the shape read here. */
const OFF = -1;

/** Where one request ends and the next begins: `}`, a comma, `{`, with JSON's whitespace between. */
const BETWEEN_REQUESTS = /\}[ \t\n\r]*,[ \t\n\r]*\{/g;

/** The offset of the `[` opening the scenario's requests array, its first `requests` field's. */
function requestsOpening(text: string): number {
  let at = skipWhitespace(text, 0);
  if (text.charCodeAt(at) !== OPEN_BRACE) return OFF;
  at = skipWhitespace(text, at + 1);
  while (text.charCodeAt(at) === QUOTE) {
    const closing = closingQuote(text, at);
    if (closing < 0) return OFF;
    const name = text.slice(at + 1, closing);
    at = skipWhitespace(text, closing + 1);
    if (text.charCodeAt(at) !== COLON) return OFF;
    at = skipWhitespace(text, at + 1);
    if (name === 'requests') return text.charCodeAt(at) === OPEN_BRACKET ? at : OFF;
    at = valueEnd(text, at);
    if (at < 0) return OFF;
    at = skipWhitespace(text, at);
    if (text.charCodeAt(at) !== COMMA) return OFF;
    at = skipWhitespace(text, at + 1);
  }
  return OFF;
}

/**
 * The offset of the `]` closing the requests array when it is the scenario's last field, as the
 * command line's users write it: the text then ends with `]`, `}` and whitespace.
 */
function lastArrayClosing(text: string): number {
  let at = text.length - 1;
  while (isWhitespace(text.charCodeAt(at))) at -= 1;
  if (text.charCodeAt(at) !== CLOSE_BRACE) return OFF;
  at -= 1;
  while (isWhitespace(text.charCodeAt(at))) at -= 1;
  return text.charCodeAt(at) === CLOSE_BRACKET ? at : OFF;
}

export interface RequestSlices {
  /** The scenario's text with its requests array emptied (`[]`): everything but the requests. */
  readonly rest: string;
  /**
   * The next slice's requests, as readScenario reads them; 'end' once all have been given;
   * 'unreadable' when the slice is not strict JSON or holds a request readScenario would report
   * (or that a slice's bounds were found in a string): the whole text must then be read at once.
   */
  next(): ScenarioRequest[] | 'end' | 'unreadable';
}

/**
 * The requests of a scenario's text in slices of about `sliceLength` characters, read one by one
 * as the caller asks for them; undefined when the requests array is not the scenario's last field.
 */
export function requestSlices(text: string, sliceLength = 64 * 1024): RequestSlices | undefined {
  const opening = requestsOpening(text);
  const closing = lastArrayClosing(text);
  if (opening < 0 || closing <= opening) return undefined;
  const seen = seenStrings();
  const ids = new Set<string>();
  let at = opening + 1;
  return {
    rest: `${text.slice(0, opening)}[]${text.slice(closing + 1)}`,
    next() {
      if (at < 0) return 'end';
      let end = closing;
      let next = OFF;
      if (closing - at > sliceLength) {
        BETWEEN_REQUESTS.lastIndex = at + sliceLength;
        const between = BETWEEN_REQUESTS.exec(text);
        if (between && between.index < closing) {
          end = between.index + 1;
          next = between.index + between[0].length - 1;
        }
      }
      // A slice is an array one level less deep in it than the requests are in the scenario.
      const parsed = parseStrictJson(`[${text.slice(at, end)}]`, MAX_JSON_DEPTH - 1);
      at = next;
      const requests = parsed && validRequestsOf(parsed.value as unknown[], seen, ids);
      return requests ?? 'unreadable';
    },
  };
}
