import { describe, expect, it } from 'vitest';
import { applyFirstFix, findingsWithCode, ipRangePolicy, spanText } from '../testing.ts';

const rangesAfterFix = (text: string, operator = 'IpAddress') => {
  const [finding] = findingsWithCode('ip-range-mergeable', text);
  return JSON.parse(applyFirstFix(text, finding!)).Statement[0].Condition[operator]['aws:SourceIp'];
};

describe('ip-range-mergeable (IAM Access Analyzer: "Improve IP range")', () => {
  it('suggests merging the two halves of a range, at the second half', () => {
    const text = ipRangePolicy(['203.0.113.0/25', '198.51.100.7', '203.0.113.128/25']);
    const findings = findingsWithCode('ip-range-mergeable', text);
    expect(findings.map((finding) => spanText(text, finding))).toEqual(['"203.0.113.128/25"']);
    expect(findings[0]?.severity).toBe('suggestion');
    expect(findings[0]?.message).toContain('"203.0.113.0/24"');
    expect(rangesAfterFix(text)).toEqual(['203.0.113.0/24', '198.51.100.7']);
  });

  it('merges neighbouring addresses, host bits set, NotIpAddress and IPv6', () => {
    expect(rangesAfterFix(ipRangePolicy(['198.51.100.7', '198.51.100.6']))).toEqual([
      '198.51.100.6/31',
    ]);
    expect(rangesAfterFix(ipRangePolicy(['203.0.113.5/25', '203.0.113.200/25']))).toEqual([
      '203.0.113.0/24',
    ]);
    expect(
      rangesAfterFix(
        ipRangePolicy(['2001:db8::/33', '2001:db8:8000::/33'], 'NotIpAddress'),
        'NotIpAddress',
      ),
    ).toEqual(['2001:db8::/32']);
  });

  it('is silent for ranges that are not two halves of one', () => {
    for (const ranges of [
      ['203.0.113.128/25', '203.0.114.0/25'],
      ['203.0.113.0/25', '203.0.113.128/26'],
      ['203.0.113.0/24', '203.0.113.0/25', '203.0.113.128/25'],
      ['0.0.0.0/0', '::/0'],
      ['198.51.100.7'],
    ]) {
      expect(findingsWithCode('ip-range-mergeable', ipRangePolicy(ranges))).toEqual([]);
    }
  });
});
