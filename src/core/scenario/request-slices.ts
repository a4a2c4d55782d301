import * as charCodes from '../json/char-codes.ts';
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

/** The offset of the `[` opening the scenario's requests array, its first `requests` field's. */
function requestsOpening(text: string): number {
  let at = skipWhitespace(text, 0);
  if (text.charCodeAt(at) !== charCodes.OPEN_BRACE) return OFF;
  at = skipWhitespace(text, at + 1);
  while (text.charCodeAt(at) === charCodes.QUOTE) {
    const closing = closingQuote(text, at);
    if (closing < 0) return OFF;
    const name = text.slice(at + 1, closing);
    at = skipWhitespace(text, closing + 1);
    if (text.charCodeAt(at) !== charCodes.COLON) return OFF;
    at = skipWhitespace(text, at + 1);
    if (name === 'requests') return text.charCodeAt(at) === charCodes.OPEN_BRACKET ? at : OFF;
    at = valueEnd(text, at);
    if (at < 0) return OFF;
    at = skipWhitespace(text, at);
    if (text.charCodeAt(at) !== charCodes.COMMA) return OFF;
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
  while (charCodes.isWhitespace(text.charCodeAt(at))) at -= 1;
  if (text.charCodeAt(at) !== charCodes.CLOSE_BRACE) return OFF;
  at -= 1;
  while (charCodes.isWhitespace(text.charCodeAt(at))) at -= 1;
  return text.charCodeAt(at) === charCodes.CLOSE_BRACKET ? at : OFF;
}

/**
 * Gives a text in pieces, in order, and undefined once all of it has been given; it may throw
 * (a file that cannot be read on), which the caller of requestSlices and of next() is left to
 * catch.
 */
export type TextChunks = () => string | undefined;

export interface RequestSlices {
  /** The scenario's text with its requests array emptied (`[]`): everything but the requests. */
  readonly rest: string;
  /**
   * The next slice's requests, as readScenario reads them; 'end' once all have been given;
   * 'unreadable' when the slice is not strict JSON or holds a request readScenario would report
   * (or that a slice's bounds were found in a string), or when the text read in chunks turns out
   * not to end with the requests array: the whole text must then be read at once.
   */
  next(): ScenarioRequest[] | 'end' | 'unreadable';
}

/**
 * The text read so far. Only the fields before the requests are read into it: the requests are
 * then read a piece at a time (requestPieces), so a large file is never one string, or one
 * buffer, in memory: that much new memory costs page faults on every run.
 */
class TextWindow {
  ended: boolean;

  constructor(
    public text: string,
    private readonly chunks: TextChunks | undefined,
  ) {
    this.ended = chunks === undefined;
  }

  /** The next chunk; undefined, and ended, when there is none. */
  next(): string | undefined {
    const chunk = this.ended ? undefined : this.chunks!();
    if (chunk === undefined) this.ended = true;
    return chunk;
  }

  /** Reads on until the text holds `length` characters, or the last chunk has been read. */
  fill(length: number): void {
    while (this.text.length < length) {
      const chunk = this.next();
      if (chunk === undefined) return;
      this.text += chunk;
    }
  }
}

/**
 * The offset of the requests array's `[`, reading chunks until the fields before it have all been
 * read (or the text has ended). A truncated text gives no false start: each name and value is read
 * whole or not at all. It is looked for again only once the text has doubled, so the fields before
 * the requests are scanned a few times at most however many chunks they take.
 */
function findRequestsOpening(window: TextWindow): number {
  for (;;) {
    const opening = requestsOpening(window.text);
    if (opening >= 0 || window.ended) return opening;
    window.fill(Math.max(1, 2 * window.text.length));
  }
}

/**
 * The text after `from` in pieces of about `length` characters: what the window holds cut up (as
 * slices of it, not copies), then the chunks still to come.
 */
function requestPieces(window: TextWindow, from: number, length: number): () => string | undefined {
  let at = from;
  return () => {
    if (at < window.text.length) {
      const piece = window.text.slice(at, at + length);
      at += length;
      return piece;
    }
    return window.next();
  };
}

/**
 * Where the last boundary between two requests in `piece` is (`}`, a comma, `{`, with JSON's
 * whitespace between): the end of the request before it and the start of the one after it. Found
 * from the end, a character at a time, without copying the piece; one cut by the piece's ends is
 * not found.
 */
function lastBoundary(piece: string): { end: number; next: number } | undefined {
  for (let next = piece.lastIndexOf('{'); next > 0; next = piece.lastIndexOf('{', next - 1)) {
    let at = next - 1;
    while (charCodes.isWhitespace(piece.charCodeAt(at))) at -= 1;
    if (piece.charCodeAt(at) !== charCodes.COMMA) continue;
    at -= 1;
    while (charCodes.isWhitespace(piece.charCodeAt(at))) at -= 1;
    if (piece.charCodeAt(at) === charCodes.CLOSE_BRACE) return { end: at + 1, next };
  }
  return undefined;
}

/**
 * The requests of a scenario's text in slices of about `sliceLength` characters, read one by one
 * as the caller asks for them; undefined when the requests array is not the scenario's last field.
 * The text is given whole, or in chunks: then a slice ends at the last boundary between two
 * requests in a chunk, only what one slice needs is read ahead, and that the requests array is
 * the last field is checked once the last chunk is read (next() is then 'unreadable').
 */
export function requestSlices(
  source: string | TextChunks,
  sliceLength = 64 * 1024,
): RequestSlices | undefined {
  const window =
    typeof source === 'string' ? new TextWindow(source, undefined) : new TextWindow('', source);
  const opening = findRequestsOpening(window);
  if (opening < 0) return undefined;
  const closing = window.ended ? lastArrayClosing(window.text) : OFF;
  if (window.ended && closing <= opening) return undefined;
  // Read in chunks, the end of the text is not known yet: the scenario ends as the requests do.
  const after = window.ended ? window.text.slice(closing + 1) : '}';
  const rest = `${window.text.slice(0, opening)}[]${after}`;
  const pieces = requestPieces(window, opening + 1, sliceLength);
  const seen = seenStrings();
  const ids = new Set<string>();
  // The requests read but not yet given: from the start of one request on.
  let carry = '';
  let done = false;
  /** A slice is an array one level less deep in it than the requests are in the scenario. */
  const read = (requests: string) => {
    const parsed = parseStrictJson(`[${requests}]`, MAX_JSON_DEPTH - 1);
    return (parsed && validRequestsOf(parsed.value as unknown[], seen, ids)) ?? 'unreadable';
  };
  return {
    rest,
    next() {
      if (done) return 'end';
      for (let piece = pieces(); piece !== undefined; piece = pieces()) {
        const boundary = lastBoundary(piece);
        if (!boundary) {
          carry += piece;
          continue;
        }
        const requests = carry + piece.slice(0, boundary.end);
        carry = piece.slice(boundary.next);
        return read(requests);
      }
      done = true;
      // What is left are the last requests, then the array's `]` and the scenario's `}`.
      const last = lastArrayClosing(carry);
      return last < 0 ? 'unreadable' : read(carry.slice(0, last));
    },
  };
}
