import { describe, expect, it } from 'vitest';
import { byteSize, counted, percent } from './counts.ts';

describe('counts in the CloudTrail view', () => {
  it('says one or many, with separators', () => {
    expect(counted(1, 'event', 'events')).toBe('1 event');
    expect(counted(12345, 'event', 'events')).toBe('12,345 events');
  });

  it('rounds a share without hiding the last missing or the first present', () => {
    expect(percent(999, 1000)).toBe('99 %');
    expect(percent(1, 1000)).toBe('1 %');
    expect(percent(500, 1000)).toBe('50 %');
    expect(percent(0, 0)).toBe('0 %');
  });

  it('gives sizes in KB or MB', () => {
    expect(byteSize(2_500_000)).toBe('2.5 MB');
    expect(byteSize(300)).toBe('1 KB');
  });
});
