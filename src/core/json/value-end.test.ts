import { describe, expect, it } from 'vitest';
import { skipWhitespace, valueEnd } from './value-end.ts';

describe('valueEnd', () => {
  it.each([
    ['a string with an escaped quote', '"a \\" b"', ', 1'],
    ['a number', '12.5e3', ', 2'],
    ['true before a closing bracket', 'true', ']'],
    ['an object with brackets inside its strings', '{"a": "}]", "b": [1, {"c": 2}]}', ' x'],
    ['an array of arrays', '[[1], [2, [3]]]', ' ,'],
  ])('ends %s where JSON.parse would', (_, value, after) => {
    expect(valueEnd(value + after, 0)).toBe(value.length);
    expect(() => JSON.parse(value)).not.toThrow();
  });

  it.each([
    ['a string never closed', '"abc'],
    ['an object never closed', '{"a": [1, 2]'],
    ['an object whose last string is never closed', '{"a": "}'],
  ])('is -1 for %s', (_, text) => {
    expect(valueEnd(text, 0)).toBe(-1);
  });
});

describe('skipWhitespace', () => {
  it("skips JSON's four whitespace characters only", () => {
    expect(skipWhitespace(' \t\r\n x', 0)).toBe(5);
    expect(skipWhitespace('\u00a0x', 0)).toBe(0);
  });
});
