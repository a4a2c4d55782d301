import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* "AWS global condition context keys", aws:MultiFactorAuthPresent: absent with long-term keys. */

const allowOnMfa = (operator: string, value: string, effect = 'Allow') =>
  policyText([
    {
      Effect: effect,
      Action: '*',
      Resource: '*',
      Condition: { [operator]: { 'aws:MultiFactorAuthPresent': value } },
    },
  ]);

describe('mfa-allow-bool', () => {
  it('warns on an Allow on Bool aws:MultiFactorAuthPresent false, at the key', () => {
    const text = allowOnMfa('Bool', 'false');
    const [finding] = findingsWithCode('mfa-allow-bool', text);
    expect(finding?.severity).toBe('warning');
    expect(spanText(text, finding!)).toBe('"aws:MultiFactorAuthPresent"');
  });

  it('is silent on true, on BoolIfExists, and on a Deny (mfa-deny-bool reports it)', () => {
    expect(findingsWithCode('mfa-allow-bool', allowOnMfa('Bool', 'true'))).toEqual([]);
    expect(findingsWithCode('mfa-allow-bool', allowOnMfa('BoolIfExists', 'false'))).toEqual([]);
    expect(findingsWithCode('mfa-allow-bool', allowOnMfa('Bool', 'false', 'Deny'))).toEqual([]);
  });
});
