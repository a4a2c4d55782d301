import { describe, expect, it } from 'vitest';
import { parseAddress, parseCidr } from './ip.ts';
import { check } from './testing.ts';

const inRange = (cidr: string | string[], ip: string) =>
  check('IpAddress', 'aws:SourceIp', cidr, { 'aws:SourceIp': ip }).matched;

describe('IP address condition operators (IAM JSON policy elements: Condition operators)', () => {
  it('parses IPv4 and IPv6, including :: and an IPv4 tail', () => {
    expect(parseAddress('203.0.113.7')).toEqual([0xcb00, 0x7107]);
    expect(parseAddress('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseAddress('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseAddress('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseAddress('256.1.1.1')).toBeUndefined();
    expect(parseAddress('1::2::3')).toBeUndefined();
    expect(parseAddress('1:2:3:4:5:6:7')).toBeUndefined();
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
  });

  it('reads an IPv4 address only as four decimal numbers of one to three digits up to 255', () => {
    expect(parseAddress('010.001.0.255')).toEqual([0x0a01, 0x00ff]);
    for (const text of [
      '',
      '1.2.3',
      '1.2.3.4.5',
      '1..2.3',
      '.1.2.3',
      '1.2.3.',
      ' 1.2.3.4',
      '1.2.3.4 ',
      '1.2.3.4\n',
      '1.2.3.0x1',
      '1.2.3.+4',
      '1234.1.1.1',
      '1.2.3.256',
    ]) {
      expect(parseAddress(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('matches an IPv4 CIDR block', () => {
    expect(inRange('203.0.113.0/24', '203.0.113.255')).toBe(true);
    expect(inRange('203.0.113.0/24', '203.0.114.0')).toBe(false);
    expect(inRange('10.0.0.0/9', '10.127.255.255')).toBe(true);
    expect(inRange('10.0.0.0/9', '10.128.0.0')).toBe(false);
    expect(inRange('0.0.0.0/0', '198.51.100.1')).toBe(true);
  });

  it('reads a bare address as /32 or /128', () => {
    expect(inRange('203.0.113.7', '203.0.113.7')).toBe(true);
    expect(inRange('203.0.113.7', '203.0.113.8')).toBe(false);
    expect(inRange('2001:db8::1', '2001:DB8:0:0:0:0:0:1')).toBe(true);
  });

  it('matches an IPv6 CIDR block and never mixes families', () => {
    expect(inRange('2001:DB8:1234:5678::/64', '2001:db8:1234:5678:ffff::1')).toBe(true);
    expect(inRange('2001:DB8:1234:5678::/64', '2001:db8:1234:5679::1')).toBe(false);
    expect(inRange('2001:db8::/33', '2001:db8:7fff::1')).toBe(true);
    expect(inRange('2001:db8::/33', '2001:db8:8000::1')).toBe(false);
    expect(inRange('0.0.0.0/0', '::1')).toBe(false);
  });

  it('ORs several ranges', () => {
    expect(inRange(['203.0.113.0/24', '2001:DB8:1234:5678::/64'], '2001:db8:1234:5678::9')).toBe(
      true,
    );
  });

  it('NotIpAddress holds only outside every range', () => {
    const ranges = ['203.0.113.0/24', '198.51.100.0/24'];
    expect(
      check('NotIpAddress', 'aws:SourceIp', ranges, { 'aws:SourceIp': '198.51.100.4' }).matched,
    ).toBe(false);
    expect(
      check('NotIpAddress', 'aws:SourceIp', ranges, { 'aws:SourceIp': '192.0.2.1' }).matched,
    ).toBe(true);
  });

  it('a request value that is not an address is the wrong type, even for NotIpAddress', () => {
    expect(
      check('IpAddress', 'aws:SourceIp', '10.0.0.0/8', { 'aws:SourceIp': 'localhost' }).failure,
    ).toBe('wrong-type');
    expect(
      check('NotIpAddress', 'aws:SourceIp', '10.0.0.0/8', { 'aws:SourceIp': 'localhost' }).matched,
    ).toBe(false);
  });
});
