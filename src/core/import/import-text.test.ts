import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';

const statement = (extra: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Resource: '*', ...extra }],
  });

describe('importText', () => {
  it('reads a scenario file', () => {
    const text = JSON.stringify({
      format: 'iam-policy-studio/scenario@1',
      policies: [{ id: 'a', type: 'identity', document: '{}' }],
      requests: [],
    });
    expect(importText(text)).toMatchObject({
      kind: 'scenario',
      scenario: { policies: [{ id: 'a' }] },
    });
  });

  it('says where a scenario is wrong', () => {
    const result = importText(
      '{"format": "iam-policy-studio/scenario@1", "policies": [{"id": "a", "type": "idenity", "document": "{}"}], "requests": []}',
    );
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' && result.message).toMatch(
      /^Not a valid scenario: .*idenity.*\(line 1, column \d+\)$/,
    );
  });

  it('keeps a bare policy as written, even with comments, and guesses its type', () => {
    const identity = `// mine\n${statement({ Action: 's3:GetObject' })}`;
    expect(importText(identity)).toEqual({ kind: 'policy', type: 'identity', document: identity });
    expect(importText(statement({ Action: 's3:GetObject', Principal: '*' }))).toMatchObject({
      type: 'resource',
    });
    expect(
      importText(
        statement({ Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: 'x' } }),
      ),
    ).toMatchObject({ type: 'trust' });
  });

  it('refuses what is neither, with a message', () => {
    expect(importText(' \n')).toEqual({
      kind: 'error',
      message: 'The text is empty (line 1, column 1)',
    });
    expect(importText('[1,2]')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^Neither a scenario nor a policy.*\(line 1, column 1\)$/),
    });
    expect(importText('\u0000\u0001binary')).toMatchObject({ kind: 'error' });
    expect(importText(' '.repeat(10 * 1024 * 1024 + 1))).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/10 MB/),
    });
  });

  it('refuses a JSON object that is no policy, scenario, AWS CLI output or template, listing its keys', () => {
    expect(importText('{"name": "app", "dependencies": {}}')).toEqual({
      kind: 'error',
      message:
        'This JSON has no Statement and is not an AWS CLI output or template the studio knows: top-level keys are name, dependencies',
    });
    expect(importText('{}')).toMatchObject({
      message: expect.stringMatching(/: it is an empty object$/),
    });
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`k${index}`, index]));
    expect(importText(JSON.stringify(many))).toMatchObject({
      message: expect.stringMatching(
        /top-level keys are k0, k1, k2, k3, k4, k5, k6, k7 and 2 more$/,
      ),
    });
  });

  it('reads text that is not JSON as YAML, refusing what is not an object where it starts', () => {
    expect(importText('\n  hello')).toEqual({
      kind: 'error',
      message:
        'Neither a scenario nor a policy: a policy is a JSON object with a Statement (line 2, column 3)',
    });
  });

  it('reads a text nested 100,000 levels deep as an error, without overflowing the stack', () => {
    const deep = `\n ${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(importText(deep)).toEqual({
      kind: 'error',
      message: 'JSON is nested more than 64 levels deep (line 2, column 66)',
    });
    expect(importText(`{"Statement": ${deep}}`)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^JSON is nested more than 64 levels deep/),
    });
  });

  it('ignores a byte order mark, as a file read by the browser does (RFC 8259, section 8.1)', () => {
    const scenario = JSON.stringify({
      format: 'iam-policy-studio/scenario@1',
      policies: [],
      requests: [],
    });
    expect(importText(`\uFEFF${scenario}`)).toMatchObject({ kind: 'scenario' });
    const policy = statement({ Action: 's3:GetObject' });
    expect(importText(`\uFEFF${policy}`)).toEqual({
      kind: 'policy',
      type: 'identity',
      document: policy,
    });
  });
});
