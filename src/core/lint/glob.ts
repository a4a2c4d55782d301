import { compileWildcard } from '../engine/match/wildcard.ts';

/**
 * Reasoning about two IAM patterns at once (`*` any run, `?` one character), for checks that ask
 * whether a pattern can match anything another matches, or everything it matches. Dynamic
 * programming over both patterns: O(length × length), no backtracking.
 */

const STAR = 42;
const QUESTION = 63;

function lower(pattern: string, ignoreCase: boolean): string {
  return ignoreCase ? pattern.toLowerCase() : pattern;
}

/** Whether the code is `*` or `?`. */
function isWildcard(code: number): boolean {
  return code === STAR || code === QUESTION;
}

/**
 * Whether the text before the first wildcard of each pattern, and after the last, agree where they
 * overlap: a string both patterns match starts and ends with both. A pair that differs there is
 * told apart without the table below.
 */
function literalEndsAgree(x: string, y: string): boolean {
  for (let i = 0; i < x.length && i < y.length; i++) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(i);
    if (isWildcard(cx) || isWildcard(cy)) break;
    if (cx !== cy) return false;
  }
  for (let i = x.length - 1, j = y.length - 1; i >= 0 && j >= 0; i--, j--) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(j);
    if (isWildcard(cx) || isWildcard(cy)) break;
    if (cx !== cy) return false;
  }
  return true;
}

/**
 * Whether `pattern` matches `text` read as plain text, its `*` and `?` taken as characters. Then
 * `text` itself is a string both match (a wildcard matches the character it stands on), so the two
 * intersect: a test of one pass that settles most pairs before globsIntersect's table.
 */
export function matchesAsText(pattern: string, text: string): boolean {
  return compileWildcard(pattern)(text);
}

/**
 * The two rows of globsIntersect's table, kept from call to call and grown when a pattern is
 * longer: the lint of a large policy asks tens of thousands of times.
 */
let rowCells = new Uint8Array(128);
let nextCells = new Uint8Array(128);

/** Whether some string matches both patterns. */
export function globsIntersect(a: string, b: string, ignoreCase = false): boolean {
  const x = lower(a, ignoreCase);
  const y = lower(b, ignoreCase);
  if (!literalEndsAgree(x, y)) return false;
  if (!hasWildcard(x)) return compileWildcard(y)(x);
  if (!hasWildcard(y)) return compileWildcard(x)(y);
  const width = y.length + 1;
  if (rowCells.length < width) {
    rowCells = new Uint8Array(2 * width);
    nextCells = new Uint8Array(2 * width);
  }
  // row[j]: x[0,i) and y[0,j) can match one common prefix; one row per i, two rows kept.
  let row = rowCells;
  let next = nextCells;
  row.fill(0, 0, width);
  row[0] = 1;
  for (let i = 0; ; i++) {
    const more = i < x.length;
    const cx = x.charCodeAt(i);
    next.fill(0, 0, width);
    let any = 0;
    for (let j = 0; j < width; j++) {
      if (!row[j]) continue;
      any = 1;
      const cy = y.charCodeAt(j);
      if (more && cx === STAR) {
        next[j] = 1;
        if (j < y.length) row[j + 1] = 1;
      }
      if (j < y.length && cy === STAR) {
        row[j + 1] = 1;
        if (more) next[j] = 1;
      }
      if (more && j < y.length && cx !== STAR && cy !== STAR) {
        if (cx === cy || cx === QUESTION || cy === QUESTION) next[j + 1] = 1;
      }
    }
    if (!more || !any) return row[y.length] === 1;
    const done = row;
    row = next;
    next = done;
  }
}

/**
 * Whether every string `inner` matches is matched by `outer`. Sufficient test: `outer` must match
 * `inner` as text where inner's `*` can only be taken by outer's `*` and inner's `?` by `?` or `*`.
 */
export function globCovers(outer: string, inner: string, ignoreCase = false): boolean {
  const o = lower(outer, ignoreCase);
  const n = lower(inner, ignoreCase);
  if (!n.startsWith(literalPrefix(o))) return false;
  if (!hasWildcard(n)) return compileWildcard(o)(n);
  // row[j]: o[0, i) covers n[0, j).
  let row = new Uint8Array(n.length + 1);
  let next = new Uint8Array(n.length + 1);
  row[0] = 1;
  for (let i = 0; i < o.length; i++) {
    const co = o.charCodeAt(i);
    let any = 0;
    next[0] = co === STAR ? row[0]! : 0;
    any |= next[0];
    for (let j = 1; j <= n.length; j++) {
      if (co === STAR) {
        next[j] = row[j]! | next[j - 1]!;
      } else {
        const cn = n.charCodeAt(j - 1);
        next[j] = cn !== STAR && (co === QUESTION || co === cn) ? row[j - 1]! : 0;
      }
      any |= next[j]!;
    }
    if (!any) return false;
    [row, next] = [next, row];
  }
  return row[n.length] === 1;
}

/** The text before the first wildcard: every value a pattern covers starts with it. */
export function literalPrefix(pattern: string): string {
  const at = pattern.search(/[*?]/);
  return at < 0 ? pattern : pattern.slice(0, at);
}

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/**
 * A test for "some pattern of the list covers this value", fast for long lists: values listed
 * are looked up in a set, and only the (usually few) wildcard entries are tried one by one.
 */
export function coverTest(
  patterns: readonly string[],
  ignoreCase: boolean,
): (value: string) => boolean {
  const norm = (value: string) => (ignoreCase ? value.toLowerCase() : value);
  // A pattern covers itself: listed values are found in the set, wildcards or not.
  const listed = new Set(patterns.map(norm));
  const wild = patterns
    .filter(hasWildcard)
    .map((pattern) => [pattern, literalPrefix(norm(pattern))] as const);
  return (value) => {
    const normalized = norm(value);
    return (
      listed.has(normalized) ||
      wild.some(
        ([pattern, prefix]) =>
          normalized.startsWith(prefix) && globCovers(pattern, value, ignoreCase),
      )
    );
  };
}
