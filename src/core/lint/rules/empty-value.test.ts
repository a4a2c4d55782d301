import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

describe('empty-value and empty-sid', () => {
  it('suggests filling in or removing empty principals and conditions', () => {
    const text = policyText(
      [
        {
          Effect: 'Allow',
          Principal: { AWS: [] },
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { StringEquals: {}, Bool: { 'aws:SecureTransport': [] } },
        },
      ],
      '2012-10-17',
    );
    const findings = findingsWithCode('empty-value', text, 'resource');
    expect(findings.map((finding) => spanText(text, finding).split(':')[0])).toEqual([
      '"AWS"',
      '"StringEquals"',
      '"aws',
    ]);
    expect(findings.every((finding) => finding.severity === 'suggestion')).toBe(true);
    const fixed = JSON.parse(applyFirstFix(text, findings[1]!));
    expect(fixed.Statement[0].Condition.StringEquals).toBeUndefined();
  });

  // "IAM JSON policy element reference": a statement must include Action or NotAction, and
  // Resource or NotResource; an empty list names none.
  it.each([
    [
      { Action: [], Resource: '*' },
      '"Action" is an empty array: a statement needs at least one action',
    ],
    [
      { NotAction: [], Resource: '*' },
      '"NotAction" is an empty array: a statement needs at least one action',
    ],
    [
      { Action: 's3:GetObject', Resource: [] },
      '"Resource" is an empty array: a statement needs at least one resource',
    ],
    [
      { Action: 's3:GetObject', NotResource: [] },
      '"NotResource" is an empty array: a statement needs at least one resource',
    ],
  ])('reports an empty list as an error: %j', (elements, message) => {
    const text = policyText([{ Effect: 'Allow', ...elements }]);
    const [finding] = findingsWithCode('empty-value', text);
    expect(finding).toMatchObject({ severity: 'error', message });
    expect(finding?.fixes).toBeUndefined();
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
