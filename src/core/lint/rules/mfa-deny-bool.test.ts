import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* "AWS global condition context keys", aws:MultiFactorAuthPresent: absent with long-term keys. */

const denyWithoutMfa = (operator: string, effect = 'Deny', extra: object = {}) =>
  policyText([
    {
      Effect: effect,
      NotAction: ['iam:ChangePassword', 'sts:GetSessionToken'],
      Resource: '*',
      Condition: { [operator]: { 'aws:MultiFactorAuthPresent': 'false', ...extra } },
    },
  ]);

describe('mfa-deny-bool', () => {
  it('warns on Deny with Bool false and offers BoolIfExists', () => {
    const text = denyWithoutMfa('Bool');
    const [finding] = findingsWithCode('mfa-deny-bool', text);
    expect(finding?.severity).toBe('warning');
    expect(spanText(text, finding!)).toBe('"Bool"');
    expect(applyFirstFix(text, finding!)).toBe(denyWithoutMfa('BoolIfExists'));
  });

  it('offers no fix when the Bool block tests other keys too', () => {
    const text = denyWithoutMfa('Bool', 'Deny', { 'aws:SecureTransport': 'true' });
    const [finding] = findingsWithCode('mfa-deny-bool', text);
    expect(finding?.fixes).toBeUndefined();
  });

  it('is silent for BoolIfExists, for Allow, and for "true"', () => {
    expect(findingsWithCode('mfa-deny-bool', denyWithoutMfa('BoolIfExists'))).toEqual([]);
    expect(findingsWithCode('mfa-deny-bool', denyWithoutMfa('Bool', 'Allow'))).toEqual([]);
    const present = denyWithoutMfa('Bool').replace('"false"', '"true"');
    expect(findingsWithCode('mfa-deny-bool', present)).toEqual([]);
  });
});
