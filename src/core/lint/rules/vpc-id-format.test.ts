import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Invalid vpc format", "Invalid vpce format". */

const withCondition = (operator: string, key: string, value: string) =>
  policyText([
    { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { [operator]: { [key]: value } } },
  ]);

describe('vpc-id-format', () => {
  it.each([
    ['aws:SourceVpc', 'vpc-123'],
    ['aws:SourceVpc', 'vpce-1a2b3c4d'],
    ['aws:SourceVpce', 'vpc-1a2b3c4d'],
    ['aws:sourcevpce', 'vpce-1a2b3c4d5e'],
  ])('reports %s "%s"', (key, value) => {
    const text = withCondition('StringNotEquals', key, value);
    const [finding] = findingsWithCode('vpc-id-format', text);
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toBe(`"${value}"`);
  });

  it.each([
    ['StringNotEquals', 'aws:SourceVpc', 'vpc-1a2b3c4d'],
    ['StringNotEquals', 'aws:SourceVpc', 'vpc-0123456789abcdef0'],
    ['StringNotEquals', 'aws:SourceVpce', 'vpce-1a2b3c4d5e6f7a8b9'],
    ['StringNotLike', 'aws:SourceVpc', 'vpc-*'],
    ['StringEquals', 'aws:SourceVpc', '${aws:PrincipalTag/vpc}'],
    ['StringEquals', 'aws:VpcSourceIp', 'vpc-1'],
  ])('is silent for %s %s "%s"', (operator, key, value) => {
    expect(findingsWithCode('vpc-id-format', withCondition(operator, key, value))).toEqual([]);
  });
});
