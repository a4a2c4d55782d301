import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* "IAM JSON policy elements: Sid" (Access Analyzer: "Unsupported Sid"). */

const withSid = (sid: string) =>
  policyText([{ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);

describe('sid-characters', () => {
  it('reports other characters in an IAM policy and drops them', () => {
    const text = withSid('Allow-Read reports');
    const [finding] = findingsWithCode('sid-characters', text);
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toBe('"Allow-Read reports"');
    expect(applyFirstFix(text, finding!)).toBe(withSid('AllowReadreports'));
    expect(findingsWithCode('sid-characters', withSid('_'), 'trust')[0]?.fixes).toEqual([]);
  });

  it("is silent for letters and digits, and in other services' policies", () => {
    expect(findingsWithCode('sid-characters', withSid('AllowRead2'))).toEqual([]);
    expect(findingsWithCode('sid-characters', withSid('Allow read'), 'resource')).toEqual([]);
  });
});
