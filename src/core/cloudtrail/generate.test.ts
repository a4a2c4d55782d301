import { describe, expect, it } from 'vitest';
import { callerProblem, resolveCaller } from './generate-calls.ts';
import {
  catalog,
  FUNCTION_ROLE,
  fixtureCalls,
  generate,
  ROLE,
  roleCall,
  s3,
  statementsOf,
} from './generate-fixtures.ts';
import { generatePolicy, withoutCovered } from './generate.ts';

const reports = (key: string) => ({ bucketName: 'reports', key });

describe('the policy generated from a caller’s successful calls', () => {
  it('is the document of the IAM User Guide’s DeleteBucket role session, two-space indented', () => {
    const calls = fixtureCalls();
    const generated = generatePolicy(calls, ROLE, catalog, { resources: 'exact' });
    expect(generated.document).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Sid": "S3Write",',
        '      "Effect": "Allow",',
        '      "Action": [',
        '        "s3:DeleteBucket"',
        '      ],',
        '      "Resource": [',
        '        "arn:aws:s3:::my-test-bucket-cross-account"',
        '      ]',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    );
    expect(generated).toMatchObject({ caller: ROLE, events: 1, leftOut: [] });
    expect(generated.statements[0]).toMatchObject({
      service: 's3',
      accessLevel: 'Write',
      events: 1,
      lastSeen: '2016-11-14T17:25:45Z',
    });
  });

  it('groups statements by service and access level, sorted, with Sids such as S3Read; data events included', () => {
    const { generated } = generate([
      s3('PutObject', reports('out.csv')),
      s3('GetObject', reports('a.csv')),
      s3('GetObject', reports('b.csv')),
      s3('ListObjectsV2', { bucketName: 'reports' }),
      roleCall('lambda.amazonaws.com', 'Invoke', {
        resources: [
          {
            type: 'AWS::Lambda::Function',
            ARN: 'arn:aws:lambda:us-east-2:777788889999:function:app',
          },
        ],
      }),
    ]);
    expect(
      generated.statements.map((s) => [s.sid, s.accessLevel, s.actions, s.resources, s.events]),
    ).toEqual([
      [
        'LambdaWrite',
        'Write',
        ['lambda:InvokeFunction'],
        ['arn:aws:lambda:us-east-2:777788889999:function:app'],
        1,
      ],
      ['S3List', 'List', ['s3:ListBucket'], ['arn:aws:s3:::reports'], 1],
      [
        'S3Read',
        'Read',
        ['s3:GetObject'],
        ['arn:aws:s3:::reports/a.csv', 'arn:aws:s3:::reports/b.csv'],
        2,
      ],
      ['S3Write', 'Write', ['s3:PutObject'], ['arn:aws:s3:::reports/out.csv'], 1],
    ]);
    expect(generated.events).toBe(5);
  });

  it('puts actions of one service and level on different resources in statements of their own (S3Write, S3Write2)', () => {
    const { generated } = generate([
      s3('PutObject', reports('out.csv')),
      s3('DeleteBucket', { bucketName: 'old' }),
    ]);
    expect(generated.statements.map((s) => [s.sid, s.actions, s.resources])).toEqual([
      ['S3Write', ['s3:DeleteBucket'], ['arn:aws:s3:::old']],
      ['S3Write2', ['s3:PutObject'], ['arn:aws:s3:::reports/out.csv']],
    ]);
  });

  it('shares a statement between actions of one level on the same resources', () => {
    const { generated } = generate([
      s3('PutObject', reports('out.csv')),
      s3('DeleteObject', reports('out.csv')),
    ]);
    expect(generated.statements.map((s) => [s.sid, s.actions])).toEqual([
      ['S3Write', ['s3:DeleteObject', 's3:PutObject']],
    ]);
  });

  it('widens resources by scope: one wildcard per resource type, or account-wide', () => {
    const records = [s3('GetObject', reports('a.csv')), s3('GetObject', reports('2026/b.csv'))];
    const resources = (scope: 'type' | 'account') =>
      generate(records, scope).generated.statements.map((s) => s.resources);
    expect(resources('type')).toEqual([['arn:aws:s3:::reports/*']]);
    expect(resources('account')).toEqual([['arn:aws:s3:::*/*']]);
  });

  it('names a resource once when a wider one of the same action covers it, * above all', () => {
    const { generated } = generate([
      roleCall('lambda.amazonaws.com', 'Invoke', {
        resources: [
          {
            type: 'AWS::Lambda::Function',
            ARN: 'arn:aws:lambda:us-east-2:777788889999:function:app',
          },
        ],
      }),
      roleCall('lambda.amazonaws.com', 'Invoke'),
    ]);
    expect(generated.statements.map((s) => s.resources)).toEqual([['*']]);
    // As IAM matches Resource: the bucket wildcard matches object ARNs too.
    expect(
      withoutCovered(['arn:aws:s3:::reports/a.csv', 'arn:aws:s3:::reports/*', 'arn:aws:s3:::*']),
    ).toEqual(['arn:aws:s3:::*']);
    // Patterns tested against patterns: the bucket wildcard covers every object wildcard.
    expect(withoutCovered(['arn:aws:s3:::*/*', 'arn:aws:s3:::*'])).toEqual(['arn:aws:s3:::*']);
    // Two patterns that cover each other: one stays.
    expect(withoutCovered(['arn:aws:s3:::a/**', 'arn:aws:s3:::a/*'])).toEqual(['arn:aws:s3:::a/*']);
  });

  it('CopyObject: s3:GetObject on the source object (Read), s3:PutObject on the destination (Write)', () => {
    const { generated } = generate([
      s3('CopyObject', { ...reports('copy.csv'), 'x-amz-copy-source': 'incoming/raw.csv' }),
    ]);
    expect(generated.statements.map((s) => [s.sid, s.actions, s.resources])).toEqual([
      ['S3Read', ['s3:GetObject'], ['arn:aws:s3:::incoming/raw.csv']],
      ['S3Write', ['s3:PutObject'], ['arn:aws:s3:::reports/copy.csv']],
    ]);
  });
});

describe('iam:PassRole, which Access Analyzer leaves out, from the calls that pass a role', () => {
  it('CreateFunction: iam:PassRole on its role, only to Lambda (StringEquals iam:PassedToService)', () => {
    const { generated } = generate([
      roleCall('lambda.amazonaws.com', 'CreateFunction20150331', {
        requestParameters: { functionName: 'app', role: FUNCTION_ROLE },
      }),
    ]);
    expect(statementsOf(generated.document)).toEqual([
      {
        Sid: 'IamWrite',
        Effect: 'Allow',
        Action: ['iam:PassRole'],
        Resource: [FUNCTION_ROLE],
        Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      },
      {
        Sid: 'LambdaWrite',
        Effect: 'Allow',
        Action: ['lambda:CreateFunction'],
        Resource: ['arn:aws:lambda:us-east-2:777788889999:function:app'],
      },
    ]);
  });

  it('RunInstances with an instance profile: iam:PassRole to EC2 on *, since the record does not name the role', () => {
    const { generated } = generate([
      roleCall('ec2.amazonaws.com', 'RunInstances', {
        requestParameters: { iamInstanceProfile: { name: 'web' } },
      }),
    ]);
    expect(generated.statements.find((s) => s.actions.includes('iam:PassRole'))).toMatchObject({
      resources: ['*'],
      condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
    });
  });

  it('roles passed to two services: one statement per service, the same role to both in one', () => {
    const { generated } = generate([
      roleCall('lambda.amazonaws.com', 'CreateFunction20150331', {
        requestParameters: { functionName: 'app', role: FUNCTION_ROLE },
      }),
      roleCall('cloudformation.amazonaws.com', 'CreateStack', {
        requestParameters: { stackName: 's', roleARN: FUNCTION_ROLE },
      }),
    ]);
    expect(generated.statements.find((s) => s.actions.includes('iam:PassRole'))).toMatchObject({
      resources: [FUNCTION_ROLE],
      condition: {
        StringEquals: {
          'iam:PassedToService': ['cloudformation.amazonaws.com', 'lambda.amazonaws.com'],
        },
      },
    });
  });
});

describe('calls left out, with the reason', () => {
  it('a call refused with AccessDenied, one that failed otherwise, and one not mapped', () => {
    const { generated } = generate([
      s3('GetObject', reports('a.csv')),
      s3('GetObject', reports('secret.csv'), { errorCode: 'AccessDenied' }),
      s3('GetObject', reports('gone.csv'), { errorCode: 'NoSuchKey' }),
      roleCall('example.amazonaws.com', 'DoThing'),
    ]);
    expect(generated.statements.map((s) => s.resources)).toEqual([['arn:aws:s3:::reports/a.csv']]);
    expect(generated.leftOut.map((l) => l.reason)).toEqual([
      'refused with AccessDenied: the policy grants only what the caller did',
      'failed with NoSuchKey: only successful calls are granted',
      expect.stringMatching(/^not mapped to IAM actions: unknown event source example/),
    ]);
    expect(generated.events).toBe(1);
  });
});

describe('the caller', () => {
  it('is found by its role, a session of the role, or the session ARN of one of its calls', () => {
    const calls = fixtureCalls();
    for (const asked of [
      ROLE,
      'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk',
      'arn:aws:sts::777788889999:assumed-role/AssumeNothing/another-session',
    ])
      expect(resolveCaller(calls, asked)).toBe(ROLE);
    expect(resolveCaller(calls, 'arn:aws:iam::123456789012:role/deploy')).toBeUndefined();
    expect(resolveCaller(calls, 'arn:aws:sts::123456789012:assumed-role/deploy/x')).toBe(
      'arn:aws:iam::123456789012:role/ci/deploy',
    );
  });

  it('unknown: the message names the callers the events have', () => {
    const problem = callerProblem(fixtureCalls(), 'arn:aws:iam::123456789012:user/Mallory');
    expect(problem).toMatch(
      /^no call of arn:aws:iam::123456789012:user\/Mallory in the events \(their callers: .*arn:aws:iam::123456789012:user\/Alice/,
    );
    expect(() =>
      generatePolicy(fixtureCalls(), 'arn:aws:iam::123456789012:user/Mallory', catalog, {
        resources: 'exact',
      }),
    ).toThrow(problem!);
  });

  it('a caller no identity policy applies to (root, a SAML caller, a service) is refused', () => {
    const calls = fixtureCalls();
    expect(callerProblem(calls, 'arn:aws:iam::123456789012:root')).toMatch(/of type Root/);
    expect(callerProblem(calls, 'cloudtrail.amazonaws.com')).toMatch(/of type AWSService/);
    expect(callerProblem(calls, 'arn:aws:iam::123456789012:user/Alice')).toBeUndefined();
    expect(callerProblem(calls, 'arn:aws:sts::123456789012:federated-user/Bob')).toBeUndefined();
  });
});
