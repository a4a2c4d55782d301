import { findNodeAtLocation } from 'jsonc-parser';
import { describe, expect, it, vi } from 'vitest';
import type { PolicyProblem } from './model.ts';
import { parsePolicy } from './parse.ts';

const policy = (statement: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Version: '2012-10-17', ...extra, Statement: statement }, null, 2);

const errorsOf = (text: string) =>
  parsePolicy(text).problems.filter((problem) => problem.severity === 'error');

const textAt = (text: string, problem: PolicyProblem | undefined) =>
  problem ? text.slice(problem.span.start, problem.span.end) : undefined;

describe('parsePolicy reads what AWS accepts', () => {
  it('reads Statement as one object, with single values, and gives every element its span', () => {
    const text = policy({
      Sid: 'One',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::bucket/*',
    });
    const result = parsePolicy(text);
    expect(result.ok).toBe(true);
    const [statement] = result.policy.statements;
    expect(statement?.sid?.value).toBe('One');
    expect(statement?.action?.entries.map((entry) => entry.value)).toEqual(['s3:GetObject']);
    const action = statement!.action!.entries[0]!.span;
    expect(text.slice(action.start, action.end)).toBe('"s3:GetObject"');
    expect(text.slice(statement!.effectSpan.start, statement!.effectSpan.end)).toBe('"Allow"');
    expect(text.slice(statement!.span.start, statement!.span.end).startsWith('{')).toBe(true);
  });

  it('reads arrays, NotAction, NotResource and keeps statement indexes in text order', () => {
    const text = policy([
      { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], NotResource: ['arn:aws:iam::*:role/x'] },
      { Effect: 'Allow', Action: '*', Resource: '*' },
    ]);
    const { policy: model, ok } = parsePolicy(text);
    expect(ok).toBe(true);
    expect(model.statements.map((statement) => statement.index)).toEqual([0, 1]);
    expect(model.statements[0]?.action).toMatchObject({ negated: true });
    expect(model.statements[0]?.resource?.negated).toBe(true);
  });

  it('keeps numbers and booleans in condition values as their string form', () => {
    const text = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: {
        Bool: { 'aws:SecureTransport': true },
        NumericLessThan: { 's3:max-keys': [10, 2.5] },
      },
    });
    const [statement] = parsePolicy(text).policy.statements;
    const values = statement?.conditions.flatMap((block) =>
      block.keys.flatMap((key) => key.values.map((value) => value.value)),
    );
    expect(values).toEqual(['true', '10', '2.5']);
    const bool = statement?.conditions[0]?.keys[0]?.values[0];
    expect(text.slice(bool!.span.start, bool!.span.end)).toBe('true');
  });

  it('splits condition operators into qualifier, base and IfExists, with the key spans', () => {
    const text = policy({
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: '*',
      Condition: { 'ForAnyValue:StringLikeIfExists': { 's3:prefix': ['home/*'] } },
    });
    const block = parsePolicy(text).policy.statements[0]?.conditions[0];
    expect(block?.operator).toMatchObject({
      base: 'StringLike',
      setQualifier: 'ForAnyValue',
      ifExists: true,
    });
    expect(text.slice(block!.operator.span.start, block!.operator.span.end)).toBe(
      '"ForAnyValue:StringLikeIfExists"',
    );
    expect(text.slice(block!.keys[0]!.keySpan.start, block!.keys[0]!.keySpan.end)).toBe(
      '"s3:prefix"',
    );
  });

  it('reads Principal "*" as AWS "*" and every principal kind of an object', () => {
    const star = parsePolicy(
      policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }),
    );
    expect(star.policy.statements[0]?.principal?.entries).toMatchObject([
      { kind: 'AWS', value: '*' },
    ]);
    const text = policy({
      Effect: 'Deny',
      NotPrincipal: {
        AWS: ['arn:aws:iam::111122223333:root'],
        Service: 'ec2.amazonaws.com',
        Federated: 'cognito-identity.amazonaws.com',
        CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
      },
      Action: '*',
      Resource: '*',
    });
    const principal = parsePolicy(text).policy.statements[0]?.principal;
    expect(principal?.negated).toBe(true);
    expect(principal?.entries.map((entry) => entry.kind)).toEqual([
      'AWS',
      'Service',
      'Federated',
      'CanonicalUser',
    ]);
  });
});

describe('parsePolicy reports problems as data, with ranges', () => {
  it('Action and NotAction together, at the NotAction key', () => {
    const text = policy({ Effect: 'Allow', Action: 's3:*', NotAction: 'iam:*', Resource: '*' });
    const [problem] = errorsOf(text);
    expect(problem?.message).toBe('Action and NotAction cannot both appear in a statement');
    expect(textAt(text, problem)).toBe('"NotAction"');
  });

  it('an Effect that is not Allow or Deny, at the value, and leaves the statement out', () => {
    const text = policy({ Effect: 'Alow', Action: 's3:*', Resource: '*' });
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toBe('Effect must be "Allow" or "Deny"');
    expect(textAt(text, result.problems[0])).toBe('"Alow"');
    expect(result.policy.statements).toEqual([]);
  });

  it('an unknown condition operator with the closest valid name', () => {
    const text = policy({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: '*',
      Condition: { StringEqual: { 'aws:username': 'alice' } },
    });
    const [problem] = errorsOf(text);
    expect(problem?.message).toBe(
      'Unknown condition operator "StringEqual" (did you mean "StringEquals"?)',
    );
    expect(textAt(text, problem)).toBe('"StringEqual"');
  });

  it('refuses IfExists on Null, which AWS does not allow', () => {
    const text = policy({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: '*',
      Condition: { NullIfExists: { 'aws:TokenIssueTime': 'true' } },
    });
    expect(errorsOf(text)[0]?.message).toMatch(/^Unknown condition operator "NullIfExists"/);
  });

  it('a duplicate key, at its second occurrence', () => {
    const text =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Action":"s3:*","Resource":"*"}}';
    const [problem] = errorsOf(text);
    expect(problem?.code).toBe('duplicate-key');
    expect(problem?.span.start).toBe(text.lastIndexOf('"Action"'));
  });

  it('condition keys that differ only in case name one key ("IAM JSON policy elements: Condition")', () => {
    const text = policy({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:username': 'alice', 'aws:UserName': 'bob' } },
    });
    const [problem] = errorsOf(text);
    expect(problem?.code).toBe('condition-key-case');
    expect(textAt(text, problem)).toBe('"aws:UserName"');
  });

  it('an element name in the wrong case, with the right one suggested', () => {
    const text = policy({ effect: 'Allow', Action: 's3:*', Resource: '*' });
    const messages = errorsOf(text).map((problem) => problem.message);
    expect(messages).toContain(
      'Unknown element "effect": element names are case-sensitive (did you mean "Effect"?)',
    );
    expect(messages).toContain('Missing property "Effect"');
  });

  it('unknown elements at the top and in a statement', () => {
    const text = policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*', Actions: 'x' },
      { Description: 'x' },
    );
    const messages = errorsOf(text).map((problem) => problem.message);
    expect(
      messages.some((message) => message.startsWith('Unknown top-level element "Description"')),
    ).toBe(true);
    expect(
      messages.some((message) => message.startsWith('Unknown statement element "Actions"')),
    ).toBe(true);
  });

  it('duplicate Sids ("In IAM, the Sid value must be unique within a JSON policy")', () => {
    const text = policy([
      { Sid: 'A', Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Sid: 'A', Effect: 'Deny', Action: 'iam:*', Resource: '*' },
    ]);
    const [problem] = errorsOf(text);
    expect(problem?.code).toBe('duplicate-sid');
    expect(problem?.span.start).toBe(text.lastIndexOf('"A"'));
  });

  it('warns, without failing, on a missing Version and on Allow with NotPrincipal', () => {
    const text = JSON.stringify({
      Statement: {
        Effect: 'Allow',
        NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 's3:*',
        Resource: '*',
      },
    });
    const result = parsePolicy(text);
    expect(result.ok).toBe(true);
    expect(result.problems.map((problem) => problem.code).sort()).toEqual([
      'allow-with-not-principal',
      'missing-version',
    ]);
  });

  it('wrong types: Action as a number, Condition as a string, Principal as a list', () => {
    const text = policy({
      Effect: 'Allow',
      Action: 5,
      Resource: '*',
      Principal: ['x'],
      Condition: 'x',
    });
    const messages = errorsOf(text).map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Action must be a string or an array of strings',
        'Principal must be "*" or an object with AWS, Service, Federated or CanonicalUser',
        'Condition must be an object of condition operators',
      ]),
    );
  });
});

describe('parsePolicy never throws on bad input', () => {
  it('invalid JSON: every syntax error, at its offset', () => {
    const text = '{"Version": "2012-10-17", "Statement": [ {"Effect": "Allow" "Action": "s3:*"} ]';
    const problems = errorsOf(text);
    expect(problems[0]?.message).toBe('Invalid JSON: Comma expected');
    expect(problems[0]?.span.start).toBe(text.indexOf('"Action"'));
    expect(problems.length).toBeGreaterThan(1);
  });

  it('comments and trailing commas, which AWS rejects', () => {
    expect(errorsOf('{"Statement": [] // x\n}')[0]?.message).toBe('Invalid JSON: Invalid comment');
    expect(errorsOf('{"Statement": [],}')[0]?.code).toBe('syntax');
  });

  it('an empty document and a document that is not an object', () => {
    expect(errorsOf('   ')[0]?.message).toBe('The policy is empty');
    expect(errorsOf('[1, 2]')[0]?.message).toBe('A policy must be a JSON object');
  });

  it('deeply nested JSON is refused before it is walked', () => {
    const text = `{"Statement": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const [problem] = errorsOf(text);
    expect(problem?.code).toBe('too-deep');
  });

  it('a 1 MB policy of 10,000 statements parses completely', () => {
    const statements = Array.from({ length: 10_000 }, (_, index) => ({
      Sid: `S${index}`,
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: `arn:aws:s3:::bucket-${index}/reports/*`,
    }));
    const text = policy(statements);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = parsePolicy(text);
    expect(result.ok).toBe(true);
    expect(result.policy.statements).toHaveLength(10_000);
    expect(result.policy.statements[9_999]?.sid?.value).toBe('S9999');
  });
});

describe('parsePolicy gives one parsed policy: text, tree, model and problems', () => {
  it('keeps the text it read and its JSON tree, whose spans the model shares', () => {
    const text = policy([{ Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const parsed = parsePolicy(text);
    expect(parsed.text).toBe(text);
    const sid = findNodeAtLocation(parsed.tree!, ['Statement', 0, 'Sid']);
    expect(sid?.value).toBe('One');
    expect(sid?.offset).toBe(parsed.policy.statements[0]?.sid?.span.start);
  });

  it('keeps the tree jsonc-parser recovers from text that is not valid JSON', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow",}]}';
    const parsed = parsePolicy(text);
    expect(parsed.ok).toBe(false);
    expect(findNodeAtLocation(parsed.tree!, ['Statement', 0, 'Effect'])?.value).toBe('Allow');
  });

  it('takes the value JSON.parse gave a caller instead of reading the text again', () => {
    const text = policy([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: {} } },
    ]);
    const expected = parsePolicy(text);
    const read = { value: JSON.parse(text) as unknown };
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const parsed = parsePolicy(text, read);
      expect(parse).not.toHaveBeenCalled();
      expect({ ...parsed, tree: parsed.tree }).toEqual({ ...expected, tree: expected.tree });
    } finally {
      parse.mockRestore();
    }
  });

  it('has no tree when no JSON value can be read', () => {
    expect(parsePolicy('  ').tree).toBeUndefined();
    expect(parsePolicy('').tree).toBeUndefined();
    expect(parsePolicy(`{"Statement": ${'['.repeat(100_000)}}`).tree).toBeUndefined();
  });
});
