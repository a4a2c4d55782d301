import { describe, expect, it } from 'vitest';
import { widenSeen, type Seen } from './seen-times.ts';

describe('widenSeen', () => {
  it('keeps the earlier first time and the later last time', () => {
    const into: Seen = { firstSeen: '2024-01-02T00:00:00Z', lastSeen: '2024-01-03T00:00:00Z' };
    widenSeen(into, { firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2024-01-02T12:00:00Z' });
    expect(into).toEqual({ firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2024-01-03T00:00:00Z' });
    widenSeen(into, { firstSeen: '2024-01-05T00:00:00Z', lastSeen: '2024-01-06T00:00:00Z' });
    expect(into).toEqual({ firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2024-01-06T00:00:00Z' });
  });

  it('takes a time where there was none, and keeps one where the other has none', () => {
    const into: Seen = {};
    widenSeen(into, { lastSeen: '2024-01-01T00:00:00Z' });
    expect(into).toEqual({ lastSeen: '2024-01-01T00:00:00Z' });
    widenSeen(into, {});
    expect(into).toEqual({ lastSeen: '2024-01-01T00:00:00Z' });
  });
});
