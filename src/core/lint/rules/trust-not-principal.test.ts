import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Role trust policy syntax error notprincipal". */

const statement = (element: string) =>
  policyText([
    {
      Effect: 'Deny',
      [element]: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
    },
  ]);

describe('trust-not-principal', () => {
  it('reports NotPrincipal in a role trust policy', () => {
    const text = statement('NotPrincipal');
    const [finding] = findingsWithCode('trust-not-principal', text, 'trust');
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toMatch(/^"NotPrincipal": \{/);
  });

  it('is silent for Principal, and for NotPrincipal in a bucket policy', () => {
    expect(findingsWithCode('trust-not-principal', statement('Principal'), 'trust')).toEqual([]);
    expect(findingsWithCode('trust-not-principal', statement('NotPrincipal'), 'resource')).toEqual(
      [],
    );
  });
});
