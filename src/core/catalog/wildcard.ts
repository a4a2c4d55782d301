/**
 * Matches `text` against an IAM wildcard pattern where `*` is any run of characters and `?` any
 * one character. Linear backtracking on the last `*` only, so no pattern can blow up (unlike a
 * regular expression built from it). `ignoreCase` for actions, which IAM matches case-insensitively
 * ("IAM JSON policy elements: Action").
 */
export function matchesWildcard(pattern: string, text: string, ignoreCase = true): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  let pi = 0;
  let ti = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
      pi += 1;
      ti += 1;
    } else if (pi < p.length && p[pi] === '*') {
      starAt = pi;
      resumeAt = ti;
      pi += 1;
    } else if (starAt !== -1) {
      pi = starAt + 1;
      resumeAt += 1;
      ti = resumeAt;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
