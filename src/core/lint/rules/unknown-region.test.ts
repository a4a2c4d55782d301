import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Invalid Region" (aws:RequestedRegion values), and ARNs' Region segments. */

const requested = (value: string, operator = 'StringEquals') =>
  policyText([
    {
      Effect: 'Allow',
      Action: 'ec2:*',
      Resource: '*',
      Condition: { [operator]: { 'aws:RequestedRegion': value } },
    },
  ]);

const resource = (arn: string) =>
  policyText([{ Effect: 'Allow', Action: 'ec2:StartInstances', Resource: arn }]);

describe('unknown-region', () => {
  it('warns of a Region-shaped name missing from the list, with the closest Region as a fix', () => {
    const text = requested('us-est-1');
    const [finding] = findingsWithCode('unknown-region', text);
    expect(finding?.severity).toBe('warning');
    expect(spanText(text, finding!)).toBe('us-est-1');
    expect(finding?.message).toMatch(/@aws-sdk\/core/);
    expect(applyFirstFix(text, finding!)).toBe(requested('us-east-1'));
  });

  it.each(['us-east', 'useast1', 'US-EAST-1'])(
    'reports "%s", no Region name, as an error',
    (value) => {
      const [finding] = findingsWithCode('unknown-region', requested(value));
      expect(finding?.severity).toBe('error');
    },
  );

  it('warns of an ARN whose Region segment names no Region, on that segment', () => {
    const text = resource('arn:aws:ec2:eu-wast-1:123456789012:instance/*');
    const [finding] = findingsWithCode('unknown-region', text);
    expect(finding?.severity).toBe('warning');
    expect(spanText(text, finding!)).toBe('eu-wast-1');
    expect(applyFirstFix(text, finding!)).toBe(
      resource('arn:aws:ec2:eu-west-1:123456789012:instance/*'),
    );
  });

  it.each([
    ['StringEquals', 'us-east-1'],
    ['StringEquals', 'cn-northwest-1'],
    ['StringEquals', 'us-gov-east-1'],
    ['StringEqualsIgnoreCase', 'US-EAST-1'],
    ['StringLike', 'eu-*'],
    ['StringEquals', '${aws:PrincipalTag/region}'],
  ])('is silent for %s "%s"', (operator, value) => {
    expect(findingsWithCode('unknown-region', requested(value, operator))).toEqual([]);
  });

  it.each([
    'arn:aws:ec2:us-west-2:123456789012:instance/*',
    'arn:aws:ec2:*:123456789012:instance/*',
    'arn:aws:s3:::bucket/us-east-9/*',
    'arn:aws:ec2:us-east:123456789012:instance/*',
  ])('leaves %s alone', (arn) => {
    expect(findingsWithCode('unknown-region', resource(arn))).toEqual([]);
  });
});
