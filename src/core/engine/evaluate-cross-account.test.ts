import { describe, expect, it } from 'vitest';
import {
  ALICE,
  allow,
  APP_ROLE,
  BOB_OTHER,
  deciding,
  deny,
  evaluate,
  policy,
} from './test-scenarios.ts';

const QUEUE = 'arn:aws:sqs:us-east-1:111122223333:jobs';
const BOB_IDENTITY = policy('bob-id', 'identity', [allow('sqs:SendMessage')], {
  attachedTo: [BOB_OTHER],
});
const request = { principal: BOB_OTHER, action: 'sqs:SendMessage', resource: QUEUE };

describe('Cross-account policy evaluation logic (reference_policies_evaluation-logic-cross-account.html)', () => {
  it('the identity policy alone does not allow access to another account resource', () => {
    const result = evaluate([BOB_IDENTITY], request);
    expect(result.crossAccount).toBe(true);
    expect(result.decision).toBe('implicitDeny');
  });

  it('a resource-based policy naming the caller is not enough without the caller identity policy', () => {
    const queue = policy('queue', 'resource', [
      allow('sqs:SendMessage', '*', { Principal: { AWS: BOB_OTHER } }),
    ]);
    expect(evaluate([queue], request).decision).toBe('implicitDeny');
  });

  it('both sides allowing allows, and both statements decide', () => {
    const queue = policy('queue', 'resource', [
      allow('sqs:SendMessage', '*', { Principal: { AWS: '444455556666' } }),
    ]);
    const result = evaluate([queue, BOB_IDENTITY], request);
    expect(result.decision).toBe('allowed');
    expect(deciding(result)).toEqual(['queue#0', 'bob-id#0']);
  });

  it('the caller boundary still caps the identity side', () => {
    const queue = policy('queue', 'resource', [
      allow('sqs:SendMessage', '*', { Principal: { AWS: BOB_OTHER } }),
    ]);
    const boundary = policy('b', 'permissions-boundary', [allow('s3:*')], {
      attachedTo: [BOB_OTHER],
    });
    expect(evaluate([queue, BOB_IDENTITY, boundary], request).decision).toBe('implicitDeny');
  });

  it('resourceAccount overrides the account of the resource ARN', () => {
    const bucket = 'arn:aws:s3:::shared/data.csv';
    const identity = policy('id', 'identity', [allow('s3:GetObject')]);
    expect(evaluate([identity], { resource: bucket }).decision).toBe('allowed');
    expect(
      evaluate([identity], { resource: bucket, resourceAccount: '999988887777' }).decision,
    ).toBe('implicitDeny');
  });
});

describe('Role trust policies (IAM roles: "Granting a user permissions to switch roles")', () => {
  const assume = { action: 'sts:AssumeRole', resource: APP_ROLE };
  const identity = policy('id', 'identity', [allow('sts:AssumeRole', APP_ROLE)]);

  it('without a trust policy that allows, the role cannot be assumed even if the identity policy allows', () => {
    const result = evaluate([identity], assume);
    expect(result.decision).toBe('implicitDeny');
  });

  it('a trust policy naming the user in the same account allows without an identity policy', () => {
    const trust = policy(
      'trust',
      'trust',
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: ALICE } }],
      {
        attachedTo: [APP_ROLE],
      },
    );
    const result = evaluate([trust], assume);
    expect(result.decision).toBe('allowed');
    expect(deciding(result)).toEqual(['trust#0']);
  });

  it('a user named in the trust policy still needs a boundary that allows sts:AssumeRole (id_roles_update-role-trust-policy.html)', () => {
    const trust = policy('trust', 'trust', [
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: ALICE } },
    ]);
    const boundary = policy('boundary', 'permissions-boundary', [allow('s3:*')]);
    expect(evaluate([trust, boundary], assume).decision).toBe('implicitDeny');
    const boundaryAssume = policy('boundary', 'permissions-boundary', [allow('sts:AssumeRole')]);
    expect(evaluate([trust, boundaryAssume], assume).decision).toBe('allowed');
  });

  it('a trust policy naming the account root also needs the caller identity policy', () => {
    const trust = policy('trust', 'trust', [
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      },
    ]);
    expect(evaluate([trust], assume).decision).toBe('implicitDeny');
    expect(evaluate([trust, identity], assume).decision).toBe('allowed');
  });

  it('trust policies are not consulted for other actions on the role', () => {
    const trust = policy('trust', 'trust', [{ Effect: 'Deny', Action: '*', Principal: '*' }]);
    const getRole = policy('id', 'identity', [allow('iam:GetRole')]);
    expect(evaluate([trust, getRole], { action: 'iam:GetRole', resource: APP_ROLE }).decision).toBe(
      'allowed',
    );
  });

  it('cross account: the trust policy and the caller identity policy must both allow', () => {
    const trust = policy('trust', 'trust', [
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '444455556666' } },
    ]);
    const bobAssume = policy('bob', 'identity', [allow('sts:AssumeRole')], {
      attachedTo: [BOB_OTHER],
    });
    expect(evaluate([trust], { ...assume, principal: BOB_OTHER }).decision).toBe('implicitDeny');
    expect(evaluate([trust, bobAssume], { ...assume, principal: BOB_OTHER }).decision).toBe(
      'allowed',
    );
  });
});

describe('AWS KMS key policies ("Key policies in AWS KMS": the key policy must allow)', () => {
  const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const decrypt = { action: 'kms:Decrypt', resource: key };
  const identity = policy('id', 'identity', [allow('kms:Decrypt')]);

  it('an identity policy alone does not allow use of a key', () => {
    expect(evaluate([identity], decrypt).decision).toBe('implicitDeny');
  });

  it('a key policy enabling IAM policies (naming the account) lets the identity policy allow', () => {
    const keyPolicy = policy('key', 'resource', [
      allow('kms:*', '*', { Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
    ]);
    expect(evaluate([keyPolicy], decrypt).decision).toBe('implicitDeny');
    expect(evaluate([keyPolicy, identity], decrypt).decision).toBe('allowed');
  });
});

describe('AWS JSON policy elements: NotPrincipal', () => {
  it('a Deny with NotPrincipal denies everyone not listed', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: '*' }),
      deny('s3:GetObject', '*', {
        NotPrincipal: { AWS: [BOB_OTHER, 'arn:aws:iam::444455556666:root'] },
      }),
    ]);
    expect(evaluate([bucket], {}).decision).toBe('explicitDeny');
  });

  it('a listed user is excluded only when its account is listed too', () => {
    const onlyUser = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: '*' }),
      deny('s3:GetObject', '*', { NotPrincipal: { AWS: [ALICE] } }),
    ]);
    expect(evaluate([onlyUser], {}).decision).toBe('explicitDeny');
    const userAndAccount = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: '*' }),
      deny('s3:GetObject', '*', { NotPrincipal: { AWS: [ALICE, '111122223333'] } }),
    ]);
    expect(evaluate([userAndAccount], {}).decision).toBe('allowed');
  });
});
