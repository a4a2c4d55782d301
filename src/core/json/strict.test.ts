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

  it('refuses what JSON.parse refuses, and deeper nesting than allowed', () => {
    expect(parseStrictJson('{"a": 1,}', 64)).toBeUndefined();
    expect(parseStrictJson('// c\n{}', 64)).toBeUndefined();
    expect(parseStrictJson('[[[1]]]', 3)).toBeDefined();
    expect(parseStrictJson('[[[[1]]]]', 3)).toBeUndefined();
    expect(parseStrictJson('{"a":{"b":{"c":{}}}}', 3)).toBeUndefined();
    expect(parseStrictJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 64)).toBeUndefined();
  });
});
