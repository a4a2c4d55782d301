import { describe, expect, it } from 'vitest';
import type { ScenarioPolicy } from '../scenario/model.ts';
import { policyWith, KEY_POLICY, POLICY_OF_TYPE, QUEUE_POLICY, TOPIC_POLICY } from './fixtures.ts';
import { exportTarget } from './target.ts';

function resourcePolicy(statement: string, attachedTo?: string[]): ScenarioPolicy {
  const policy: ScenarioPolicy = { id: 'p', type: 'resource', document: policyWith(statement) };
  return attachedTo ? { ...policy, attachedTo } : policy;
}

describe('exportTarget', () => {
  it.each([
    ['identity', { kind: 'managed-policy' }],
    ['permissions-boundary', { kind: 'permissions-boundary', holders: [] }],
    ['scp', { kind: 'organizations', policyType: 'SERVICE_CONTROL_POLICY' }],
    ['rcp', { kind: 'organizations', policyType: 'RESOURCE_CONTROL_POLICY' }],
    ['trust', { kind: 'role-trust', identifier: 'Deploy' }],
    ['session', { kind: 'session', identifier: undefined }],
    ['vpc-endpoint', { kind: 'vpc-endpoint', identifier: 'vpce-1a2b3c4d' }],
    ['resource', { kind: 's3-bucket', identifier: 'amzn-s3-demo-bucket' }],
  ] as const)('a %s policy goes where its type says', (type, target) => {
    expect(exportTarget(POLICY_OF_TYPE[type])).toEqual(target);
  });

  it.each([
    [
      QUEUE_POLICY,
      { kind: 'sqs-queue', identifier: 'https://sqs.us-east-2.amazonaws.com/111122223333/Orders' },
    ],
    [TOPIC_POLICY, { kind: 'sns-topic', identifier: 'arn:aws:sns:us-east-2:111122223333:Alerts' }],
    // A key policy names no key ("Resource": "*"): its actions say it is KMS's.
    [KEY_POLICY, { kind: 'kms-key', identifier: undefined }],
  ])('a resource policy is the service its resources or actions name: %#', (policy, target) => {
    expect(exportTarget(policy)).toEqual(target);
  });

  it('reads the resource from attachedTo before the statements', () => {
    const policy = resourcePolicy(
      '{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::*/*"}',
      ['arn:aws:s3:::attached-bucket'],
    );
    expect(exportTarget(policy)).toEqual({ kind: 's3-bucket', identifier: 'attached-bucket' });
  });

  it('knows the boundary holders attachedTo names, by kind and name', () => {
    const policy: ScenarioPolicy = {
      ...POLICY_OF_TYPE['permissions-boundary'],
      attachedTo: [
        'arn:aws:iam::111122223333:user/dev/alice',
        'arn:aws:iam::111122223333:role/Build',
        'arn:aws:iam::111122223333:role/*',
      ],
    };
    expect(exportTarget(policy)).toEqual({
      kind: 'permissions-boundary',
      holders: [
        { kind: 'user', name: 'alice' },
        { kind: 'role', name: 'Build' },
      ],
    });
  });

  it('takes a session policy role from an assumed-role session ARN', () => {
    const policy: ScenarioPolicy = {
      ...POLICY_OF_TYPE.session,
      attachedTo: ['arn:aws:sts::111122223333:assumed-role/Reader/alice'],
    };
    expect(exportTarget(policy)).toEqual({
      kind: 'session',
      identifier: 'arn:aws:iam::111122223333:role/Reader',
    });
  });

  it('refuses a resource policy of another service, or of several, saying which', () => {
    const lambda = resourcePolicy(
      '{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "lambda:InvokeFunction", "Resource": "arn:aws:lambda:us-east-1:111122223333:function:f"}',
    );
    expect(exportTarget(lambda)).toEqual({
      kind: 'not-exportable',
      reason: expect.stringContaining('this one is for lambda') as string,
    });
    const mixed = resourcePolicy(
      '{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": ["arn:aws:s3:::b", "arn:aws:sqs:us-east-1:111122223333:q"]}',
    );
    expect(exportTarget(mixed)).toEqual({
      kind: 'not-exportable',
      reason: expect.stringContaining('several services (s3, sqs)') as string,
    });
  });
});
