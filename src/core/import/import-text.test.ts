import { describe, expect, it } from 'vitest';
import { importText } from './import.ts';

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
