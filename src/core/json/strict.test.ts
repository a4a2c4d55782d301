import { describe, expect, it } from 'vitest';
import { parseStrictJson } from './strict.ts';

describe('parseStrictJson', () => {
  it('returns the value of strict JSON, colons and escaped quotes inside strings included', () => {
    const text = '{"a": "arn:aws:s3:::b", "q\\"": ["x\\\\", {"c": null}], "__proto__": {"d": 1}}';
    expect(parseStrictJson(text, 64)).toEqual({ value: JSON.parse(text) });
  });

  it('leaves texts with a repeated property name to the located reader', () => {
    expect(parseStrictJson('{"a": 1, "a": 2}', 64)).toBeUndefined();
    expect(parseStrictJson('[{"a": {"b": 1, "b": 1}}]', 64)).toBeUndefined();
    expect(parseStrictJson('[{"a": 1}, {"a": 1}]', 64)).toBeDefined();
  });

  it('finds a repeated name however it is written: with space before its colon, or escaped', () => {
    // Counting `":` alone would miss the first: only one of its two names is written so.
    expect(parseStrictJson('{"a" : 1, "a": 2}', 64)).toBeUndefined();
    expect(parseStrictJson('{"a"\n:1,"a":2}', 64)).toBeUndefined();
    expect(parseStrictJson('{"\\u0061": 1, "a": 2}', 64)).toBeUndefined();
    expect(parseStrictJson('{"a": ":x", "a": ":y"}', 64)).toBeUndefined();
  });

  it('reads strings that begin with a colon or hold an escaped quote before one, names with space before their colon', () => {
    for (const text of [
      '{"a": ":x", "b": [" :y", "\\":"], ":": {"c" : 1}}',
      '{"q\\":": "v", "r" :\n ""}',
    ]) {
      expect(parseStrictJson(text, 64)).toEqual({ value: JSON.parse(text) });
    }
  });

  it('refuses what JSON.parse refuses, and deeper nesting than allowed', () => {
    expect(parseStrictJson('{"a": 1,}', 64)).toBeUndefined();
    expect(parseStrictJson('// c\n{}', 64)).toBeUndefined();
    expect(parseStrictJson('[[[1]]]', 3)).toBeDefined();
    expect(parseStrictJson('[[[[1]]]]', 3)).toBeUndefined();
    expect(parseStrictJson('{"a":{"b":{"c":{}}}}', 3)).toBeUndefined();
    expect(parseStrictJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 64)).toBeUndefined();
  });
});
