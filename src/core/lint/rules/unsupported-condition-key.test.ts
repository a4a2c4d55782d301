import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { findingsWithCode, policyText } from '../testing.ts';

const statement = (action: unknown, key: string, effect = 'Allow') =>
  policyText([
    { Effect: effect, Action: action, Resource: '*', Condition: { StringEquals: { [key]: 'x' } } },
  ]);

describe('unsupported-condition-key', () => {
  it('reports a service key none of the statement actions supports', () => {
    const [finding] = findingsWithCode(
      'unsupported-condition-key',
      statement('s3:GetObject', 's3:prefix'),
      'identity',
      testCatalog(),
    );
    expect(finding?.severity).toBe('error');
  });

  it('is silent when an action supports it, for keys of other services, and with wildcards', () => {
    const catalog = testCatalog();
    const cases: [unknown, string][] = [
      [['s3:GetObject', 's3:ListBucket'], 's3:prefix'],
      ['s3:GetObject', 's3:ExistingObjectTag/team'],
      ['ec2:RunInstances', 's3:prefix'],
      ['*', 's3:prefix'],
    ];
    for (const [action, key] of cases) {
      expect(
        findingsWithCode('unsupported-condition-key', statement(action, key), 'identity', catalog),
      ).toEqual([]);
    }
  });
});

describe('unsupported-tag-key', () => {
  it('warns about a Deny on a tag key the actions do not support', () => {
    const deny = statement('s3:DeleteObject', 'aws:ResourceTag/team', 'Deny');
    expect(
      findingsWithCode('unsupported-tag-key', deny, 'identity', testCatalog())[0]?.severity,
    ).toBe('security-warning');
    const allow = statement('s3:DeleteObject', 'aws:ResourceTag/team');
    expect(
      findingsWithCode('unsupported-tag-key', allow, 'identity', testCatalog())[0]?.severity,
    ).toBe('suggestion');
  });

  it('is silent when an action supports the tag key', () => {
    const deny = statement('ec2:TerminateInstances', 'aws:ResourceTag/team', 'Deny');
    expect(findingsWithCode('unsupported-tag-key', deny, 'identity', testCatalog())).toEqual([]);
  });
});
