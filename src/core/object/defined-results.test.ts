import { describe, expect, it } from 'vitest';
import { definedResults } from './defined-results.ts';

describe('definedResults', () => {
  it('keeps what read gives, in order, and leaves out undefined', () => {
    const halves = definedResults([4, 3, 8, 5, 2], (n) => (n % 2 === 0 ? n / 2 : undefined));
    expect(halves).toEqual([2, 4, 1]);
    expect(halves).toHaveLength(3);
  });

  it('gives an empty array when nothing is read, and for no items', () => {
    expect(definedResults(['a', 'b'], () => undefined)).toEqual([]);
    expect(definedResults([], (item) => item)).toEqual([]);
  });

  it('keeps null and other falsy values: only undefined is left out', () => {
    expect(definedResults([0, 1, 2], (n) => [null, 0, ''][n])).toEqual([null, 0, '']);
  });
});
