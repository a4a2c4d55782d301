import { describe, expect, it } from 'vitest';
import { findingsWithCode, ipRangePolicy, spanText } from '../testing.ts';

describe('private-ip and private-ip-subset', () => {
  it('errs on a private range in aws:SourceIp', () => {
    const text = ipRangePolicy(['10.1.0.0/16', '192.168.1.7', 'fd00::/8', '203.0.113.0/24']);
    const findings = findingsWithCode('private-ip', text);
    expect(findings.map((finding) => spanText(text, finding))).toEqual([
      '"10.1.0.0/16"',
      '"192.168.1.7"',
      '"fd00::/8"',
    ]);
    expect(findings[0]?.severity).toBe('error');
  });

  it('suggests narrowing a range that includes private addresses', () => {
    const [finding] = findingsWithCode('private-ip-subset', ipRangePolicy(['0.0.0.0/0']));
    expect(finding?.severity).toBe('suggestion');
    expect(findingsWithCode('private-ip', ipRangePolicy(['0.0.0.0/0']))).toEqual([]);
  });

  it('is silent for public ranges and for aws:VpcSourceIp', () => {
    expect(findingsWithCode('private-ip', ipRangePolicy(['203.0.113.0/24']))).toEqual([]);
    expect(findingsWithCode('private-ip-subset', ipRangePolicy(['203.0.113.0/24']))).toEqual([]);
    const vpc = ipRangePolicy('10.0.0.0/8', 'IpAddress', 'aws:VpcSourceIp');
    expect(findingsWithCode('private-ip', vpc)).toEqual([]);
  });
});
