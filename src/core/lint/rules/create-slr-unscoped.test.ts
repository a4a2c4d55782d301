import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* "Using service-linked roles" (Access Analyzer: the "Create SLR with ..." checks). */

const SLR = 'arn:aws:iam::*:role/aws-service-role/elasticbeanstalk.amazonaws.com/*';
const statement = (fields: object) => policyText([{ Effect: 'Allow', ...fields }]);
const findings = (text: string, type: 'identity' | 'scp' = 'identity') =>
  findingsWithCode('create-slr-unscoped', text, type);

describe('create-slr-unscoped', () => {
  it.each([
    [
      'NotResource',
      { Action: 'iam:CreateServiceLinkedRole', NotResource: SLR },
      'with NotResource',
    ],
    [
      'star in action and NotResource',
      { Action: 'iam:Create*', NotResource: SLR },
      'with NotResource',
    ],
    ['NotAction and NotResource', { NotAction: 's3:*', NotResource: SLR }, 'with NotResource'],
    ['star in resource', { Action: 'iam:CreateServiceLinkedRole', Resource: '*' }, '("*")'],
    ['star in action and resource', { Action: 'iam:*', Resource: '*' }, '("*")'],
    ['star in resource and NotAction', { NotAction: 's3:*', Resource: '*' }, '("*")'],
  ])('warns: %s', (_, fields, how) => {
    const [finding] = findings(statement(fields));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain(how);
  });

  it('points at the action entry that grants it', () => {
    const text = statement({ Action: ['s3:GetObject', 'iam:Create*'], Resource: '*' });
    expect(spanText(text, findings(text)[0]!)).toBe('"iam:Create*"');
  });

  it('is silent when scoped by ARN or iam:AWSServiceName, when NotAction names it, and in SCPs', () => {
    expect(findings(statement({ Action: 'iam:CreateServiceLinkedRole', Resource: SLR }))).toEqual(
      [],
    );
    const byService = statement({
      Action: 'iam:CreateServiceLinkedRole',
      Resource: '*',
      Condition: { StringEquals: { 'iam:AWSServiceName': 'elasticbeanstalk.amazonaws.com' } },
    });
    expect(findings(byService)).toEqual([]);
    expect(findings(statement({ NotAction: 'iam:*', Resource: '*' }))).toEqual([]);
    expect(findings(statement({ Action: '*', Resource: '*' }), 'scp')).toEqual([]);
  });
});
