import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

describe('privilege-escalation', () => {
  it('reports a single escalating action', () => {
    for (const action of ['iam:CreatePolicyVersion', 'iam:AttachUserPolicy']) {
      const text = policyText([
        { Effect: 'Allow', Action: ['s3:GetObject', action], Resource: '*' },
      ]);
      const [finding] = findingsWithCode('privilege-escalation', text);
      expect(finding?.severity).toBe('security-warning');
      expect(spanText(text, finding!)).toBe(`"${action}"`);
    }
  });

  it('reports PassRole with lambda:CreateFunction and InvokeFunction across statements', () => {
    const text = policyText([
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/x' },
      {
        Effect: 'Allow',
        Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'],
        Resource: '*',
      },
    ]);
    const [finding] = findingsWithCode('privilege-escalation', text);
    expect(finding?.message).toContain(
      'iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction',
    );
  });

  it('groups every path a wildcard opens into one finding', () => {
    const findings = findingsWithCode(
      'privilege-escalation',
      policyText([{ Effect: 'Allow', Action: '*', Resource: '*' }]),
    );
    expect(findings).toHaveLength(1);
  });

  it('reads wildcards anywhere, any case and NotAction, and points at the first statement', () => {
    for (const action of ['*:CreateAccessKey', 'i?m:Create*', 'IAM:createaccesskey', 'iam:*']) {
      const text = policyText([
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: action, Resource: '*' },
        { Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*' },
      ]);
      const findings = findingsWithCode('privilege-escalation', text);
      expect(findings.map((finding) => spanText(text, finding))).toEqual([`"${action}"`]);
    }
    const notAction = policyText([{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }]);
    const [finding] = findingsWithCode('privilege-escalation', notAction);
    expect(finding?.message).toContain('iam:CreateAccessKey');
  });

  it('is silent for part of a combination, for Deny and outside identity policies', () => {
    const partial = policyText([
      { Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction'], Resource: '*' },
    ]);
    expect(findingsWithCode('privilege-escalation', partial)).toEqual([]);
    const deny = policyText([{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }]);
    expect(findingsWithCode('privilege-escalation', deny)).toEqual([]);
    const scp = policyText([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    expect(findingsWithCode('privilege-escalation', scp, 'scp')).toEqual([]);
  });
});
