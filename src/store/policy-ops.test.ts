import { describe, expect, it } from 'vitest';
import { duplicateOf, moveItem, uniquePolicyId } from './policy-ops.ts';

describe('policy ids', () => {
  it('numbers a taken id from 2', () => {
    expect(uniquePolicyId('app', new Set())).toBe('app');
    expect(uniquePolicyId('app', new Set(['app', 'app-2']))).toBe('app-3');
  });

  it('keeps to the scenario format: allowed characters only, at most 64 of them', () => {
    expect(uniquePolicyId('my policy/1', new Set())).toBe('my-policy-1');
    const long = 'x'.repeat(64);
    const id = uniquePolicyId(long, new Set([long]));
    expect(id).toHaveLength(64);
    expect(id.endsWith('-2')).toBe(true);
    expect(uniquePolicyId('', new Set())).toBe('policy');
  });
});

describe('moveItem', () => {
  it('moves one item and leaves the input alone', () => {
    const items = ['a', 'b', 'c'];
    expect(moveItem(items, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});

describe('duplicateOf', () => {
  it("gives a copy of an account policy's stand-in a life of its own (no accountPolicy)", () => {
    const original = {
      id: 'Read',
      type: 'identity' as const,
      document: '{}',
      accountPolicy: 'arn:aws:iam::111122223333:policy/Read',
    };
    expect(duplicateOf(original, new Set(['Read']))).toEqual({
      id: 'Read-copy',
      name: 'Read (copy)',
      type: 'identity',
      document: '{}',
    });
    expect(original.accountPolicy).toBe('arn:aws:iam::111122223333:policy/Read');
  });
});
