import { describe, expect, it } from 'vitest';
import { filterPatternMatches } from './filter-pattern-match.ts';
import { parseFilterPattern } from './filter-pattern-parse.ts';

/**
 * AWS's documented examples of the JSON filter-pattern syntax: CloudWatch Logs User Guide, "Filter
 * pattern syntax for metric filters, subscription filters, and filter log events", "Using filter
 * patterns to match terms in JSON log events" (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/
 * FilterAndPatternSyntax.html; the versions of 2021 and 2022 in awsdocs/amazon-cloudwatch-logs-
 * user-guide, doc_source/FilterAndPatternSyntax.md).
 */

function matches(pattern: string, event: unknown): boolean {
  const parsed = parseFilterPattern(pattern);
  if (!parsed.ok)
    throw new Error(`${pattern}: column ${parsed.error.column}: ${parsed.error.message}`);
  return filterPatternMatches(parsed.pattern, event);
}

/** "Example: JSON log event" (ThisFlag is in the 2021 version of the page). */
const EXAMPLE_EVENT = {
  eventType: 'UpdateTrail',
  sourceIPAddress: '111.111.111.111',
  arrayKey: ['value', 'another value'],
  objectList: [
    { name: 'a', id: 1 },
    { name: 'b', id: 2 },
  ],
  SomeObject: null,
  ThisFlag: true,
};

/** "Example: JSON object" of "Using compound expressions to match terms in JSON objects". */
const COMPOUND_EVENT = {
  user: { id: 1, email: 'John.Stiles@example.com' },
  users: [
    { id: 2, email: 'John.Doe@example.com' },
    { id: 3, email: 'Jane.Doe@example.com' },
  ],
  actions: ['GET', 'PUT', 'DELETE'],
  coordinates: [
    [0, 1, 2],
    [4, 5, 6],
    [7, 8, 9],
  ],
};

describe('the documented examples of matching terms in JSON log events', () => {
  it.each([
    '{ $.eventType = "UpdateTrail" }',
    '{ $.sourceIPAddress != 123.123.* }',
    '{ $.arrayKey[0] = "value" }',
    '{ $.objectList[1].id = 2 }',
    '{ $.SomeObject IS NULL }',
    '{ $.SomeOtherObject NOT EXISTS }',
    '{ $.ThisFlag IS TRUE }',
  ])('%s matches the example event', (pattern) => {
    expect(matches(pattern, EXAMPLE_EVENT)).toBe(true);
  });

  it.each([
    '{ $.eventType = "Update" }',
    '{ $.sourceIPAddress != 111.111.* }',
    '{ $.arrayKey[0] = "another value" }',
    '{ $.objectList[0].id = 2 }',
    '{ $.eventType IS NULL }',
    '{ $.SomeObject NOT EXISTS }',
    '{ $.ThisFlag IS FALSE }',
  ])('%s, the same with another value, does not', (pattern) => {
    expect(matches(pattern, EXAMPLE_EVENT)).toBe(false);
  });

  it('"If arrayKey is not an array this will be false"; items without an id property likewise', () => {
    expect(matches('{ $.eventType[0] = "UpdateTrail" }', EXAMPLE_EVENT)).toBe(false);
    expect(matches('{ $.arrayKey[0].id = 2 }', EXAMPLE_EVENT)).toBe(false);
  });

  it('!= does not match a field that is absent: selectors must reach a value node, NOT EXISTS tests absence', () => {
    expect(matches('{ $.SomeOtherObject != "x" }', EXAMPLE_EVENT)).toBe(false);
    expect(matches('{ $.SomeObject != "x" }', EXAMPLE_EVENT)).toBe(false);
  });

  it('a selector pointing to an array or object matches neither = nor != (JSON special considerations)', () => {
    expect(matches('{$.users = 1}', { users: [1, 2, 3] })).toBe(false);
    expect(matches('{$.users != 1}', { users: [1, 2, 3] })).toBe(false);
  });
});

describe('the documented compound expressions: () > && > ||', () => {
  it.each([
    ['{ ($.user.id = 1) && ($.users[0].email = "John.Doe@example.com") }', true],
    ['{ ($.user.id = 2 && $.users[0].email = "nonmatch") || $.actions[2] = "GET" }', false],
    [
      '{ $.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = "nonmatch" && $.actions[2] = "nonmatch" }',
      true,
    ],
    [
      '{ ($.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = "nonmatch") && $.actions[2] = "nonmatch" }',
      false,
    ],
    [
      '{ $.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = nonmatch && $.actions[2] = nomatch }',
      true,
    ],
    [
      '{ ($.user.email = "John.Stiles@example.com" || $.coordinates[0][1] = nonmatch) && $.actions[2] = nomatch }',
      false,
    ],
  ])('%s: %s', (pattern, expected) => {
    expect(matches(pattern, COMPOUND_EVENT)).toBe(expected);
  });

  it('"OR Pattern Matching" in JSON filters: {$.foo = bar}, {$.foo = baz }, either', () => {
    const bar = { foo: 'bar' };
    const baz = { foo: 'baz' };
    expect([matches('{$.foo = bar}', bar), matches('{$.foo = bar}', baz)]).toEqual([true, false]);
    expect([matches('{$.foo = baz }', bar), matches('{$.foo = baz }', baz)]).toEqual([false, true]);
    const either = '{$.foo = bar || $.foo = baz }';
    expect([matches(either, bar), matches(either, baz)]).toEqual([true, true]);
  });
});

describe('the documented numeric comparisons', () => {
  it.each([
    ['{ $.latency >= 500 }', { latency: 500 }, { latency: 499 }],
    ['{ $.numbers[0] < 10e3 }', { numbers: [9999] }, { numbers: [10000] }],
    ['{ $.numbers[0] < 10e-3 }', { numbers: [0.009] }, { numbers: [0.01] }],
    [
      '{ $.processes[4].averageRuntime <= 55.5 }',
      { processes: [0, 0, 0, 0, { averageRuntime: 55.5 }] },
      { processes: [0, 0, 0, 0, { averageRuntime: 55.6 }] },
    ],
    ['{ $.errorCode = 400 }', { errorCode: 400 }, { errorCode: 401 }],
    ['{ $.errorCode != 500 }', { errorCode: 400 }, { errorCode: 500 }],
    ['{ $.latency > +1000 }', { latency: 1001 }, { latency: 1000 }],
    ['{ $.bandwidth > 75 }', { bandwidth: 76 }, { bandwidth: 75 }],
    ['{ $.latency < 50 }', { latency: 49 }, { latency: 50 }],
    ['{ $.refreshRate >= 60 }', { refreshRate: 60 }, { refreshRate: 59 }],
    ['{ $.responseTime <= 5 }', { responseTime: 5 }, { responseTime: 6 }],
    ['{ $.number[0] = 1e-3 }', { number: [0.001] }, { number: [0.01] }],
    ['{ $.number[0] != 1e+3 }', { number: [999] }, { number: [1000] }],
  ])('%s', (pattern, match, noMatch) => {
    expect(matches(pattern, match)).toBe(true);
    expect(matches(pattern, noMatch)).toBe(false);
  });

  it('a number comparison does not apply to a string', () => {
    expect(matches('{ $.latency > 5 }', { latency: '50' })).toBe(false);
  });

  it('"{ $.latency = * }" matches any latency (Publishing numerical values found in log entries)', () => {
    expect(matches('{ $.latency = * }', { latency: 50 })).toBe(true);
    expect(matches('{ $.latency = * }', { other: 50 })).toBe(false);
  });
});

describe('wildcards, as the 2021 page defines them', () => {
  it('"*Event will match PutEvent and GetEvent. Event* will match EventId and EventName"', () => {
    expect(
      ['PutEvent', 'GetEvent', 'EventId'].map((name) => matches('{ $.n = *Event }', { n: name })),
    ).toEqual([true, true, false]);
    expect(
      ['EventId', 'EventName', 'PutEvent'].map((name) =>
        matches('{ $.n = "Event*" }', { n: name }),
      ),
    ).toEqual([true, true, false]);
  });

  it('"Ev*ent will only match the actual string Ev*ent"', () => {
    expect(matches('{ $.n = "Ev*ent" }', { n: 'Ev*ent' })).toBe(true);
    expect(matches('{ $.n = "Ev*ent" }', { n: 'Event' })).toBe(false);
  });

  it('matching is case sensitive ("Metric filters are case sensitive")', () => {
    expect(matches('{ $.eventType = "updatetrail" }', EXAMPLE_EVENT)).toBe(false);
  });
});

describe('regular expressions (%...%), as "Supported regular expressions (regex) syntax" describes them', () => {
  it.each([
    [
      '%AUTHORIZED%',
      ['[ERROR 401] UNAUTHORIZED REQUEST', '[SUCCESS 200] AUTHORIZED REQUEST'],
      ['DENIED'],
    ],
    ['%^[hc]at%', ['hat', 'cat food'], ['that']],
    ['%[hc]at$%', ['hat', 'the cat'], ['cats']],
    ['%colou?r%', ['color', 'colour'], ['colouur']],
    ['%[abcx-z]%', ['a', 'y'], ['d']],
    ['%a{3,5}%', ['aaa', 'aaaaaa'], ['aa']],
    ['%\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}%', ['111.111.111.111'], ['111.111.111']],
    ['%[Ee]rror|[Ff]ail%', ['Error', 'error', 'Fail', 'fail'], ['ERROR']],
  ])('{ $.message = %s }', (regex, matching, notMatching) => {
    const pattern = `{ $.message = ${regex} }`;
    for (const message of matching) expect(matches(pattern, { message }), message).toBe(true);
    for (const message of notMatching) expect(matches(pattern, { message }), message).toBe(false);
  });

  it('!= with a regular expression matches what it does not find', () => {
    expect(matches('{ $.message != %rror% }', { message: 'fine' })).toBe(true);
    expect(matches('{ $.message != %rror% }', { message: 'Error' })).toBe(false);
  });

  it('a pattern that backtracking engines take exponential time over is matched in linear time', () => {
    const text = 'a'.repeat(20_000);
    expect(matches('{ $.m = %a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c% }', { m: text })).toBe(false);
  });
});

describe('syntax errors, located', () => {
  it.each([
    ['$.eventName = x', 1, 'only JSON filter patterns'],
    ['{ $.eventName = }', 17, 'expected a value but found }'],
    ['{ $.eventName = "x" ', 21, 'ends where } was expected'],
    ['{ $.eventName = "x }', 17, 'not closed with "'],
    ['{ eventName = x }', 3, 'expected a property selector'],
    ['{ $.a = x & $.b = y }', 11, 'unexpected "&"'],
    ['{ $eventName = x }', 3, 'starts with $.'],
    ['{ $.a..b = x }', 7, 'property name'],
    ['{ $.a[x] = 1 }', 6, 'expected .name or [NUMBER]'],
    ['{ $.a = b@c }', 10, 'double quotes'],
    ['{ $.a > big }', 9, 'expected a number'],
    ['{ $.a IS NOT NULL }', 10, 'IS NOT is not supported'],
    ['{ $.a EXISTS }', 7, 'EXISTS is not supported'],
    ['{ $.a = 1 && }', 14, 'expected a property selector'],
    ['{ ($.a = 1 }', 12, 'expected && or || or )'],
    ['{ $.a = 1 } x', 13, 'nothing may follow'],
    ['{ $.a = %something!% }', 19, '"!" is not allowed'],
    ['{ $.a = %(ab)% }', 10, 'parentheses are not supported'],
    ['{ $.a = %a{5000}% }', 11, 'repeats more than 2000 times'],
    ['{ $.a = %é% }', 10, '"é" is not allowed'],
    ['{ $.a = %x% || $.b = %y% || $.c = %z% }', 35, 'at most 2 regular expressions'],
  ])('%s: column %i', (pattern, column, message) => {
    const parsed = parseFilterPattern(pattern);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.column).toBe(column);
    expect(parsed.error.message).toContain(message);
  });

  it('refuses nesting deeper than the limit and patterns longer than PutMetricFilter takes', () => {
    const deep = `{ ${'('.repeat(40)}$.a = 1${')'.repeat(40)} }`;
    const nested = parseFilterPattern(deep);
    expect(nested.ok || nested.error).toMatchObject({
      message: 'parentheses nest deeper than 32',
      column: 35,
    });
    const long = parseFilterPattern(`{ $.a = "${'x'.repeat(1100)}" }`);
    expect(long.ok || long.error.message).toContain('at most 1024');
  });
});
