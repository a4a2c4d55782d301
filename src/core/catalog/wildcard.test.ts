import { describe, expect, it } from 'vitest';
import { hasWildcard, matchesWildcard } from './wildcard.ts';

describe('matchesWildcard', () => {
  it('matches * and ? and ignores case for actions', () => {
    expect(matchesWildcard('Get*', 'getobject')).toBe(true);
    expect(matchesWildcard('Get?ject', 'GetObject')).toBe(false);
    expect(matchesWildcard('GetO?ject', 'GetObject')).toBe(true);
    expect(matchesWildcard('*Object*', 'PutObjectAcl')).toBe(true);
    expect(matchesWildcard('Get*', 'PutObject')).toBe(false);
    expect(matchesWildcard('', '')).toBe(true);
    expect(matchesWildcard('*', '')).toBe(true);
  });

  it('respects case when asked to', () => {
    expect(matchesWildcard('Get*', 'getObject', false)).toBe(false);
  });

  it('backtracks over several stars', () => {
    expect(matchesWildcard('a*b*c', 'aXbYbZc')).toBe(true);
    expect(matchesWildcard('a*b*c', 'aXbYbZ')).toBe(false);
  });

  it('stays fast on patterns that are catastrophic as regular expressions', () => {
    const text = 'a'.repeat(5000);
    const started = performance.now();
    expect(matchesWildcard('a*a*a*a*a*a*a*a*b', text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('detects wildcards', () => {
    expect(hasWildcard('s3:Get*')).toBe(true);
    expect(hasWildcard('s3:GetObject')).toBe(false);
  });
});
