import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

describe('redundant-action and redundant-resource', () => {
  it('suggests removing an action a wildcard covers, whatever the case', () => {
    const text = policyText([
      { Effect: 'Allow', Action: ['s3:Get*', 'S3:GETOBJECT', 's3:PutObject'], Resource: '*' },
    ]);
    const [finding] = findingsWithCode('redundant-action', text);
    expect(finding?.severity).toBe('suggestion');
    expect(spanText(text, finding!)).toBe('"S3:GETOBJECT"');
    expect(JSON.parse(applyFirstFix(text, finding!)).Statement[0].Action).toEqual([
      's3:Get*',
      's3:PutObject',
    ]);
  });

  it('reports the later of two equal resources', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::a/*'],
      },
    ]);
    const findings = findingsWithCode('redundant-resource', text);
    expect(findings).toHaveLength(1);
    expect(JSON.parse(applyFirstFix(text, findings[0]!)).Statement[0].Resource).toEqual([
      'arn:aws:s3:::a/*',
      'arn:aws:s3:::b/*',
    ]);
  });

  it('is silent for distinct entries, and for resources differing in case', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        Action: ['s3:Get*', 's3:PutObject'],
        Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::A/*'],
      },
    ]);
    expect(findingsWithCode('redundant-action', text)).toEqual([]);
    expect(findingsWithCode('redundant-resource', text)).toEqual([]);
  });
});
