import { describe, expect, it } from 'vitest';
import { readScenario } from './read.ts';
import { readRequest, seenStrings, validRequestOf, validRequestsOf } from './read-request.ts';
import { ValueNode } from './value-nodes.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';

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

describe('validRequestOf, the fast path for a request JSON.parse read', () => {
  // Each field's values: valid ones, and ones readRequest reports.
  const FIELDS: Record<string, unknown[]> = {
    id: [undefined, 'r1', '', 7, null],
    principal: [undefined, ALICE, '*', 's3.amazonaws.com', 'alice', '', ['x']],
    action: [undefined, 's3:GetObject', '', false],
    resource: [undefined, '*', '', {}],
    resourceAccount: [undefined, '111122223333', '', 1],
    context: [
      undefined,
      {},
      { 'aws:SourceIp': '203.0.113.7', 'aws:TagKeys': ['a', 'b'], 'aws:Empty': [] },
      JSON.parse('{"__proto__": "p", "constructor": ["c"], "7": "seven"}'),
      { 'aws:username': 'a', 'AWS:UserName': 'b' },
      { 'aws:SourceIp': 7 },
      { 'aws:TagKeys': ['a', 1] },
      { 'aws:x': null },
      ['aws:SourceIp'],
      'aws:SourceIp',
      null,
    ],
    expect: [undefined, 'allowed', 'explicitDeny', 'implicitDeny', 'allow', 3],
  };

  const BASES = [
    { principal: ALICE, action: 's3:GetObject', resource: '*' },
    {
      id: 'r1',
      principal: '*',
      action: 's3:GetObject',
      resource: '*',
      resourceAccount: '111122223333',
      context: { 'aws:SourceIp': '203.0.113.7' },
      expect: 'allowed',
    },
  ];

  /** Each base request with each value of each field, and values that are not requests. */
  function* requests(): Generator<unknown> {
    for (const [name, values] of Object.entries(FIELDS)) {
      for (const value of values) for (const base of BASES) yield { ...base, [name]: value };
    }
    yield* [[], 'request', null, 7];
  }

  it('accepts exactly what readRequest reads without a problem, and gives the same request', () => {
    let accepted = 0;
    // One for all requests, as for those of one scenario.
    const seen = seenStrings();
    for (const value of requests()) {
      // JSON.parse, as the fast path gets it: "__proto__" an own key, undefined fields absent.
      const parsed: unknown = JSON.parse(JSON.stringify(value));
      const problems: string[] = [];
      const read = readRequest(new ValueNode(parsed), 0, (message) => problems.push(message));
      const fast = validRequestOf(parsed, seen);
      const label = JSON.stringify(parsed);
      expect(fast, label).toEqual(problems.length === 0 ? read : undefined);
      if (fast?.context) expect(Object.getPrototypeOf(fast.context), label).toBeNull();
      if (fast?.context)
        expect(Object.keys(fast.context), label).toEqual(Object.keys(read!.context!));
      if (fast) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('validRequestOf and the context JSON.parse made', () => {
  it('takes the context object over, without its prototype, instead of copying it per request', () => {
    const parsed = JSON.parse(
      `{"principal": "${ALICE}", "action": "s3:GetObject", "resource": "*", "context": {"constructor": "c"}}`,
    ) as { context: object };
    const context = validRequestOf(parsed, seenStrings())?.context;
    expect(context).toBe(parsed.context);
    expect(Object.getPrototypeOf(context)).toBeNull();
    expect(context?.constructor).toBe('c');
  });
});

describe('validRequestsOf, the fast path for the requests JSON.parse read', () => {
  const request = (id: string, action = 's3:GetObject') => ({
    id,
    principal: ALICE,
    action,
    resource: '*',
  });

  it('gives each request as validRequestOf reads it, in order', () => {
    const items = [
      request('a'),
      request('b', 's3:PutObject'),
      { principal: '*', action: 'x', resource: '*' },
    ];
    expect(validRequestsOf(items)).toEqual(
      items.map((item) => validRequestOf(item, seenStrings())),
    );
  });

  it('leaves the list to the readers over nodes when one request is off or two share an id', () => {
    expect(validRequestsOf([request('a'), { ...request('b'), action: 7 }])).toBeUndefined();
    expect(validRequestsOf([request('a'), request('b'), request('a')])).toBeUndefined();
  });
});
