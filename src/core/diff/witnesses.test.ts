import { describe, expect, it } from 'vitest';
import { matchesWildcard } from '../catalog/wildcard.ts';
import { freshToken, globWitnesses } from './glob-witnesses.ts';
import { valueWitnesses } from './value-witnesses.ts';

describe('value witnesses at the edges of each operator', () => {
  it('a CIDR block gives its first and last address and those just outside it', () => {
    expect(valueWitnesses('IpAddress', '10.1.0.0/16', 'x')).toEqual([
      '10.1.0.0',
      '10.1.255.255',
      '10.0.255.255',
      '10.2.0.0',
    ]);
    expect(valueWitnesses('NotIpAddress', '2001:db8::/32', 'x')).toEqual([
      '2001:db8:0:0:0:0:0:0',
      '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff',
      '2001:db7:ffff:ffff:ffff:ffff:ffff:ffff',
      '2001:db9:0:0:0:0:0:0',
    ]);
    // No address below 0.0.0.0 nor above 255.255.255.255.
    expect(valueWitnesses('IpAddress', '0.0.0.0/0', 'x')).toEqual(['0.0.0.0', '255.255.255.255']);
  });

  it('numbers and dates give the value and its neighbours', () => {
    expect(valueWitnesses('NumericLessThan', '100', 'x')).toEqual(['100', '99', '101']);
    expect(valueWitnesses('DateGreaterThan', '2026-06-01T00:00:00Z', 'x')).toEqual([
      '2026-05-31T23:59:59.000Z',
      '2026-06-01T00:00:00.000Z',
      '2026-06-01T00:00:01.000Z',
    ]);
  });

  it('IgnoreCase gives the value with its case swapped; Bool both values', () => {
    expect(valueWitnesses('StringEqualsIgnoreCase', 'Prod', 'x')).toEqual(['Prod', 'pROD']);
    expect(valueWitnesses('Bool', 'true', 'x')).toEqual(['true', 'false']);
  });
});

describe('glob witnesses', () => {
  it('fill every wildcard with a token no pattern holds, with nothing, and one at a time', () => {
    const fresh = freshToken(['arn:aws:s3:::b/*/*', 'diffwitness']);
    expect(fresh).toBe('diffwitness1');
    const witnesses = globWitnesses('arn:aws:s3:::b/*/*', fresh);
    expect(witnesses).toEqual([
      'arn:aws:s3:::b/diffwitness1/diffwitness1',
      'arn:aws:s3:::b//',
      'arn:aws:s3:::b/diffwitness1/',
      'arn:aws:s3:::b//diffwitness1',
    ]);
    expect(witnesses.every((w) => matchesWildcard('arn:aws:s3:::b/*/*', w, false))).toBe(true);
  });

  it('tell a pattern from a narrower one: a witness of the wider one the narrower misses', () => {
    const witnesses = globWitnesses('reports/*', 'diffwitness');
    expect(witnesses.some((w) => !matchesWildcard('reports/public/*', w, false))).toBe(true);
  });
});
