import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, ipRangePolicy } from '../testing.ts';

describe('ip-range-redundant', () => {
  it('suggests removing a range inside another', () => {
    const text = ipRangePolicy(['203.0.113.0/24', '203.0.113.128/25', '198.51.100.7']);
    const [finding] = findingsWithCode('ip-range-redundant', text);
    expect(finding?.severity).toBe('suggestion');
    expect(
      JSON.parse(applyFirstFix(text, finding!)).Statement[0].Condition.IpAddress['aws:SourceIp'],
    ).toEqual(['203.0.113.0/24', '198.51.100.7']);
  });

  it('is silent for disjoint ranges', () => {
    expect(
      findingsWithCode('ip-range-redundant', ipRangePolicy(['203.0.113.0/25', '203.0.113.128/25'])),
    ).toEqual([]);
  });
});
