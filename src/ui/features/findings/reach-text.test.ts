import { describe, expect, it } from 'vitest';
import { grantsText } from './reach-text.ts';

const counts = (byAccessLevel: Partial<Record<string, number>>, services = 1) => {
  const levels = {
    List: 0,
    Read: 0,
    Write: 0,
    'Permissions management': 0,
    Tagging: 0,
    ...byAccessLevel,
  };
  const total = Object.values(levels).reduce((sum, count) => sum + count, 0);
  return { byAccessLevel: levels, total, services, leftOut: [] };
};

describe('the words for what a statement grants', () => {
  it("lists the levels with actions in the reference's order, with thousands separated", () => {
    expect(grantsText(counts({ Tagging: 2, Write: 11357, Read: 1 }, 456))).toBe(
      'Grants 11,360 actions of 456 services: 1 Read, 11,357 Write, 2 Tagging',
    );
  });

  it('speaks of one action of one service in the singular', () => {
    expect(grantsText(counts({ Write: 1 }))).toBe('Grants 1 action: 1 Write');
  });

  it('says when no action of the reference is granted', () => {
    expect(grantsText(counts({}))).toBe('Grants no action of the service reference');
  });
});
