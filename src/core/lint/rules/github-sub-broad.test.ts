import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText } from '../testing.ts';

const GITHUB = 'token.actions.githubusercontent.com';

const trust = (sub: string) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${GITHUB}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [`${GITHUB}:sub`]: sub },
      },
    },
  ]);

describe('github-sub-broad', () => {
  it('warns on subjects that cover more than one repository', () => {
    for (const sub of ['*', 'repo:org/*', 'repo:*/app:*']) {
      expect(findingsWithCode('github-sub-broad', trust(sub), 'trust')[0]?.severity).toBe(
        'warning',
      );
    }
  });

  it('accepts one repository with a branch or environment', () => {
    for (const sub of ['repo:org/app:ref:refs/heads/main', 'repo:org/app:environment:prod']) {
      expect(findingsWithCode('github-sub-broad', trust(sub), 'trust')).toEqual([]);
    }
  });

  it('is for role trust policies only', () => {
    expect(findingsWithCode('github-sub-broad', trust('repo:org/*'), 'resource')).toEqual([]);
  });
});
