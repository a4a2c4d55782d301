import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* "The confused deputy problem", IAM User Guide: cross-service confused deputy prevention. */

const topicPolicy = (condition?: object, principal: object = { Service: 's3.amazonaws.com' }) =>
  policyText([
    {
      Effect: 'Allow',
      Principal: principal,
      Action: 'sns:Publish',
      Resource: 'arn:aws:sns:us-east-1:111122223333:uploads',
      ...(condition ? { Condition: condition } : {}),
    },
  ]);

const findings = (text: string, type: 'resource' | 'trust' = 'resource') =>
  findingsWithCode('service-principal-source', text, type);

describe('service-principal-source', () => {
  it('warns on a service principal with no condition, at the principal', () => {
    const text = topicPolicy();
    const [finding] = findings(text);
    expect(finding?.severity).toBe('security-warning');
    expect(finding?.message).toContain('the confused deputy problem');
    expect(spanText(text, finding!)).toBe('"s3.amazonaws.com"');
  });

  it('suggests a source key where other keys stand in for one', () => {
    const [finding] = findings(topicPolicy({ StringLike: { 'aws:Referer': 'uploads-*' } }));
    expect(finding?.severity).toBe('suggestion');
    expect(finding?.message).toContain('rather than aws:Referer');
  });

  it.each([
    [{ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } }],
    [{ StringEquals: { 'aws:SourceAccount': '111122223333' } }],
    [{ StringEquals: { 'aws:sourceorgid': 'o-abcdef1234' } }],
  ])('is silent when %j names the source', (condition) => {
    expect(findings(topicPolicy(condition))).toEqual([]);
  });

  it('is not fooled by a negated or IfExists source condition', () => {
    expect(
      findings(topicPolicy({ StringNotEquals: { 'aws:SourceAccount': '444455556666' } })),
    ).toHaveLength(1);
    expect(
      findings(topicPolicy({ StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } })),
    ).toHaveLength(1);
  });

  it('leaves accounts, Deny statements and role trust policies alone', () => {
    expect(findings(topicPolicy(undefined, { AWS: '111122223333' }))).toEqual([]);
    expect(findings(topicPolicy().replace('"Allow"', '"Deny"'))).toEqual([]);
    const trust = policyText([
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    expect(findings(trust, 'trust')).toEqual([]);
  });
});
