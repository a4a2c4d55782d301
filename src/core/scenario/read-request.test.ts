import { describe, expect, it } from 'vitest';
import { readScenario } from './read.ts';

// Context keys are whatever AWS sends, and tag keys are the user's own (aws:PrincipalTag/KEY): a key
// named like an Object member must be kept as written, never dropped or turned into a prototype.
const CONTEXT_TEXT = `{
  "__proto__": ["a", "b"],
  "constructor": "c",
  "toString": "t",
  "hasOwnProperty": "h",
  "aws:PrincipalTag/__proto__": "p",
  "aws:ResourceTag/constructor": "r"
}`;

function contextOf(text: string) {
  const read = readScenario(`{
    "format": "iam-policy-studio/scenario@1",
    "policies": [],
    "requests": [
      { "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
        "resource": "*", "context": ${text} }
    ]
  }`);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const context = read.scenario.requests[0]?.context;
  if (!context) throw new Error('no context');
  return context;
}

describe('request context keys named like Object members', () => {
  it('keeps every key with its value', () => {
    const context = contextOf(CONTEXT_TEXT);
    // JSON.parse keeps "__proto__" as a key of its own, so it gives the expected list.
    expect(Object.keys(context)).toEqual(Object.keys(JSON.parse(CONTEXT_TEXT) as object));
    expect(Object.keys(context)).toHaveLength(6);
    expect(Object.entries(context)).toContainEqual(['__proto__', ['a', 'b']]);
    expect(context.constructor).toBe('c');
    expect(context.toString).toBe('t');
  });

  it('does not let "__proto__" give the context a prototype with keys of its own', () => {
    const context = contextOf('{ "__proto__": ["inherited"] }');
    expect(Object.getPrototypeOf(context)).toBeNull();
    const seen: string[] = [];
    for (const key in context) seen.push(key);
    expect(seen).toEqual(['__proto__']);
  });

  it('survives a JSON round trip', () => {
    const context = contextOf(CONTEXT_TEXT);
    expect(JSON.parse(JSON.stringify(context))).toEqual(JSON.parse(CONTEXT_TEXT));
  });
});
