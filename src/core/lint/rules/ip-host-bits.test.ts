import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, ipRangePolicy } from '../testing.ts';

/* Access Analyzer: "Improve IP range". */

describe('ip-host-bits', () => {
  it.each([
    ['203.0.113.5/24', '203.0.113.0/24'],
    ['2001:db8::1/64', '2001:db8::/64'],
  ])('suggests %s -> %s', (written, block) => {
    const text = ipRangePolicy(written, 'NotIpAddress');
    const [finding] = findingsWithCode('ip-host-bits', text);
    expect(finding?.severity).toBe('suggestion');
    expect(applyFirstFix(text, finding!)).toBe(ipRangePolicy(block, 'NotIpAddress'));
  });

  it('is silent for a block written from its first address and for a bare address', () => {
    expect(
      findingsWithCode('ip-host-bits', ipRangePolicy(['203.0.113.0/24', '198.51.100.7'])),
    ).toEqual([]);
  });
});
