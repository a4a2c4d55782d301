import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] });

describe('detectText', () => {
  it('takes an object with policies, requests or format for a scenario', () => {
    for (const field of ['policies', 'requests', 'format']) {
      expect(detectText(`// a scenario\n{"${field}": 1}`)).toEqual({ kind: 'scenario' });
    }
  });

  it('takes any other object for a policy, guessing its type from its statements', () => {
    const allow = { Action: 's3:GetObject', Resource: '*' };
    expect(detectText(policy(allow))).toMatchObject({ kind: 'policy', type: 'identity' });
    expect(detectText(policy({ ...allow, Principal: '*' }))).toMatchObject({
      kind: 'policy',
      type: 'resource',
    });
    expect(
      detectText(policy({ Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } })),
    ).toMatchObject({ kind: 'policy', type: 'trust' });
    expect(detectText('{"Statement": [')).toMatchObject({ kind: 'policy', type: 'identity' });
    const single = (statement: Record<string, unknown>) =>
      JSON.stringify({ Statement: { Effect: 'Allow', ...statement } });
    expect(
      detectText(single({ Principal: { Federated: 'x' }, Action: ['sts:AssumeRoleWithSAML'] })),
    ).toMatchObject({ kind: 'policy', type: 'trust' });
    expect(detectText(single({ NotPrincipal: { AWS: 'x' }, NotAction: 's3:*' }))).toMatchObject({
      kind: 'policy',
      type: 'resource',
    });
  });

  it('hands on the value it read of a policy that is strict JSON, and only then', () => {
    const text = policy({ Action: 's3:GetObject', Resource: '*' });
    expect(detectText(text)).toEqual({
      kind: 'policy',
      type: 'identity',
      read: { value: JSON.parse(text) },
    });
    const repeated = '{"Statement": [], "Statement": [{"Effect": "Allow"}]}';
    expect(detectText(repeated)).toEqual({ kind: 'policy', type: 'identity' });
    expect(detectText('{"Statement": [')).toEqual({ kind: 'policy', type: 'identity' });
  });

  it('says where a text is neither', () => {
    expect(detectText(' \n\t')).toEqual({
      kind: 'unreadable',
      message: 'The text is empty',
      offset: 0,
    });
    expect(detectText('\n  [1, 2]')).toMatchObject({ kind: 'unreadable', offset: 3 });
    expect(detectText('\n  \u0001binary')).toMatchObject({ kind: 'unreadable', offset: 3 });
    expect(detectText(`{"a": ${'['.repeat(100_000)}`)).toEqual({
      kind: 'unreadable',
      message: 'JSON is nested more than 64 levels deep',
      offset: 6 + 63,
    });
  });
});
