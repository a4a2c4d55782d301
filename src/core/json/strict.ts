// Its own codes and whitespace test in the loop below, not char-codes.ts's: so written, JSON.parse
// and the scan of a 5 MB scenario took 25-37 ms under tsx (the command line) instead of 34-50.
const BACKSLASH = 92;
const COLON = 58;

/** The offset of the quote that closes the string opened at `opening`. */
export function closingQuote(text: string, opening: number): number {
  let quote = text.indexOf('"', opening + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
}

/**
 * The number of property names in a text JSON.parse accepted: the strings followed by a colon.
 * Only strings are visited, so the loop turns once per string, not once per character.
 */
function countPropertyNames(text: string): number {
  let count = 0;
  for (let opening = text.indexOf('"'); opening >= 0;) {
    let closing = text.indexOf('"', opening + 1);
    // Most strings hold no escape: only a quote after a backslash needs closingQuote's count.
    if (text.charCodeAt(closing - 1) === BACKSLASH) closing = closingQuote(text, opening);
    let after = closing + 1;
    // JSON's whitespace: space, line feed, carriage return and tab.
    let code = text.charCodeAt(after);
    while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(++after);
    if (code === COLON) count += 1;
    opening = text.indexOf('"', after);
  }
  return count;
}

/** A quote, whitespace, then a colon: a property name written with space before its colon. */
const SPACED_COLON = /"[ \t\n\r]+:/;

/** How many times `":` occurs in the text: one indexOf for each property, not two for each string. */
function countQuoteColons(text: string): number {
  let count = 0;
  for (let at = text.indexOf('":'); at >= 0; at = text.indexOf('":', at + 2)) count += 1;
  return count;
}

/**
 * Whether the text names no more properties than the `properties` JSON.parse made of it, that is
 * repeats no property name. When no name is written with space before its colon, each name adds
 * one `":` to the text, and strings add more only (one beginning with a colon, an escaped quote
 * before a colon): then as many `":` as properties proves that every name was kept, found with
 * one indexOf for each property instead of two for each string. Otherwise the names are counted.
 */
function namesAllKept(text: string, properties: number): boolean {
  if (!SPACED_COLON.test(text) && countQuoteColons(text) === properties) return true;
  return countPropertyNames(text) === properties;
}

/**
 * How many properties the objects in `value` hold, or -1 when it nests deeper than `maxDepth`
 * (which also bounds the recursion). Only objects and arrays are recursed into: most values are
 * strings, and a call for each would be most of the cost before the code is optimized.
 */
function countProperties(value: object, depth: number, maxDepth: number): number {
  if (depth > maxDepth) return -1;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      const inner = countProperties(item, depth + 1, maxDepth);
      if (inner < 0) return -1;
      count += inner;
    }
    return count;
  }
  for (const key in value) {
    count += 1;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== 'object' || item === null) continue;
    const inner = countProperties(item, depth + 1, maxDepth);
    if (inner < 0) return -1;
    count += inner;
  }
  return count;
}

/**
 * The value of a text that is strict JSON, nested at most `maxDepth` deep, in which no object
 * repeats a property name (JSON.parse keeps the last of two, a located reader the first, so such a
 * text must take the located path); undefined for any other text.
 */
export function parseStrictJson(text: string, maxDepth: number): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const properties =
    typeof value === 'object' && value !== null ? countProperties(value, 1, maxDepth) : 0;
  if (properties < 0 || !namesAllKept(text, properties)) return undefined;
  return { value };
}
