import { describe, expect, it } from 'vitest';
import { readScenario, type ReadScenarioResult } from './read.ts';
import { EMPTY_POLICY as POLICY_TEXT, scenarioText } from './scenario-text-fixtures.ts';

function errorsOf(result: ReadScenarioResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('readScenario', () => {
  it('reads a valid scenario, ignoring unknown fields', () => {
    const result = readScenario(
      scenarioText({
        why: 'notes',
        policies: [{ id: 'app', type: 'identity', document: POLICY_TEXT, doc: 'x' }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.policies).toEqual([
      { id: 'app', type: 'identity', document: POLICY_TEXT },
    ]);
    expect(result.scenario.requests).toHaveLength(1);
  });

  it('keeps a document as written, given as text or as an object (less its indentation in the file)', () => {
    const text = '{\n  // keep\n  "Statement": []\n}';
    const asText = readScenario(
      scenarioText({ policies: [{ id: 'a', type: 'identity', document: text }] }),
    );
    expect(asText.ok && asText.scenario.policies[0]?.document).toBe(text);
    // As written in the file, not through a JavaScript number: 2^53 + 1 keeps its last digit.
    const object = '{ "Statement": [], "Version" :"2012-10-17", "x": 9007199254740993 }';
    const file = `{"policies": [{"id": "a", "type": "identity", "document": ${object}}], "requests": []}`;
    for (const given of [file, `// a comment\n${file}`]) {
      const asObject = readScenario(given);
      expect(asObject.ok && asObject.scenario.policies[0]?.document).toBe(object);
    }
    const indented = readScenario(
      scenarioText({ policies: [{ id: 'a', type: 'identity', document: { Statement: [] } }] }),
    );
    expect(indented.ok && indented.scenario.policies[0]?.document).toBe('{\n  "Statement": []\n}');
  });

  it('normalises attachedTo to an array and defaults the level of an SCP to 0', () => {
    const result = readScenario(
      scenarioText({
        policies: [
          {
            id: 'a',
            type: 'identity',
            document: POLICY_TEXT,
            attachedTo: 'arn:aws:iam::111122223333:user/alice',
          },
          { id: 's', type: 'scp', document: POLICY_TEXT },
        ],
      }),
    );
    expect(
      result.ok && result.scenario.policies.map((policy) => [policy.attachedTo, policy.level]),
    ).toEqual([
      [['arn:aws:iam::111122223333:user/alice'], undefined],
      [undefined, 0],
    ]);
  });

  it('reads strict JSON, through its fast path, as it reads the same scenario with a comment', () => {
    const text = scenarioText({
      policies: [
        { id: 'a', type: 'identity', document: POLICY_TEXT, attachedTo: 'arn:aws:iam::1:user/x' },
        { id: 's', type: 'scp', level: 1, document: { Statement: [{ Effect: 'Deny' }] } },
      ],
      requests: [
        {
          id: 'r',
          principal: '*',
          action: 's3:GetObject',
          resource: '*',
          resourceAccount: '111122223333',
          context: { 'aws:TagKeys': ['a', 'b'], constructor: 'c' },
          expect: 'allowed',
        },
      ],
      organization: { managementAccount: '999999999999', memberAccounts: ['111122223333'] },
    });
    const strict = readScenario(text);
    const withComment = readScenario(`// notes\n${text}`);
    expect(strict.ok && withComment.ok).toBe(true);
    if (!strict.ok || !withComment.ok) return;
    expect(strict.scenario).toEqual(withComment.scenario);
    const origin = strict.locateDocuments().get('a');
    expect(origin?.stringOffset).toBe(text.indexOf(JSON.stringify(POLICY_TEXT)));
    expect(withComment.locateDocuments().get('s')).toEqual({
      offset: text.indexOf('"document": {') + '"document": '.length + '// notes\n'.length,
      indent: 6,
    });
  });

  it('keeps the first of two properties of the same name, as the located reader does', () => {
    const text = scenarioText().replace(
      '"action": "s3:GetObject"',
      '"action": "s3:GetObject", "action": "s3:PutObject"',
    );
    const result = readScenario(text);
    expect(result.ok && result.scenario.requests[0]?.action).toBe('s3:GetObject');
  });

  it('reports a repeated request id where the second one is written', () => {
    const request = {
      principal: 'arn:aws:iam::111122223333:user/alice',
      action: 's3:GetObject',
      resource: '*',
    };
    const text = scenarioText({
      requests: [
        { id: 'r', ...request },
        { id: 'other', ...request },
        { id: 'r', ...request },
      ],
    });
    const errors = errorsOf(readScenario(text));
    expect(errors).toEqual([
      expect.objectContaining({ message: 'Duplicate request id "r"', requestId: 'r' }),
    ]);
    const lines = text.split('\n');
    const second = lines.findLastIndex((row) => row.includes('"id": "r"'));
    expect(errors[0]).toMatchObject({
      line: second + 1,
      column: lines[second]!.indexOf('"r"') + 1,
    });
  });

  it('reports invalid JSON with line and column', () => {
    const errors = errorsOf(readScenario('{\n  "policies": [}\n'));
    expect(errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/Invalid JSON/) });
  });

  it('reports wrong types, an unknown policy type with a suggestion, and carries the policy id and position', () => {
    const text = scenarioText({ policies: [{ id: 'app', type: 'scpp', document: 42 }] });
    const errors = errorsOf(readScenario(text));
    expect(errors.map((error) => error.policyId)).toEqual(['app', 'app']);
    expect(errors[0]?.message).toMatch(/Unknown policy type "scpp" \(did you mean "scp"\?\)/);
    expect(errors[1]?.message).toMatch(/document must be/);
    const line = text.split('\n').findIndex((row) => row.includes('"scpp"')) + 1;
    expect(errors[0]?.line).toBe(line);
    expect(errors[0]?.column).toBe(text.split('\n')[line - 1]!.indexOf('"scpp"') + 1);
  });

  it('rejects duplicate and malformed policy ids, level on other types, bad expect and context values', () => {
    const text = scenarioText({
      policies: [
        { id: 'a', type: 'identity', document: POLICY_TEXT },
        { id: 'a', type: 'identity', document: POLICY_TEXT },
        { id: 'has space', type: 'identity', document: POLICY_TEXT },
        { id: 'lvl', type: 'identity', document: POLICY_TEXT, level: 1 },
        { id: 'neg', type: 'scp', document: POLICY_TEXT, level: -1 },
      ],
      requests: [
        {
          id: 'r',
          principal: 'alice',
          action: 's3:GetObject',
          resource: '*',
          expect: 'allow',
          context: { 'aws:SourceIp': 7, 'aws:TagKeys': ['a', 1] },
        },
      ],
    });
    const messages = errorsOf(readScenario(text)).map((error) => error.message);
    expect(messages).toEqual([
      expect.stringMatching(/Duplicate policy id "a"/),
      expect.stringMatching(/id "has space" must be/),
      expect.stringMatching(/level applies only to scp and rcp/),
      expect.stringMatching(/level must be a whole number/),
      expect.stringMatching(/principal "alice" is not/),
      expect.stringMatching(/expect must be one of/),
      expect.stringMatching(/context "aws:SourceIp" must be a string or an array/),
      expect.stringMatching(/context "aws:TagKeys" must hold only strings/),
    ]);
  });

  it('requires policies and requests, principal, action and resource', () => {
    const messages = errorsOf(readScenario('{"requests":[{"action":"s3:GetObject"}]}')).map(
      (error) => error.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/policies is required/),
        expect.stringMatching(/principal is required/),
        expect.stringMatching(/resource is required/),
      ]),
    );
  });

  it('refuses deeply nested JSON without overflowing the stack', () => {
    const deep = `{"policies": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "requests": []}`;
    expect(errorsOf(readScenario(deep))[0]?.message).toMatch(/nested more than/);
  });

  it('reads a large scenario (10,000 requests) in well under a second', () => {
    const requests = Array.from({ length: 10_000 }, (_, index) => ({
      id: `r${index}`,
      principal: 'arn:aws:iam::111122223333:user/alice',
      action: 's3:GetObject',
      resource: `arn:aws:s3:::b/${index}`,
    }));
    const started = performance.now();
    const result = readScenario(scenarioText({ requests }));
    expect(result.ok && result.scenario.requests).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps the number of errors reported', () => {
    const requests = Array.from({ length: 500 }, () => ({ action: 1 }));
    const errors = errorsOf(readScenario(scenarioText({ requests })));
    expect(errors.length).toBe(101);
    expect(errors[100]?.message).toMatch(/more errors/);
  });
});
