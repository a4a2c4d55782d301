import { describe, expect, it } from 'vitest';
import { readCloudTrail } from './import.ts';
import {
  call,
  LOG_FILE_TEXT,
  mapper,
  named,
  requestsOf,
  ROLE_SESSION,
} from './event-test-records.ts';

describe('the reviewed exceptions, request by request', () => {
  const bucket = { bucketName: 'reports', key: '2026/q1.csv' };

  it('HeadObject is s3:GetObject on the object, ListObjectsV2 and HeadBucket s3:ListBucket on the bucket', () => {
    const head = requestsOf(call('s3.amazonaws.com', 'HeadObject', { requestParameters: bucket }));
    expect(head.requests.map((r) => [r.action, r.resource])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    for (const eventName of ['ListObjectsV2', 'HeadBucket']) {
      const list = requestsOf(
        call('s3.amazonaws.com', eventName, { requestParameters: { bucketName: 'reports' } }),
      );
      expect(list.requests.map((r) => [r.action, r.resource])).toEqual([
        ['s3:ListBucket', 'arn:aws:s3:::reports'],
      ]);
    }
  });

  it('GetObject and DeleteObject of a version (versionId) need s3:GetObjectVersion and s3:DeleteObjectVersion instead', () => {
    const actionsOf = (eventName: string, parameters: object) =>
      requestsOf(
        call('s3.amazonaws.com', eventName, { requestParameters: parameters }),
      ).requests.map((r) => [r.action, r.resource]);
    const version = { ...bucket, versionId: '3HL4kqtJvjVBH40Nrjfkd' };
    expect(actionsOf('GetObject', bucket)).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    expect(actionsOf('GetObject', version)).toEqual([
      ['s3:GetObjectVersion', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    expect(actionsOf('DeleteObject', bucket)).toEqual([
      ['s3:DeleteObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
    expect(actionsOf('DeleteObject', version)).toEqual([
      ['s3:DeleteObjectVersion', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
  });

  it('CopyObject: s3:GetObject on the source object, s3:PutObject on the destination', () => {
    const copy = requestsOf(
      call('s3.amazonaws.com', 'CopyObject', {
        requestParameters: {
          ...bucket,
          'x-amz-copy-source': 'incoming/raw%20file.csv?versionId=3',
        },
      }),
    );
    expect(copy.requests.map((r) => [r.action, r.resource])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::incoming/raw file.csv'],
      ['s3:PutObject', 'arn:aws:s3:::reports/2026/q1.csv'],
    ]);
  });

  it('CreateFunction (a dated Lambda name): lambda:CreateFunction and iam:PassRole on its role, passed to Lambda', () => {
    const created = requestsOf(
      call('lambda.amazonaws.com', 'CreateFunction20150331', {
        requestParameters: { functionName: 'app', role: 'arn:aws:iam::777788889999:role/app-exec' },
      }),
    );
    expect(
      created.requests.map((r) => [r.action, r.resource, r.context['iam:PassedToService']]),
    ).toEqual([
      ['lambda:CreateFunction', 'arn:aws:lambda:us-east-2:777788889999:function:app', undefined],
      ['iam:PassRole', 'arn:aws:iam::777788889999:role/app-exec', 'lambda.amazonaws.com'],
    ]);
  });

  it('Invoke is lambda:InvokeFunction on the function of resources[]', () => {
    const invoked = requestsOf(
      call('lambda.amazonaws.com', 'Invoke', {
        resources: [
          {
            type: 'AWS::Lambda::Function',
            ARN: 'arn:aws:lambda:us-east-2:777788889999:function:app',
          },
        ],
      }),
    );
    expect(invoked.requests.map((r) => [r.action, r.resource])).toEqual([
      ['lambda:InvokeFunction', 'arn:aws:lambda:us-east-2:777788889999:function:app'],
    ]);
  });

  it('RunInstances needs iam:PassRole only with an instance profile, whose role the record does not name', () => {
    const plain = requestsOf(
      call('ec2.amazonaws.com', 'RunInstances', {
        requestParameters: { instanceType: 't3.micro' },
      }),
    );
    expect(plain.actions).toEqual(['ec2:RunInstances']);
    const withProfile = requestsOf(
      call('ec2.amazonaws.com', 'RunInstances', {
        requestParameters: { iamInstanceProfile: { name: 'web' } },
      }),
    );
    expect(withProfile.actions).toEqual(['ec2:RunInstances', 'iam:PassRole']);
    expect(withProfile.requests.at(-1)).toMatchObject({
      resource: '*',
      context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
    });
    expect(withProfile.notes).toContain(
      'iam:PassRole: the role of instance profile web is not in the record',
    );
  });

  it('CreateStack needs iam:PassRole on RoleARN when one is given', () => {
    const role = 'arn:aws:iam::777788889999:role/cfn';
    expect(
      requestsOf(
        call('cloudformation.amazonaws.com', 'CreateStack', {
          requestParameters: { stackName: 's' },
        }),
      ).actions,
    ).toEqual(['cloudformation:CreateStack']);
    const withRole = requestsOf(
      call('cloudformation.amazonaws.com', 'CreateStack', {
        requestParameters: { stackName: 's', roleARN: role },
      }),
    );
    expect(withRole.requests.at(-1)).toMatchObject({
      action: 'iam:PassRole',
      resource: role,
      context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
    });
  });

  it('GetCallerIdentity needs no permission: mapped, with no request', () => {
    const mapped = requestsOf(call('sts.amazonaws.com', 'GetCallerIdentity'));
    expect(mapped).toMatchObject({ actions: [], requests: [] });
    expect(mapped.unmapped).toBeUndefined();
  });
});

describe('the outcome and the calls that cannot be mapped', () => {
  it('recorded is success or the errorCode', () => {
    expect(requestsOf(named('PutObject')).recorded).toBe('success');
    expect(requestsOf(named('UpdateTrail')).recorded).toBe('TrailNotFoundException');
    expect(
      requestsOf(call('s3.amazonaws.com', 'GetObject', { errorCode: 'AccessDenied' })).recorded,
    ).toBe('AccessDenied');
  });

  it('an event of an unknown source is kept with the reason and no request', () => {
    const mapped = requestsOf(call('example.amazonaws.com', 'DoThing'));
    expect(mapped).toMatchObject({
      actions: [],
      requests: [],
      principal: 'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk',
    });
    expect(mapped.unmapped).toMatch(/unknown event source example\.amazonaws\.com/);
  });

  it('each request carries the principal the engine reads', () => {
    expect(requestsOf(ROLE_SESSION).requests).toEqual([
      expect.objectContaining({
        principal: 'arn:aws:sts::777788889999:assumed-role/AssumeNothing/devdsk',
        action: 's3:DeleteBucket',
        resource: 'arn:aws:s3:::my-test-bucket-cross-account',
      }),
    ]);
  });
});

describe('a distinct call of the aggregation', () => {
  it('takes its resources from resources[] and leaves out the time it stands for many of', () => {
    const { calls } = readCloudTrail([{ name: 'log.json', content: LOG_FILE_TEXT }]);
    const put = calls.find((c) => c.eventName === 'PutObject')!;
    const mapped = mapper.fromCall(put);
    expect(mapped.resources).toEqual(['arn:aws:s3:::artifacts/build.zip']);
    expect(mapped.context).not.toHaveProperty('aws:CurrentTime');
    expect(mapped.context['aws:RequestedRegion']).toBe('eu-west-1');
  });
});
