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

/**
 * Gives a text in pieces, in order, and undefined once all of it has been given; it may throw
 * (a file that cannot be read on), which the caller of next() is left to catch.
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
 * The text read so far, less what has been sliced off its start. Read in chunks, only about a
 * slice of the text is held at a time, so a large file is never one string, or one buffer, in
 * memory: that much new memory costs page faults on every run.
 */
class TextWindow {
  ended: boolean;

  constructor(
    public text: string,
    private readonly chunks: TextChunks | undefined,
  ) {
    this.ended = chunks === undefined;
  }

  /** Adds the next chunk; false, and ended, when there is none. */
  more(): boolean {
    const chunk = this.ended ? undefined : this.chunks!();
    if (chunk === undefined) {
      this.ended = true;
      return false;
    }
    this.text += chunk;
    return true;
  }

  /** Reads on until the text holds `length` characters, or the last chunk has been read. */
  fill(length: number): void {
    while (this.text.length < length && this.more());
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
 * The first boundary between two requests at or after `from`, reading on while the text read holds
 * none. Each new search starts where the last one ended, so a long request is not searched again
 * from its start; a boundary that the end of a chunk cut is passed over, and the slice runs on to
 * the next one.
 */
function boundaryAfter(window: TextWindow, from: number): RegExpExecArray | null {
  for (let searchFrom = from; ;) {
    BETWEEN_REQUESTS.lastIndex = searchFrom;
    const between = BETWEEN_REQUESTS.exec(window.text);
    searchFrom = Math.max(from, window.text.length);
    if (between || !window.more()) return between;
  }
}

/**
 * The requests of a scenario's text in slices of about `sliceLength` characters, read one by one
 * as the caller asks for them; undefined when the requests array is not the scenario's last field.
 * The text is given whole, or in chunks: then only what one slice needs is read ahead, and that the
 * requests array is the last field is checked once the last chunk is read (next() is 'unreadable').
 */
export function requestSlices(
  source: string | TextChunks,
  sliceLength = 64 * 1024,
): RequestSlices | undefined {
  const window =
    typeof source === 'string' ? new TextWindow(source, undefined) : new TextWindow('', source);
  const opening = findRequestsOpening(window);
  if (opening < 0) return undefined;
  let closing = window.ended ? lastArrayClosing(window.text) : OFF;
  if (window.ended && closing <= opening) return undefined;
  // Read in chunks, the end of the text is not known yet: the scenario ends as the requests do.
  const after = window.ended ? window.text.slice(closing + 1) : '}';
  const rest = `${window.text.slice(0, opening)}[]${after}`;
  const seen = seenStrings();
  const ids = new Set<string>();
  let at = opening + 1;
  return {
    rest,
    next() {
      if (at < 0) return 'end';
      const between = boundaryAfter(window, at + sliceLength);
      if (window.ended) closing = lastArrayClosing(window.text);
      const cut = between && (!window.ended || between.index < closing) ? between : null;
      if (!cut && closing < at) return 'unreadable';
      const end = cut ? cut.index + 1 : closing;
      // A slice is an array one level less deep in it than the requests are in the scenario.
      const parsed = parseStrictJson(`[${window.text.slice(at, end)}]`, MAX_JSON_DEPTH - 1);
      if (cut) {
        // What is sliced off is never read again: only the text from the next request on is kept.
        const next = cut.index + cut[0].length - 1;
        window.text = window.text.slice(next);
        if (window.ended) closing -= next;
        at = 0;
      } else at = OFF;
      const requests = parsed && validRequestsOf(parsed.value as unknown[], seen, ids);
      return requests ?? 'unreadable';
    },
  };
}
