import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Confirm audience claim type". */

const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

const trust = (federated: string, operator: string, key: string) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: { Federated: federated },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { [operator]: { [key]: 'sts.amazonaws.com' } },
    },
  ]);

describe('audience-qualifier', () => {
  it.each(['ForAnyValue:StringEquals', 'ForAllValues:StringLike'])(
    'suggests dropping %s on the provider audience, with a fix',
    (operator) => {
      const key = 'token.actions.githubusercontent.com:aud';
      const text = trust(GITHUB, operator, key);
      const [finding] = findingsWithCode('audience-qualifier', text, 'trust');
      expect(finding?.severity).toBe('suggestion');
      expect(spanText(text, finding!)).toBe(`"${key}"`);
      const plain = operator.slice(operator.indexOf(':') + 1);
      expect(applyFirstFix(text, finding!)).toBe(trust(GITHUB, plain, key));
    },
  );

  it('is silent on a plain operator, another key, another provider, or outside trust policies', () => {
    const key = 'token.actions.githubusercontent.com:aud';
    expect(
      findingsWithCode('audience-qualifier', trust(GITHUB, 'StringEquals', key), 'trust'),
    ).toEqual([]);
    const sub = trust(GITHUB, 'ForAnyValue:StringLike', 'token.actions.githubusercontent.com:sub');
    expect(findingsWithCode('audience-qualifier', sub, 'trust')).toEqual([]);
    const other = trust(GITHUB, 'ForAnyValue:StringEquals', 'example.com:aud');
    expect(findingsWithCode('audience-qualifier', other, 'trust')).toEqual([]);
    const resource = trust(GITHUB, 'ForAnyValue:StringEquals', key);
    expect(findingsWithCode('audience-qualifier', resource, 'resource')).toEqual([]);
  });
});
