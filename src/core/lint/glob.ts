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

/** Whether some string matches both patterns. */
export function globsIntersect(a: string, b: string, ignoreCase = false): boolean {
  const x = lower(a, ignoreCase);
  const y = lower(b, ignoreCase);
  // reach[i][j]: x[0,i) and y[0,j) can match one common prefix.
  const reach: boolean[][] = Array.from({ length: x.length + 1 }, () =>
    new Array<boolean>(y.length + 1).fill(false),
  );
  reach[0]![0] = true;
  for (let i = 0; i <= x.length; i++) {
    for (let j = 0; j <= y.length; j++) {
      if (!reach[i]![j]) continue;
      const cx = x.charCodeAt(i);
      const cy = y.charCodeAt(j);
      if (i < x.length && cx === STAR) {
        reach[i + 1]![j] = true;
        if (j < y.length) reach[i]![j + 1] = true;
      }
      if (j < y.length && cy === STAR) {
        reach[i]![j + 1] = true;
        if (i < x.length) reach[i + 1]![j] = true;
      }
      if (i < x.length && j < y.length && cx !== STAR && cy !== STAR) {
        if (cx === cy || cx === QUESTION || cy === QUESTION) reach[i + 1]![j + 1] = true;
      }
    }
  }
  return reach[x.length]![y.length]!;
}

/**
 * Whether every string `inner` matches is matched by `outer`. Sufficient test: `outer` must match
 * `inner` as text where inner's `*` can only be taken by outer's `*` and inner's `?` by `?` or `*`.
 */
export function globCovers(outer: string, inner: string, ignoreCase = false): boolean {
  const o = lower(outer, ignoreCase);
  const n = lower(inner, ignoreCase);
  if (!n.startsWith(literalPrefix(o))) return false;
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
 * A test for "some pattern of the list covers this value", fast for long lists: plain entries are
 * looked up in a set, and only the (usually few) wildcard entries are tried one by one.
 */
export function coverTest(
  patterns: readonly string[],
  ignoreCase: boolean,
): (value: string) => boolean {
  const norm = (value: string) => (ignoreCase ? value.toLowerCase() : value);
  const plain = new Set(patterns.filter((pattern) => !hasWildcard(pattern)).map(norm));
  const wild = patterns
    .filter(hasWildcard)
    .map((pattern) => [pattern, literalPrefix(norm(pattern))] as const);
  return (value) => {
    const normalized = norm(value);
    return (
      plain.has(normalized) ||
      wild.some(
        ([pattern, prefix]) =>
          normalized.startsWith(prefix) && globCovers(pattern, value, ignoreCase),
      )
    );
  };
}
