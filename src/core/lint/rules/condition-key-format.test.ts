import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* "IAM JSON policy elements: Condition": keys are prefix:name (Access Analyzer: "Invalid condition key format"). */

const withCondition = (condition: object, effect = 'Allow') =>
  policyText([{ Effect: effect, Action: 's3:GetObject', Resource: '*', Condition: condition }]);

describe('condition-key-format', () => {
  it('reports a key without a prefix and offers the global key', () => {
    const text = withCondition({ IpAddress: { SourceIp: '203.0.113.0/24' } });
    const [finding] = findingsWithCode('condition-key-format', text);
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toBe('"SourceIp"');
    expect(applyFirstFix(text, finding!)).toBe(
      withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
    );
  });

  it('offers no fix for a name no global key has, nor for an empty prefix or name', () => {
    for (const key of ['Department', ':SourceIp', 'aws:']) {
      const [finding] = findingsWithCode(
        'condition-key-format',
        withCondition({ StringEquals: { [key]: 'x' } }),
      );
      expect(finding?.code, key).toBe('condition-key-format');
      if (key === 'Department') expect(finding?.fixes).toBeUndefined();
    }
  });

  it('says when a negated operator makes an Allow unconditional, not for a Deny', () => {
    const negated = { StringNotEquals: { Department: 'finance' } };
    const [allow] = findingsWithCode('condition-key-format', withCondition(negated));
    expect(allow?.message).toContain('so this Allow applies to every request it names');
    const [deny] = findingsWithCode('condition-key-format', withCondition(negated, 'Deny'));
    expect(deny?.message).not.toContain('Allow applies');
  });

  it('is silent for keys with a prefix, provider claims included', () => {
    const text = withCondition({
      StringEquals: { 'aws:username': 'a', 's3:prefix': 'home/', 'accounts.google.com:aud': 'x' },
    });
    expect(findingsWithCode('condition-key-format', text)).toEqual([]);
  });
});
