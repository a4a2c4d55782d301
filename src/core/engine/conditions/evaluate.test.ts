import { describe, expect, it } from 'vitest';
import {
  evaluateConditionBlocks,
  evaluatePreparedConditions,
  prepareConditionBlocks,
} from './evaluate.ts';
import { block, check, context } from './testing.ts';

const allHold = (
  blocks: Parameters<typeof evaluateConditionBlocks>[0],
  entries: Parameters<typeof context>[0],
) =>
  evaluateConditionBlocks(blocks, context(entries), { variables: true }).every(
    (trace) => trace.matched,
  );

describe('Conditions with multiple context keys or values', () => {
  const blocks = [
    block('StringEquals', {
      'aws:PrincipalTag/department': ['finance', 'hr'],
      'aws:PrincipalTag/role': 'audit',
    }),
    block('ArnLike', { 'aws:PrincipalArn': 'arn:aws:iam::*:user/*' }),
  ];
  const ok = {
    'aws:PrincipalTag/department': 'hr',
    'aws:PrincipalTag/role': 'audit',
    'aws:PrincipalArn': 'arn:aws:iam::1:user/a',
  };

  it('ORs the values of one key and ANDs keys and operators', () => {
    expect(allHold(blocks, ok)).toBe(true);
    expect(allHold(blocks, { ...ok, 'aws:PrincipalTag/role': 'dev' })).toBe(false);
    expect(allHold(blocks, { ...ok, 'aws:PrincipalArn': 'arn:aws:iam::1:role/r' })).toBe(false);
  });

  it('returns one trace per operator and key, in order', () => {
    const traces = evaluateConditionBlocks(blocks, context(ok), { variables: true });
    expect(traces.map((t) => [t.operator, t.key, t.matched])).toEqual([
      ['StringEquals', 'aws:PrincipalTag/department', true],
      ['StringEquals', 'aws:PrincipalTag/role', true],
      ['ArnLike', 'aws:PrincipalArn', true],
    ]);
  });

  it('records the request values and which policy value matched', () => {
    const trace = check('StringEquals', 'k', ['a', 'b'], { k: 'b' });
    expect(trace.requestValues).toEqual(['b']);
    expect(trace.values.map((v) => [v.value, v.resolved, v.matched])).toEqual([
      ['a', 'a', false],
      ['b', 'b', true],
    ]);
    expect(trace.failure).toBeUndefined();
  });

  it('compares key names case-insensitively and values case-sensitively', () => {
    expect(
      check('StringEquals', 'AWS:PRINCIPALTAG/Team', 'data', { 'aws:PrincipalTag/team': 'data' })
        .matched,
    ).toBe(true);
    expect(
      check('StringEquals', 'aws:PrincipalTag/team', 'DATA', { 'aws:PrincipalTag/team': 'data' })
        .matched,
    ).toBe(false);
  });
});

describe('Missing keys (Condition operators: "If the key ... is not present")', () => {
  it('make a plain operator false with missing-key', () => {
    expect(check('StringEquals', 'k', 'v', {})).toMatchObject({
      matched: false,
      failure: 'missing-key',
      requestValues: null,
    });
    expect(check('IpAddress', 'aws:SourceIp', '10.0.0.0/8', {}).failure).toBe('missing-key');
  });

  it('make a negated operator true', () => {
    expect(check('StringNotLike', 'k', 'v*', {}).matched).toBe(true);
    expect(check('ArnNotLike', 'k', 'arn:*:*:*:*:*', {}).matched).toBe(true);
    expect(check('NotIpAddress', 'aws:SourceIp', '10.0.0.0/8', {}).matched).toBe(true);
  });

  it('...IfExists is true when the key is absent and compares when present', () => {
    expect(check('StringLikeIfExists', 'ec2:InstanceType', 't2.*', {}).matched).toBe(true);
    expect(
      check('StringLikeIfExists', 'ec2:InstanceType', 't2.*', { 'ec2:InstanceType': 'm5.large' })
        .matched,
    ).toBe(false);
    expect(check('StringNotEqualsIfExists', 'k', 'v', { k: 'v' }).matched).toBe(false);
  });
});

describe('Set operators (Single-valued vs. multivalued context keys)', () => {
  const allowed = ['PostDateTime', 'Message', 'Tags'];

  it('ForAllValues holds when every request value matches some policy value', () => {
    expect(
      check('ForAllValues:StringLike', 'dynamodb:Attributes', allowed, {
        'dynamodb:Attributes': ['PostDateTime', 'Message'],
      }).matched,
    ).toBe(true);
    expect(
      check('ForAllValues:StringLike', 'dynamodb:Attributes', allowed, {
        'dynamodb:Attributes': ['PostDateTime', 'UserName'],
      }),
    ).toMatchObject({ matched: false, failure: 'no-value-matched' });
  });

  it('ForAnyValue holds when one request value matches some policy value', () => {
    expect(
      check('ForAnyValue:StringEquals', 'aws:TagKeys', ['ID', 'PostDateTime'], {
        'aws:TagKeys': ['UserName', 'PostDateTime'],
      }).matched,
    ).toBe(true);
    expect(
      check('ForAnyValue:StringEquals', 'aws:TagKeys', ['ID', 'PostDateTime'], {
        'aws:TagKeys': ['UserName'],
      }).matched,
    ).toBe(false);
  });

  it('a missing key: ForAllValues true, ForAnyValue false', () => {
    expect(check('ForAllValues:StringEquals', 'aws:TagKeys', 'a', {}).matched).toBe(true);
    expect(check('ForAnyValue:StringEquals', 'aws:TagKeys', 'a', {})).toMatchObject({
      matched: false,
      failure: 'missing-key',
    });
  });

  it('an empty set: ForAllValues true, ForAnyValue false', () => {
    expect(
      check('ForAllValues:StringEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': [] }).matched,
    ).toBe(true);
    expect(
      check('ForAnyValue:StringEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': [] }).matched,
    ).toBe(false);
  });

  it('ForAllValues:StringNotLike (Multivalued context key examples, DenyRestrictedTags table)', () => {
    const run = (tags?: string[]) =>
      check(
        'ForAllValues:StringNotLike',
        'aws:TagKeys',
        'key1*',
        tags ? { 'aws:TagKeys': tags } : {},
      ).matched;
    expect(run(['key1:legal'])).toBe(false);
    expect(run(['key1:hr', 'key1:personnel'])).toBe(false);
    expect(run(['key2:audit'])).toBe(true);
    expect(run()).toBe(true);
  });

  it('ForAnyValue:StringNotEquals holds when one request value equals none of the values', () => {
    const policy = ['DataClass', 'Owner'];
    expect(
      check('ForAnyValue:StringNotEquals', 'aws:TagKeys', policy, {
        'aws:TagKeys': ['DataClass', 'Owner'],
      }),
    ).toMatchObject({ matched: false, failure: 'value-matched-negated' });
    expect(
      check('ForAnyValue:StringNotEquals', 'aws:TagKeys', policy, {
        'aws:TagKeys': ['Dept', 'DataClass'],
      }).matched,
    ).toBe(true);
    expect(check('ForAnyValue:StringNotEquals', 'aws:TagKeys', policy, {}).matched).toBe(false);
  });

  it('a set operator on a single-valued key treats it as a set of one', () => {
    expect(check('ForAnyValue:StringEquals', 'k', ['a', 'b'], { k: 'b' }).matched).toBe(true);
    expect(check('ForAllValues:StringEquals', 'k', ['a'], { k: 'b' }).matched).toBe(false);
  });

  it('a plain operator compares a multivalued key with one value, and matches nothing with several', () => {
    expect(
      check('StringEquals', 'aws:CalledVia', 'athena.amazonaws.com', {
        'aws:CalledVia': ['athena.amazonaws.com'],
      }).matched,
    ).toBe(true);
    const several = { 'aws:CalledVia': ['athena.amazonaws.com', 'glue.amazonaws.com'] };
    expect(check('StringEquals', 'aws:CalledVia', 'athena.amazonaws.com', several)).toMatchObject({
      matched: false,
      failure: 'wrong-type',
    });
    expect(check('StringNotEquals', 'aws:CalledVia', 'x', several).matched).toBe(false);
  });

  it('a plain operator on an empty multivalued key counts the key as absent', () => {
    expect(check('StringEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': [] }).failure).toBe(
      'missing-key',
    );
    expect(check('StringNotEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': [] }).matched).toBe(true);
  });
});

describe('Unresolved policy variables (IAM policy elements: Variables and tags)', () => {
  it('an unresolved value matches nothing, another value can still match', () => {
    const trace = check('StringEquals', 'k', ['${aws:PrincipalTag/missing}', 'v'], { k: 'v' });
    expect(trace.matched).toBe(true);
    expect(trace.values[0]).toMatchObject({ resolved: null, matched: false });
  });

  it('fails with unresolved-variable when nothing else matched', () => {
    expect(check('StringLike', 'k', 'home/${aws:username}/*', { k: 'home/a/b' })).toMatchObject({
      matched: false,
      failure: 'unresolved-variable',
    });
  });

  it('uses the default value', () => {
    expect(check('StringEquals', 'k', "${aws:PrincipalTag/missing, 'v'}", { k: 'v' }).matched).toBe(
      true,
    );
  });
});

// IAM User Guide, reference_policies_variables.html, "Policy variables with no value": the value is
// effectively null; "Inverted condition operators like StringNotEquals or StringNotLike do match
// against a null value", while StringEquals or StringLike do not match.
describe('Policy variables with no value (IAM policy elements: Variables and tags)', () => {
  const missing = '${aws:PrincipalTag/project}';
  const present = { 'aws:ResourceTag/project': 'apollo' };

  it.each([
    'StringNotEquals',
    'StringNotEqualsIgnoreCase',
    'StringNotLike',
    'StringNotEqualsIfExists',
    'StringNotLikeIfExists',
    'ForAnyValue:StringNotEquals',
    'ForAllValues:StringNotEquals',
    'ForAllValues:StringNotLike',
  ])('%s holds against a variable with no value', (operator) => {
    const trace = check(operator, 'aws:ResourceTag/project', missing, present);
    expect(trace.matched).toBe(true);
    expect(trace.failure).toBeUndefined();
  });

  it.each(['ArnNotEquals', 'ArnNotLike', 'ArnNotLikeIfExists', 'ForAnyValue:ArnNotLike'])(
    '%s holds against a variable with no value',
    (operator) => {
      const arn = { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' };
      const value = 'arn:aws:sns:*:111122223333:${aws:PrincipalTag/topic}';
      expect(check(operator, 'aws:SourceArn', value, arn).matched).toBe(true);
    },
  );

  it.each([
    'StringEquals',
    'StringLike',
    'StringEqualsIfExists',
    'ForAnyValue:StringEquals',
    'ForAllValues:StringLike',
    'ArnLike',
  ])('%s does not match a variable with no value', (operator) => {
    const trace = check(operator, 'aws:ResourceTag/project', missing, present);
    expect(trace).toMatchObject({ matched: false, failure: 'unresolved-variable' });
  });

  it('says in the value trace which variable had no value', () => {
    const trace = check('StringNotEquals', 'aws:ResourceTag/project', `${missing}-eu`, present);
    expect(trace.values[0]).toMatchObject({
      value: '${aws:PrincipalTag/project}-eu',
      resolved: null,
      variableWithoutValue: missing,
      matched: false,
    });
  });

  it('a negated operator still fails when another of its values matches', () => {
    const trace = check('StringNotEquals', 'aws:ResourceTag/project', [missing, 'apollo'], present);
    expect(trace).toMatchObject({ matched: false, failure: 'value-matched-negated' });
  });

  it('a negated operator still fails on a policy value that is not of its type', () => {
    expect(check('NumericNotEquals', 'k', 'ten', { k: '3' }).matched).toBe(false);
  });
});

describe('Unknown operators', () => {
  it('never hold', () => {
    expect(check('StringEqual', 'k', 'v', { k: 'v' })).toMatchObject({
      matched: false,
      failure: 'wrong-type',
    });
  });
});

describe('Prepared conditions', () => {
  const prepared = prepareConditionBlocks(
    [
      block('StringLike', { 'aws:PrincipalTag/team': ['data*', '${aws:username}'] }),
      block('IpAddress', { 'aws:SourceIp': ['10.0.0.0/8', 'not-a-cidr'] }),
    ],
    { variables: true },
  );
  const matched = (entries: Parameters<typeof context>[0]) =>
    evaluatePreparedConditions(prepared, context(entries)).map((trace) => trace.matched);

  it('are compiled once and give each request its own answer', () => {
    expect(matched({ 'aws:PrincipalTag/team': 'data-eng', 'aws:SourceIp': '10.1.2.3' })).toEqual([
      true,
      true,
    ]);
    expect(matched({ 'aws:PrincipalTag/team': 'web', 'aws:SourceIp': '192.0.2.1' })).toEqual([
      false,
      false,
    ]);
  });

  it('substitute variables per request', () => {
    const request = (user: string) => ({ 'aws:PrincipalTag/team': 'bob', 'aws:username': user });
    expect(matched(request('bob'))[0]).toBe(true);
    expect(matched(request('alice'))[0]).toBe(false);
  });

  it('keep the trace of a value that is not of the operator type', () => {
    const [, ip] = evaluatePreparedConditions(prepared, context({ 'aws:SourceIp': '10.1.2.3' }));
    expect(ip?.values.map((value) => [value.value, value.matched])).toEqual([
      ['10.0.0.0/8', true],
      ['not-a-cidr', false],
    ]);
  });
});
