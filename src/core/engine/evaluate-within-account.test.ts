import { describe, expect, it } from 'vitest';
import {
  ALICE,
  allow,
  APP_ROLE,
  APP_SESSION,
  BUCKET_OBJECT,
  deciding,
  deny,
  evaluate,
  policy,
} from './test-scenarios.ts';

const ROLE_POLICY = policy('role-id', 'identity', [allow('s3:GetObject')], {
  attachedTo: [APP_ROLE],
});

describe('Policy evaluation logic (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html)', () => {
  it('denies by default: no policy allows, so the decision is an implicit deny', () => {
    const result = evaluate([], {});
    expect(result.decision).toBe('implicitDeny');
    expect(result.matchedStatements).toEqual([]);
  });

  it('allows what an identity-based policy allows, naming that statement', () => {
    const result = evaluate(
      [policy('id', 'identity', [allow('s3:ListBucket'), allow('s3:GetObject')])],
      {},
    );
    expect(result.decision).toBe('allowed');
    expect(deciding(result)).toEqual(['id#1']);
  });

  it('an explicit Deny in any policy overrides an Allow, and the Deny statements decide', () => {
    const result = evaluate(
      [
        policy('id', 'identity', [allow('s3:*')]),
        policy('bucket', 'resource', [deny('s3:GetObject', '*', { Principal: '*' })]),
      ],
      {},
    );
    expect(result.decision).toBe('explicitDeny');
    expect(deciding(result)).toEqual(['bucket#0']);
  });

  it('every matching Deny is listed, across policies', () => {
    const result = evaluate(
      [
        policy('a', 'identity', [deny('s3:*'), allow('s3:*')]),
        policy('b', 'identity', [deny('s3:Get*')]),
      ],
      {},
    );
    expect(deciding(result)).toEqual(['a#0', 'b#0']);
  });

  it('identity policies attached to someone else do not apply', () => {
    const result = evaluate(
      [
        policy('bob', 'identity', [allow('s3:*')], {
          attachedTo: ['arn:aws:iam::111122223333:user/bob'],
        }),
      ],
      {},
    );
    expect(result.decision).toBe('implicitDeny');
    expect(result.layers.find((layer) => layer.layer === 'identity')?.policies[0]?.applies).toBe(
      false,
    );
  });
});

describe('Determining whether a request is allowed or denied within an account', () => {
  it('a resource-based policy naming the user allows without any identity-based policy (OR)', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: ALICE } }),
    ]);
    const result = evaluate([bucket], {});
    expect(result.decision).toBe('allowed');
    expect(deciding(result)).toEqual(['bucket#0']);
  });

  it('a resource-based policy naming only the account delegates to identity policies: no grant alone', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
    ]);
    expect(evaluate([bucket], {}).decision).toBe('implicitDeny');
    const identity = policy('id', 'identity', [allow('s3:GetObject')]);
    expect(deciding(evaluate([bucket, identity], {}))).toEqual(['bucket#0', 'id#0']);
  });

  it('a resource-based policy naming the role allows its sessions without identity policies', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: APP_ROLE } }),
    ]);
    expect(evaluate([bucket], { principal: APP_SESSION }).decision).toBe('allowed');
  });
});

describe('Permissions boundaries for IAM entities (access_policies_boundaries.html)', () => {
  const boundaryEc2 = policy('boundary', 'permissions-boundary', [allow('ec2:*')]);

  it('the boundary caps identity-based policies: allowed by identity but not by the boundary is denied', () => {
    const identity = policy('id', 'identity', [allow('s3:GetObject')]);
    expect(evaluate([identity, boundaryEc2], {}).decision).toBe('implicitDeny');
    const boundaryS3 = policy('boundary', 'permissions-boundary', [allow('s3:*')]);
    expect(deciding(evaluate([identity, boundaryS3], {}))).toEqual(['id#0']);
  });

  it('a resource-based policy naming the IAM user ARN is not limited by the boundary implicit deny', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: ALICE } }),
    ]);
    expect(evaluate([bucket, boundaryEc2], {}).decision).toBe('allowed');
  });

  it('a resource-based policy naming the role ARN is limited by the boundary implicit deny', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: APP_ROLE } }),
    ]);
    expect(evaluate([bucket, boundaryEc2], { principal: APP_SESSION }).decision).toBe(
      'implicitDeny',
    );
    const boundaryS3 = policy('boundary', 'permissions-boundary', [allow('s3:*')]);
    expect(evaluate([bucket, boundaryS3], { principal: APP_SESSION }).decision).toBe('allowed');
  });

  it('a resource-based policy naming the role session ARN is not limited by the boundary', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: APP_SESSION } }),
    ]);
    expect(evaluate([bucket, boundaryEc2], { principal: APP_SESSION }).decision).toBe('allowed');
  });

  it('an explicit Deny in the boundary wins over a resource-based grant naming the user', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: ALICE } }),
    ]);
    const boundary = policy('boundary', 'permissions-boundary', [deny('s3:*')]);
    expect(evaluate([bucket, boundary], {}).decision).toBe('explicitDeny');
  });

  it('a Deny with NotPrincipal always denies a principal that has a boundary, whatever it lists', () => {
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: ALICE } }),
      deny('s3:*', '*', { NotPrincipal: { AWS: [ALICE, 'arn:aws:iam::111122223333:root'] } }),
    ]);
    expect(evaluate([bucket], {}).decision).toBe('allowed');
    const boundary = policy('boundary', 'permissions-boundary', [allow('s3:*')]);
    expect(evaluate([bucket, boundary], {}).decision).toBe('explicitDeny');
  });
});

describe('Session policies (access_policies.html#policies_session)', () => {
  const sessionEc2 = policy('session', 'session', [allow('ec2:*')]);

  it('the session policy caps the role identity policy', () => {
    expect(evaluate([ROLE_POLICY, sessionEc2], { principal: APP_SESSION }).decision).toBe(
      'implicitDeny',
    );
    const sessionS3 = policy('session', 'session', [allow('s3:*')]);
    expect(evaluate([ROLE_POLICY, sessionS3], { principal: APP_SESSION }).decision).toBe('allowed');
  });

  it('does not apply to IAM users', () => {
    const identity = policy('id', 'identity', [allow('s3:GetObject')]);
    expect(evaluate([identity, sessionEc2], {}).decision).toBe('allowed');
  });

  it('a resource-based policy naming the session ARN is not limited by the session policy; one naming the role is', () => {
    const toSession = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: APP_SESSION } }),
    ]);
    expect(evaluate([toSession, sessionEc2], { principal: APP_SESSION }).decision).toBe('allowed');
    const toRole = policy('bucket', 'resource', [
      allow('s3:GetObject', '*', { Principal: { AWS: APP_ROLE } }),
    ]);
    expect(evaluate([toRole, sessionEc2], { principal: APP_SESSION }).decision).toBe(
      'implicitDeny',
    );
  });
});

describe('Root user, service principals and anonymous callers (AWS JSON policy elements: Principal)', () => {
  it('the root user is allowed in its own account without policies, and identity policies never apply to it', () => {
    const result = evaluate([policy('id', 'identity', [deny('s3:*')], { attachedTo: ['*'] })], {
      principal: 'arn:aws:iam::111122223333:root',
      resource: 'arn:aws:sqs:us-east-1:111122223333:jobs',
      action: 'sqs:SendMessage',
    });
    expect(result.decision).toBe('allowed');
    expect(result.matchedStatements).toEqual([]);
  });

  it('an explicit Deny in a resource-based policy still stops the root user', () => {
    const bucket = policy('bucket', 'resource', [deny('s3:*', '*', { Principal: '*' })]);
    expect(evaluate([bucket], { principal: 'arn:aws:iam::111122223333:root' }).decision).toBe(
      'explicitDeny',
    );
  });

  it('an anonymous caller is allowed only by a resource-based policy with Principal "*"', () => {
    const identity = policy('id', 'identity', [allow('s3:*')]);
    expect(evaluate([identity], { principal: '*' }).decision).toBe('implicitDeny');
    const bucket = policy('bucket', 'resource', [
      allow('s3:GetObject', BUCKET_OBJECT, { Principal: '*' }),
    ]);
    expect(evaluate([identity, bucket], { principal: '*' }).decision).toBe('allowed');
  });

  it('a service principal is allowed when the resource-based policy names the service', () => {
    const topic = policy('topic', 'resource', [
      allow('sns:Publish', '*', { Principal: { Service: 's3.amazonaws.com' } }),
    ]);
    const request = {
      principal: 's3.amazonaws.com',
      action: 'sns:Publish',
      resource: 'arn:aws:sns:us-east-1:111122223333:t',
    };
    expect(evaluate([topic], request).decision).toBe('allowed');
    expect(evaluate([topic], { ...request, principal: 'lambda.amazonaws.com' }).decision).toBe(
      'implicitDeny',
    );
  });
});
