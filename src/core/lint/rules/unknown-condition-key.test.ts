import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const withKeys = (keys: Record<string, string>, action: unknown = 's3:ListBucket') =>
  policyText([
    { Effect: 'Allow', Action: action, Resource: '*', Condition: { StringEquals: keys } },
  ]);

describe('unknown-condition-key', () => {
  it('reports unknown global and service keys, with a did-you-mean fix', () => {
    const text = withKeys({ 'aws:SourceIpp': '1', 's3:prefixx': 'a' });
    const findings = findingsWithCode('unknown-condition-key', text, 'identity', testCatalog());
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(findings[0]?.message).toContain('did you mean "aws:SourceIp"');
    expect(
      Object.keys(
        JSON.parse(applyFirstFix(text, findings[1]!)).Statement[0].Condition.StringEquals,
      ),
    ).toEqual(['aws:SourceIpp', 's3:prefix']);
  });

  it('accepts documented keys in any case, tag keys, identity provider claims and unloaded services', () => {
    const text = withKeys({
      'AWS:SOURCEIP': '1',
      'aws:RequestTag/team': 'x',
      's3:ExistingObjectTag/owner': 'me',
      'saml:aud': 'x',
      'accounts.google.com:aud': 'x',
      'lambda:FunctionArn': 'x',
    });
    expect(
      findingsWithCode('unknown-condition-key', text, 'identity', testCatalog(['lambda'])),
    ).toEqual([]);
  });

  it('names the keys that replace aws:ARN', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { ArnEquals: { 'aws:ARN': 'arn:aws:iam::111122223333:role/app' } },
      },
    ]);
    const [finding] = findingsWithCode('unknown-condition-key', text, 'identity', testCatalog());
    expect(finding?.message).toContain('use aws:PrincipalArn for the caller');
  });
});
