import * as charCodes from '../json/char-codes.ts';

// Read once into this module's own constants: vitest (and tsx when it compiles to CommonJS) reach
// an imported binding through a getter, measured at a quarter of this scanner's time.
const {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  isWhitespace,
  NEWLINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} = charCodes;

/*
 * Splits JSON text, given in pieces, into the values that may each be a record, without holding
 * more than one of them: the elements of {"Records": [...]} (log files) or {"Events": [...]}
 * (lookup-events pages, one after another), of a top-level array, or top-level objects one after
 * another (JSON Lines, or a single event). Only brackets and strings are followed here; each value
 * is then given to JSON.parse, which judges its syntax.
 */

/** Which container a value came from: a wrapper's array, a top-level array, or the top level. */
export type ItemContainer = 'Records' | 'Events' | 'array' | 'top';

export interface JsonItem {
  text: string;
  container: ItemContainer;
  /** The line the value starts on, from 1. */
  line: number;
}

export interface JsonItemSink {
  item(item: JsonItem): void;
  problem(
    kind: 'malformed' | 'not-cloudtrail' | 'truncated' | 'too-large',
    reason: string,
    line: number,
  ): void;
}

const WRAPPER_KEYS = new Set(['Records', 'Events']);

/**
 * JSON Lines, told from the first piece before any line of it is trusted, so that a first line cut
 * short does not swallow the lines after it: the first line holds an object's content (pretty-printed
 * JSON opens with "{" alone) and the second is a whole object by itself (a record of a log file
 * written one to a line is followed by a comma).
 */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n', 3);
  const [first, second] = [lines[0]?.trim() ?? '', lines[1]?.trim() ?? ''];
  if (lines.length < 3 || !first.startsWith('{') || first === '{' || !second.startsWith('{'))
    return false;
  try {
    const value: unknown = JSON.parse(second);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

export class JsonItemSplitter {
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The depth outside the values being captured: 0 top-level values, 1 array elements, 2 a wrapper's. */
  private itemDepth = 0;
  private container: ItemContainer = 'top';
  private capturing = false;
  private parts: string[] = [];
  private captured = 0;
  private oversize = false;
  private itemLine = 1;
  /** Top-level objects each on one line: a newline then ends a value whatever its brackets. */
  private lines = false;
  private topStartLine = 1;
  private topIsWrapper = false;
  /** Keys of the top-level object, to see {"Records": [ or {"Events": [. */
  private expectKey = false;
  private keyParts: string[] | undefined;
  private key: string | undefined;
  private valueOfKey: string | undefined;
  private scalarInArray = false;
  private skippingLine = false;
  private firstPiece = true;

  constructor(
    private readonly sink: JsonItemSink,
    private readonly maxItemCharacters: number,
  ) {}

  push(text: string): void {
    if (this.firstPiece) {
      this.firstPiece = false;
      this.lines = looksLikeJsonLines(text);
    }
    let start = this.capturing ? 0 : -1;
    let keyStart = this.keyParts ? 0 : -1;
    const n = text.length;
    for (let i = 0; i < n; i += 1) {
      if (this.insideValue()) {
        i = this.skipInsideValue(text, i);
        if (i >= n) break;
      }
      const code = text.charCodeAt(i);
      if (this.skippingLine) {
        if (code === NEWLINE) {
          this.skippingLine = false;
          this.line += 1;
        }
        continue;
      }
      if (this.inString) {
        const end = this.stringEnd(text, i);
        if (end < 0) {
          i = n;
        } else if (text.charCodeAt(end) === NEWLINE) {
          i = end;
          start = this.cut();
          keyStart = -1;
        } else {
          i = end;
          this.inString = false;
          if (this.keyParts) {
            this.keyParts.push(text.slice(keyStart, i));
            this.key = this.keyParts.join('');
            this.keyParts = undefined;
            keyStart = -1;
          }
        }
        continue;
      }
      if (code === NEWLINE) {
        if (this.lines && this.depth > 0) {
          start = this.cut();
          keyStart = -1;
        } else this.line += 1;
        continue;
      }
      if (isWhitespace(code)) continue;
      if (this.depth === 0) {
        if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          this.openTop(code);
          start = this.capturing ? i : -1;
          if (code === OPEN_BRACE) this.expectKey = true;
          this.depth = 1;
        } else {
          this.sink.problem('malformed', `line ${this.line} is not JSON`, this.line);
          this.skippingLine = true;
        }
        continue;
      }
      if (code === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.container === 'top' && this.expectKey) {
          this.keyParts = [];
          keyStart = i + 1;
          this.expectKey = false;
        }
        continue;
      }
      if (this.depth === 1 && this.container === 'top' && !this.topIsWrapper) {
        if (code === COMMA) this.expectKey = true;
        else if (code === COLON) {
          this.valueOfKey = this.key;
          continue;
        }
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (this.valueOfKey !== undefined && this.depth === 1 && code === OPEN_BRACKET) {
          if (WRAPPER_KEYS.has(this.valueOfKey) && this.capturing)
            this.becomeWrapper(this.valueOfKey);
        }
        this.valueOfKey = undefined;
        if (this.depth === this.itemDepth && this.container !== 'top') {
          this.beginItem();
          start = i;
        }
        this.depth += 1;
        continue;
      }
      this.valueOfKey = undefined;
      if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.depth === this.itemDepth && this.capturing) {
          this.endItem(text.slice(start, i + 1));
          start = -1;
        } else if (this.depth === this.itemDepth - 1) this.endArray();
        if (this.depth === 0) this.endTop();
        continue;
      }
      if (this.depth === this.itemDepth && this.container !== 'top') {
        if (code === COMMA) this.reportScalar();
        else this.scalarInArray = true;
      }
    }
    if (this.capturing && start >= 0) this.keep(text.slice(start));
    if (this.keyParts && keyStart >= 0) this.keyParts.push(text.slice(keyStart));
  }

  /** Deeper than the values' own level, where no key, comma or scalar needs looking at. */
  private insideValue(): boolean {
    return (
      !this.inString &&
      !this.skippingLine &&
      this.depth > this.itemDepth &&
      !(this.depth === 1 && this.container === 'top')
    );
  }

  /**
   * Inside a value only strings, brackets and line ends matter: this loop follows them alone, and
   * stops at the first character the general one must see (a bracket closing to the values' own
   * level, a line end in JSON Lines) or at the end of the piece.
   */
  private skipInsideValue(text: string, from: number): number {
    const floor = this.container === 'top' ? 2 : Math.max(1, this.itemDepth + 1);
    const n = text.length;
    let depth = this.depth;
    let i = from;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        const end = this.stringEnd(text, i + 1);
        if (end < 0 || text.charCodeAt(end) === NEWLINE) {
          this.inString = true;
          i = end < 0 ? n : end;
          break;
        }
        i = end + 1;
        continue;
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (depth === floor) break;
        depth -= 1;
      } else if (code === NEWLINE) {
        if (this.lines) break;
        this.line += 1;
      }
      i += 1;
    }
    this.depth = depth;
    return i;
  }

  /**
   * Where the string that `text` continues at `from` ends: its closing quote, or in JSON Lines a
   * newline first (a line cut inside a string); -1 when it goes on past this piece.
   */
  private stringEnd(text: string, from: number): number {
    let at = from;
    if (this.escaped) {
      this.escaped = false;
      at += 1;
    }
    const newline = this.lines ? text.indexOf('\n', at) : -1;
    for (;;) {
      const quote = text.indexOf('"', at);
      const stop = quote < 0 ? text.length : quote;
      if (newline >= 0 && newline < stop) return newline;
      let backslashes = 0;
      while (stop - backslashes - 1 >= at && text.charCodeAt(stop - backslashes - 1) === BACKSLASH)
        backslashes += 1;
      if (quote < 0) {
        this.escaped = backslashes % 2 === 1;
        return -1;
      }
      if (backslashes % 2 === 0) return quote;
      at = quote + 1;
    }
  }

  end(): void {
    if (this.depth > 0 || this.inString) {
      this.sink.problem(
        'truncated',
        `the input ends inside a JSON value that began on line ${this.capturing ? this.itemLine : this.topStartLine}: it was cut short`,
        this.line,
      );
    }
  }

  private openTop(code: number): void {
    this.topStartLine = this.line;
    this.topIsWrapper = false;
    this.key = undefined;
    this.valueOfKey = undefined;
    if (code === OPEN_BRACKET) {
      this.container = 'array';
      this.itemDepth = 1;
      this.capturing = false;
    } else {
      this.container = 'top';
      this.itemDepth = 0;
      this.beginItem();
    }
  }

  private becomeWrapper(key: string): void {
    this.topIsWrapper = true;
    this.capturing = false;
    this.parts = [];
    this.container = key === 'Records' ? 'Records' : 'Events';
    this.itemDepth = 2;
  }

  private beginItem(): void {
    this.capturing = true;
    this.parts = [];
    this.captured = 0;
    this.oversize = false;
    this.itemLine = this.line;
  }

  private keep(piece: string): void {
    if (this.oversize) return;
    this.captured += piece.length;
    if (this.captured > this.maxItemCharacters) {
      this.oversize = true;
      this.parts = [];
    } else this.parts.push(piece);
  }

  private endItem(last: string): void {
    this.keep(last);
    this.capturing = false;
    if (this.oversize) {
      this.sink.problem(
        'too-large',
        `the value on line ${this.itemLine} is longer than ${this.maxItemCharacters} characters`,
        this.itemLine,
      );
    } else {
      const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
      this.sink.item({ text, container: this.container, line: this.itemLine });
    }
    this.parts = [];
  }

  private endArray(): void {
    this.reportScalar();
    if (this.container === 'Records' || this.container === 'Events') {
      // The wrapper's array closed: the rest of its object (NextToken, ...) holds no records.
      this.itemDepth = -1;
    }
  }

  private endTop(): void {
    const single = this.container === 'top' && this.topStartLine === this.line;
    if (single && !this.topIsWrapper) this.lines = true;
    this.container = 'top';
    this.itemDepth = 0;
    this.expectKey = false;
  }

  private reportScalar(): void {
    if (!this.scalarInArray) return;
    this.scalarInArray = false;
    this.sink.problem(
      'not-cloudtrail',
      `line ${this.line}: a JSON value that is not an object, not a record`,
      this.line,
    );
  }

  /** JSON Lines: a line ended inside a value, which was cut short there. */
  private cut(): number {
    this.sink.problem(
      'malformed',
      `line ${this.itemLine}: the record ends before its closing brackets`,
      this.itemLine,
    );
    this.capturing = false;
    this.parts = [];
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.keyParts = undefined;
    this.container = 'top';
    this.itemDepth = 0;
    this.line += 1;
    return -1;
  }
}
