import { describe, expect, it } from 'vitest';
import { compileWildcard } from '../engine/match/wildcard.ts';
import { globCovers, globsIntersect, matchesAsText } from './glob.ts';

/** Every string of `alphabet` up to `longest` characters, the empty one included. */
function allStrings(alphabet: string[], longest: number): string[] {
  let level = [''];
  const all = [''];
  for (let length = 1; length <= longest; length++) {
    level = level.flatMap((text) => alphabet.map((char) => text + char));
    all.push(...level);
  }
  return all;
}

// Patterns of up to 3 characters share a string, if any, of up to 6 (`c` stands for the rest).
const PATTERNS = allStrings(['a', 'b', '*', '?'], 3);
const TEXTS = allStrings(['a', 'b', 'c'], 6);
const MATCHED = new Map(
  PATTERNS.map((pattern) => [pattern, TEXTS.filter((text) => compileWildcard(pattern)(text))]),
);
const MATCHED_SETS = new Map([...MATCHED].map(([pattern, texts]) => [pattern, new Set(texts)]));
const matched = (pattern: string) => MATCHED_SETS.get(pattern)!;

/** The pairs of `firsts` and `seconds` for which `wrong` holds, as one readable failure. */
function failing(
  firsts: string[],
  seconds: string[],
  wrong: (first: string, second: string) => boolean,
): string[] {
  return firsts.flatMap((first) =>
    seconds.filter((second) => wrong(first, second)).map((second) => `${first} ${second}`),
  );
}

describe('globsIntersect', () => {
  it('finds a common string when there is one', () => {
    expect(globsIntersect('arn:aws:s3:::*', 'arn:*:s3:::*/*')).toBe(true);
    expect(globsIntersect('s3:Get*', '*Object')).toBe(true);
    expect(globsIntersect('a?c', 'abc')).toBe(true);
    expect(globsIntersect('S3:GETOBJECT', 's3:getobject', true)).toBe(true);
  });

  it('says no when the patterns cannot meet', () => {
    expect(globsIntersect('arn:aws:s3:::bucket', 'arn:*:s3:::*/*')).toBe(false);
    expect(globsIntersect('s3:Get*', 's3:Put*')).toBe(false);
    expect(globsIntersect('ab', 'a')).toBe(false);
  });
});

describe('globsIntersect against every short string', () => {
  it('says yes exactly when some string matches both patterns', () => {
    const wrong = failing(PATTERNS, PATTERNS, (a, b) => {
      const matchedByA = matched(a);
      return globsIntersect(a, b) !== MATCHED.get(b)!.some((text) => matchedByA.has(text));
    });
    expect(wrong).toEqual([]);
  });
});

describe('matchesAsText against every short pattern', () => {
  it('holds only for patterns that intersect, and for each pattern and itself', () => {
    const wrong = failing(
      PATTERNS,
      PATTERNS,
      (a, b) => matchesAsText(a, b) && !globsIntersect(a, b),
    );
    expect(wrong).toEqual([]);
    expect(PATTERNS.filter((pattern) => !matchesAsText(pattern, pattern))).toEqual([]);
  });

  it('reads wildcards of the text as characters', () => {
    expect(matchesAsText('arn:*:s3:::*/*', 'arn:aws:s3:::bucket/team/*')).toBe(true);
    expect(matchesAsText('a?c', 'a*c')).toBe(true);
    expect(matchesAsText('abc', 'a?c')).toBe(false);
  });
});

describe('globCovers', () => {
  it('covers a plain value exactly when the pattern matches it', () => {
    const wrong = failing(
      PATTERNS,
      TEXTS,
      (pattern, text) => globCovers(pattern, text) !== matched(pattern).has(text),
    );
    expect(wrong).toEqual([]);
  });

  it('covers a pattern only when it matches every string that pattern does', () => {
    const wrong = failing(PATTERNS, PATTERNS, (outer, inner) => {
      const matchedByOuter = matched(outer);
      return (
        globCovers(outer, inner) && !MATCHED.get(inner)!.every((text) => matchedByOuter.has(text))
      );
    });
    expect(wrong).toEqual([]);
  });

  it('covers narrower patterns and plain text', () => {
    expect(globCovers('s3:*', 's3:GetObject')).toBe(true);
    expect(globCovers('s3:Get*', 's3:GetObject*')).toBe(true);
    expect(globCovers('*', 'anything*')).toBe(true);
    expect(globCovers('S3:*', 's3:get?', true)).toBe(true);
  });

  it('does not cover wider or different patterns', () => {
    expect(globCovers('s3:GetObject', 's3:Get*')).toBe(false);
    expect(globCovers('a?c', 'a*c')).toBe(false);
    expect(globCovers('s3:Get*', 's3:PutObject')).toBe(false);
    expect(globCovers('S3:*', 's3:get', false)).toBe(false);
  });
});
