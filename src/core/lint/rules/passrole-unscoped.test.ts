import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

const role = (name: string) => `arn:aws:iam::111122223333:role/${name}`;

describe('passrole-unscoped', () => {
  it('reports iam:PassRole on "*", through a wildcard, NotAction or NotResource', () => {
    for (const statement of [
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
      { Effect: 'Allow', Action: 'iam:Pass*', Resource: '*' },
      { Effect: 'Allow', NotAction: 's3:*', Resource: '*' },
      { Effect: 'Allow', Action: 'iam:PassRole', NotResource: role('admin') },
    ]) {
      const [finding] = findingsWithCode('passrole-unscoped', policyText([statement]));
      expect(finding?.severity).toBe('security-warning');
    }
  });

  it('points at the action entry that grants it', () => {
    const text = policyText([
      { Effect: 'Allow', Action: ['s3:GetObject', 'iam:PassRole'], Resource: '*' },
    ]);
    expect(findingsWithCode('passrole-unscoped', text).map((f) => spanText(text, f))).toEqual([
      '"iam:PassRole"',
    ]);
  });

  it('is silent for named roles, Deny, and statements without PassRole', () => {
    for (const statement of [
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: role('app') },
      { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    ]) {
      expect(findingsWithCode('passrole-unscoped', policyText([statement]))).toEqual([]);
    }
  });
});
