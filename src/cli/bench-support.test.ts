import { describe, expect, it } from 'vitest';
import { EXTRA_CA_CERTS, median, timedCommandEnv } from './bench-support.ts';

describe('bench support', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('times commands without NODE_EXTRA_CA_CERTS, leaving the rest of the environment', () => {
    const saved = process.env[EXTRA_CA_CERTS];
    process.env[EXTRA_CA_CERTS] = '/etc/ssl/certs/ca-certificates.crt';
    try {
      const env = timedCommandEnv();
      expect(env[EXTRA_CA_CERTS]).toBeUndefined();
      expect(env.PATH).toBe(process.env.PATH);
      expect(process.env[EXTRA_CA_CERTS]).toBe('/etc/ssl/certs/ca-certificates.crt');
    } finally {
      if (saved === undefined) delete process.env[EXTRA_CA_CERTS];
      else process.env[EXTRA_CA_CERTS] = saved;
    }
  });
});
