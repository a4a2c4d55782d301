import { describe, expect, it } from 'vitest';
import { parseCidr } from '../engine/conditions/ip.ts';
import { cidrWithin, formatCidr, mergedBlock, networkOf, type Cidr } from './cidr.ts';

const cidr = (text: string): Cidr => parseCidr(text)!;

describe('CIDR blocks', () => {
  it('a block is within another when the other holds every one of its addresses', () => {
    expect(cidrWithin(cidr('203.0.113.128/25'), cidr('203.0.113.0/24'))).toBe(true);
    expect(cidrWithin(cidr('203.0.113.0/24'), cidr('203.0.113.0/24'))).toBe(true);
    // The wider block's first address is in the narrower one, the block is not.
    expect(cidrWithin(cidr('203.0.113.0/24'), cidr('203.0.113.0/25'))).toBe(false);
    expect(cidrWithin(cidr('198.51.100.0/25'), cidr('203.0.113.0/24'))).toBe(false);
    expect(cidrWithin(cidr('2001:db8::/48'), cidr('2001:db8::/32'))).toBe(true);
  });

  it('clears host bits, merges two halves and prints a block', () => {
    expect(formatCidr(networkOf(cidr('203.0.113.9/24')))).toBe('203.0.113.0/24');
    const merged = mergedBlock(cidr('203.0.113.0/25'), cidr('203.0.113.128/25'));
    expect(merged && formatCidr(merged)).toBe('203.0.113.0/24');
    expect(mergedBlock(cidr('203.0.113.128/25'), cidr('203.0.114.0/25'))).toBeUndefined();
  });
});
