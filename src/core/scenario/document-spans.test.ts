import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { objectDocumentSpans } from './document-spans.ts';

/** The spans jsonc-parser's located tree gives the object documents of `policies`. */
function locatedSpans(text: string): Map<number, { start: number; end: number }> {
  const spans = new Map<number, { start: number; end: number }>();
  const root = parseTree(text);
  const policies = root && findNodeAtLocation(root, ['policies']);
  for (const [index, policy] of (policies?.children ?? []).entries()) {
    const document =
      policy.type === 'object' ? findNodeAtLocation(policy, ['document']) : undefined;
    if (document?.type === 'object') {
      spans.set(index, { start: document.offset, end: document.offset + document.length });
    }
  }
  return spans;
}

/** A pseudo-random generator with a fixed seed, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const AWKWARD = [
  'document',
  'policies',
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  'é',
  '\u2028',
  ' ',
];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 5 : 8));
  const text = () =>
    Array.from({ length: Math.floor(next() * 4) }, () => AWKWARD[Math.floor(next() * 13)]).join('');
  if (pick === 0) return text();
  if (pick === 1) return Math.floor(next() * 1e6) / (next() < 0.5 ? 1 : 7);
  if (pick === 2) return next() < 0.5;
  if (pick === 3) return null;
  if (pick === 4) return -1e21;
  if (pick === 5)
    return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let key = Math.floor(next() * 4); key > 0; key -= 1) object[text()] = value(next, depth + 1);
  return object;
}

function policy(next: () => number): unknown {
  const document = next() < 0.7 ? value(next, 1) : JSON.stringify(value(next, 1));
  const fields: [string, unknown][] = [
    ['id', 'p'],
    ['document', document],
    ['notes', value(next, 1)],
  ];
  fields.sort(() => next() - 0.5);
  return Object.fromEntries(fields);
}

describe('objectDocumentSpans', () => {
  it('finds where each object document is written, as the located tree does', () => {
    const next = random(13);
    for (let trial = 0; trial < 300; trial += 1) {
      const members: [string, unknown][] = [
        ['requests', [{ document: value(next, 2) }, value(next, 1)]],
        ['policies', Array.from({ length: Math.floor(next() * 4) }, () => policy(next))],
        ['notes', value(next, 1)],
      ];
      members.sort(() => next() - 0.5);
      const indent = [0, 2, '\t', ' \r\n '][trial % 4];
      const text = JSON.stringify(Object.fromEntries(members), null, indent);
      expect(objectDocumentSpans(text), text).toEqual(locatedSpans(text));
    }
  });

  it('reads property names with escapes as JSON.parse does', () => {
    const text =
      '{"p\\u006flicies":[{"docum\\u0065nt":{"a":"\\"}"}},{"document":"{}"},7,{"document":{}}]}';
    expect([...objectDocumentSpans(text).values()]).toEqual([
      { start: text.indexOf('{"a"'), end: text.indexOf('}},') + 1 },
      { start: text.lastIndexOf('{}'), end: text.lastIndexOf('{}') + 2 },
    ]);
    expect(objectDocumentSpans(text)).toEqual(locatedSpans(text));
  });

  it('finds nothing in a scenario without policies', () => {
    expect(objectDocumentSpans('{"requests": [{"document": {}}]}').size).toBe(0);
    expect(objectDocumentSpans('{"policies": {"0": {"document": {}}}}').size).toBe(0);
    expect(objectDocumentSpans('[{"policies": []}]').size).toBe(0);
  });
});
