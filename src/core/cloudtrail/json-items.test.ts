import { describe, expect, it } from 'vitest';
import { JsonItemSplitter, type JsonItem } from './json-items.ts';

function split(pieces: string[]) {
  const items: JsonItem[] = [];
  const problems: string[] = [];
  const splitter = new JsonItemSplitter(
    {
      item: (item) => items.push(item),
      problem: (kind, reason) => problems.push(`${kind}: ${reason}`),
    },
    1_000_000,
  );
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  return { items: items.map((item) => [item.container, item.text]), problems };
}

/** Every way of cutting the text in two. */
function everyCut(text: string) {
  return Array.from({ length: text.length + 1 }, (_, at) => [text.slice(0, at), text.slice(at)]);
}

describe('splitting JSON into the values that may be records', () => {
  it('follows strings with escaped quotes and backslashes and brackets inside them, cut anywhere', () => {
    const text =
      '{"Records": [{"a": "x\\\\\\"]}[{", "b": ["\\\\"]}, {"c": "\\\\\\\\"}], "Next": "]"}';
    const whole = split([text]);
    expect(whole.items).toEqual([
      ['Records', '{"a": "x\\\\\\"]}[{", "b": ["\\\\"]}'],
      ['Records', '{"c": "\\\\\\\\"}'],
    ]);
    expect(whole.problems).toEqual([]);
    for (const pieces of everyCut(text)) expect(split(pieces)).toEqual(whole);
  });

  it('finds the wrapper key after other keys, and only as a key whose value is an array', () => {
    expect(split(['{"NextToken": "Records", "Events": [{"x": 1}]}']).items).toEqual([
      ['Events', '{"x": 1}'],
    ]);
    expect(split(['{"Records": "none", "eventName": "x"}']).items).toEqual([
      ['top', '{"Records": "none", "eventName": "x"}'],
    ]);
  });

  it('after the wrapper array, skips the rest of its object, brackets and all, then reads the next page', () => {
    const pages = '{"Events": [{"a": 1}], "More": {"x": [1, {"y": "]"}]}}\n{"Events": [{"b": 2}]}';
    expect(split([pages]).items).toEqual([
      ['Events', '{"a": 1}'],
      ['Events', '{"b": 2}'],
    ]);
  });

  it('counts lines inside pretty-printed records, to say where each value starts', () => {
    const lines: number[] = [];
    const splitter = new JsonItemSplitter(
      { item: (item) => lines.push(item.line), problem: () => undefined },
      1_000,
    );
    splitter.push('[\n  {\n    "a": [\n      1\n    ]\n  },\n  {\n    "b": 2\n  }\n]');
    expect(lines).toEqual([2, 7]);
  });

  it('reads top-level objects one after another, and the elements of a top-level array', () => {
    expect(split(['{"a":1}\n{"b":2}\n[{"c":3}, {"d":[4]}]']).items).toEqual([
      ['top', '{"a":1}'],
      ['top', '{"b":2}'],
      ['array', '{"c":3}'],
      ['array', '{"d":[4]}'],
    ]);
  });

  it('in JSON Lines, a first line cut short leaves the lines after it whole', () => {
    const result = split(['{"a": [1,\n{"b":2}\n{"c":3}\n']);
    expect(result.items).toEqual([
      ['top', '{"b":2}'],
      ['top', '{"c":3}'],
    ]);
    expect(result.problems).toEqual([
      'malformed: line 1: the record ends before its closing brackets',
    ]);
  });

  it('pretty-printed pages one after another are not taken for JSON Lines', () => {
    const pages = '{\n  "Events": [\n    {"a": 1}\n  ]\n}\n{\n  "Events": [{"b": 2}]\n}\n';
    expect(split([pages]).items).toEqual([
      ['Events', '{"a": 1}'],
      ['Events', '{"b": 2}'],
    ]);
  });

  it('says when an array holds values that are not objects', () => {
    expect(split(['[1, {"a": 2}]']).problems).toEqual([
      'not-cloudtrail: line 1: a JSON value that is not an object, not a record',
    ]);
  });

  it('in JSON Lines, a line cut inside a string ends there and the next line is read', () => {
    const result = split(['{"a":1}\n{"b":"cut\n{"c":3}\n']);
    expect(result.items).toEqual([
      ['top', '{"a":1}'],
      ['top', '{"c":3}'],
    ]);
    expect(result.problems).toEqual([
      'malformed: line 2: the record ends before its closing brackets',
    ]);
  });
});
