import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

describe('empty-value and empty-sid', () => {
  it('suggests filling in or removing empty arrays and objects', () => {
    const text = policyText(
      [
        {
          Effect: 'Allow',
          Principal: { AWS: [] },
          Action: [],
          Resource: '*',
          Condition: { StringEquals: {}, Bool: { 'aws:SecureTransport': [] } },
        },
      ],
      '2012-10-17',
    );
    const findings = findingsWithCode('empty-value', text, 'resource');
    expect(findings.map((finding) => spanText(text, finding).split(':')[0])).toEqual([
      '"AWS"',
      '"Action"',
      '"StringEquals"',
      '"aws',
    ]);
    expect(findings.every((finding) => finding.severity === 'suggestion')).toBe(true);
    const fixed = JSON.parse(applyFirstFix(text, findings[1]!));
    expect(fixed.Statement[0].Action).toBeUndefined();
  });

  it('suggests removing an empty Sid', () => {
    const text = policyText([{ Sid: '', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const [finding] = findingsWithCode('empty-sid', text);
    expect(JSON.parse(applyFirstFix(text, finding!)).Statement[0].Sid).toBeUndefined();
  });

  it('is silent for filled-in elements', () => {
    const text = policyText([
      {
        Sid: 'Read',
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      },
    ]);
    expect(findingsWithCode('empty-value', text)).toEqual([]);
    expect(findingsWithCode('empty-sid', text)).toEqual([]);
  });
});
