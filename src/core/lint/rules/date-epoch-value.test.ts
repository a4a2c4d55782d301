import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Invalid date value" (epoch time may not resolve as expected). */

const before = (key: string, value: string) =>
  policyText([
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { DateLessThan: { [key]: value } },
    },
  ]);

describe('date-epoch-value', () => {
  it('warns on epoch seconds and writes the date', () => {
    const text = before('aws:CurrentTime', '1767225600');
    const [finding] = findingsWithCode('date-epoch-value', text);
    expect(finding?.severity).toBe('warning');
    expect(spanText(text, finding!)).toBe('"1767225600"');
    expect(applyFirstFix(text, finding!)).toBe(before('aws:CurrentTime', '2026-01-01T00:00:00Z'));
  });

  it('is silent for dates and for aws:EpochTime', () => {
    expect(findingsWithCode('date-epoch-value', before('aws:CurrentTime', '2026-01-01'))).toEqual(
      [],
    );
    expect(findingsWithCode('date-epoch-value', before('aws:EpochTime', '1767225600'))).toEqual([]);
  });
});
